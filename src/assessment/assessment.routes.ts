import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { authorize } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  assessmentFormSchema,
  assessmentHistorySchema,
  assessmentSchema,
  newAssessmentSchema,
  reclassifyResultSchema,
  reclassifySchema,
} from './assessment.schema.ts';
import {
  activateSchema,
  activationResultSchema,
  exportQuerySchema,
  indicatorSetSchema,
  indicatorSetSummarySchema,
  indicatorSetsQuerySchema,
  indicatorSetUpdateSchema,
  newIndicatorSetSchema,
} from './indicator-set.schema.ts';
import { simulationRequestSchema, simulationResultSchema } from './simulation.schema.ts';

/**
 * Assessment and welfare classification API (all under /api/v1, session required).
 *
 *   GET    /indicator-sets                    list versions (?status=draft|active|retired &cluster= &code=)   indicator_set.read
 *   GET    /indicator-sets/{id}               one version with its whole document                            indicator_set.read
 *   POST   /indicator-sets                    new draft: {copyOf: id} (next version) or {definition}          indicator_set.edit
 *   PATCH  /indicator-sets/{id}               replace a draft's document {revision, definition}; 409 stale    indicator_set.edit
 *   POST   /indicator-sets/{id}/activate      {revision}; retires the active set of the same scheme+clusters  indicator_set.activate
 *   POST   /indicator-sets/import             JSON body, or YAML (Content-Type: application/yaml): new draft  indicator_set.edit
 *   GET    /indicator-sets/{id}/export        the document as a file (?format=json|yaml)                      indicator_set.read
 *   GET    /households/{id}/assessment-form   active sets for the desa's cluster, with previous answers       assessment.read
 *   POST   /households/{id}/assessments       answers (validated: answers.<key>) → stored result + explanation assessment.write
 *   GET    /households/{id}/assessments       class history with explanations, current class per scheme      assessment.read
 *   POST   /assessments/reclassify            re-run latest answers under the active version(s); summary       assessment.reclassify
 *   POST   /simulations                       counts per regency/kecamatan/desa/cluster vs active; nothing saved assessment.simulate
 *
 * Households out of the actor's scope answer 404 like missing ones. Movers in a simulation carry
 * names only for roles with registry.read; `tkpkd` gets counts only (`movers: null`).
 */
export function registerAssessmentFeature(app: FastifyInstance, deps: AppDeps): void {
  registerIndicatorSetRoutes(app, deps);
  registerHouseholdAssessmentRoutes(app, deps);
}

const idParams = z.object({ id: z.string().uuid() });
const notYet = () => new AppError(501, 'NOT_IMPLEMENTED');

function registerIndicatorSetRoutes(app: FastifyInstance, _deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assessment'];

  r.get(
    '/api/v1/indicator-sets',
    {
      schema: {
        tags,
        summary: 'Daftar versi set indikator',
        querystring: indicatorSetsQuerySchema,
        response: { 200: z.object({ items: z.array(indicatorSetSummarySchema) }) },
      },
    },
    async (request) => {
      authorize(request, 'indicator_set.read');
      throw notYet();
    },
  );

  r.get(
    '/api/v1/indicator-sets/:id',
    {
      schema: {
        tags,
        summary: 'Satu versi set indikator',
        params: idParams,
        response: { 200: indicatorSetSchema },
      },
    },
    async (request) => {
      authorize(request, 'indicator_set.read');
      throw notYet();
    },
  );

  r.post(
    '/api/v1/indicator-sets',
    {
      schema: {
        tags,
        summary: 'Membuat draf: salinan versi lain (versi berikutnya) atau dokumen baru',
        body: newIndicatorSetSchema,
        response: { 201: indicatorSetSchema },
      },
    },
    async (request) => {
      authorize(request, 'indicator_set.edit');
      throw notYet();
    },
  );

  r.patch(
    '/api/v1/indicator-sets/:id',
    {
      schema: {
        tags,
        summary: 'Mengubah draf (dengan revisi; revisi usang → 409)',
        params: idParams,
        body: indicatorSetUpdateSchema,
        response: { 200: indicatorSetSchema },
      },
    },
    async (request) => {
      authorize(request, 'indicator_set.edit');
      throw notYet();
    },
  );

  r.post(
    '/api/v1/indicator-sets/:id/activate',
    {
      schema: {
        tags,
        summary: 'Mengaktifkan draf; versi aktif sebelumnya (skema dan klaster sama) dipensiunkan',
        params: idParams,
        body: activateSchema,
        response: { 200: activationResultSchema },
      },
    },
    async (request) => {
      authorize(request, 'indicator_set.activate');
      throw notYet();
    },
  );

  r.get(
    '/api/v1/indicator-sets/:id/export',
    {
      schema: {
        tags,
        summary: 'Mengunduh dokumen set (JSON atau YAML)',
        params: idParams,
        querystring: exportQuerySchema,
      },
    },
    async (request) => {
      authorize(request, 'indicator_set.read');
      throw notYet();
    },
  );

  // Import accepts YAML text as well as JSON: its own content-type parser, kept inside this scope.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/plain'],
      { parseAs: 'string' },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/v1/indicator-sets/import',
      {
        schema: {
          tags,
          summary:
            'Mengimpor dokumen set (JSON, atau YAML dengan Content-Type application/yaml) sebagai draf',
          response: { 201: indicatorSetSchema },
        },
      },
      async (request) => {
        authorize(request, 'indicator_set.edit');
        throw notYet();
      },
    );
  });
}

function registerHouseholdAssessmentRoutes(app: FastifyInstance, _deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['assessment'];

  r.get(
    '/api/v1/households/:id/assessment-form',
    {
      schema: {
        tags,
        summary: 'Formulir asesmen: set aktif yang berlaku di klaster desa keluarga, dengan jawaban terakhir',
        params: idParams,
        response: { 200: assessmentFormSchema },
      },
    },
    async (request) => {
      authorize(request, 'assessment.read');
      throw notYet();
    },
  );

  r.post(
    '/api/v1/households/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Mencatat asesmen: jawaban diperiksa terhadap set, hasil dan penjelasannya disimpan',
        params: idParams,
        body: newAssessmentSchema,
        response: { 201: assessmentSchema },
      },
    },
    async (request) => {
      authorize(request, 'assessment.write');
      throw notYet();
    },
  );

  r.get(
    '/api/v1/households/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Riwayat kelas kesejahteraan keluarga beserta penjelasannya (pembacaan dicatat)',
        params: idParams,
        response: { 200: assessmentHistorySchema },
      },
    },
    async (request) => {
      authorize(request, 'assessment.read');
      throw notYet();
    },
  );

  r.post(
    '/api/v1/assessments/reclassify',
    {
      schema: {
        tags,
        summary: 'Menilai ulang jawaban terakhir semua keluarga dengan versi aktif (satu transaksi)',
        body: reclassifySchema,
        response: { 200: reclassifyResultSchema },
      },
    },
    async (request) => {
      authorize(request, 'assessment.reclassify');
      throw notYet();
    },
  );

  r.post(
    '/api/v1/simulations',
    {
      schema: {
        tags,
        summary: 'Simulasi kebijakan: hitungan per kelas dan wilayah dibanding versi aktif; tidak disimpan',
        body: simulationRequestSchema,
        response: { 200: simulationResultSchema },
      },
    },
    async (request) => {
      authorize(request, 'assessment.simulate');
      throw notYet();
    },
  );
}
