import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../platform/http.ts';
import { localeFrom } from '../platform/i18n/messages.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  assessmentFormSchema,
  assessmentHistorySchema,
  assessmentSchema,
  newAssessmentSchema,
  reclassifyResultSchema,
  reclassifySchema,
} from './assessment.schema.ts';
import { assessmentForm, assessmentHistory, recordAssessment } from './assessment.service.ts';
import { presentSet, presentSetSummary } from './indicator-set.present.ts';
import { listSets } from './indicator-set.repo.ts';
import { definitionToYaml } from './indicator-set.rules.ts';
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
import { activateSet, createDraft, editDraft, importSet, readSet } from './indicator-set.service.ts';
import { reclassifyForActor } from './reclassify.service.ts';
import { simulationRequestSchema, simulationResultSchema } from './simulation.schema.ts';
import { simulate } from './simulation.service.ts';

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

function registerIndicatorSetRoutes(app: FastifyInstance, deps: AppDeps): void {
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
      const ctx = authorize(request, 'indicator_set.read');
      const sets = await listSets(deps.db, ctx.actor.kabupatenCode, request.query);
      return { items: sets.map(presentSetSummary) };
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
      const ctx = authorize(request, 'indicator_set.read');
      return presentSet(await readSet(deps, ctx, request.params.id), ctx.actor);
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
    async (request, reply) => {
      const ctx = authorize(request, 'indicator_set.edit');
      const id = await createDraft(deps, ctx, request.body);
      return reply.status(201).send(presentSet(await readSet(deps, ctx, id), ctx.actor));
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
      const ctx = authorize(request, 'indicator_set.edit');
      await editDraft(deps, ctx, request.params.id, request.body);
      return presentSet(await readSet(deps, ctx, request.params.id), ctx.actor);
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
      const ctx = authorize(request, 'indicator_set.activate');
      const retired = await activateSet(deps, ctx, request.params.id, request.body.revision);
      return { set: presentSet(await readSet(deps, ctx, request.params.id), ctx.actor), retired };
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
    async (request, reply) => {
      const ctx = authorize(request, 'indicator_set.read');
      const set = await readSet(deps, ctx, request.params.id);
      const name = `${set.code}-v${set.version}`;
      if (request.query.format === 'yaml') {
        return reply
          .type('application/yaml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}.yaml"`)
          .send(definitionToYaml(set.definition));
      }
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.json"`)
        .send(JSON.stringify(set.definition, null, 2));
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
      async (request, reply) => {
        const ctx = authorize(request, 'indicator_set.edit');
        const id = await importSet(deps, ctx, request.body);
        return reply.status(201).send(presentSet(await readSet(deps, ctx, id), ctx.actor));
      },
    );
  });
}

function registerHouseholdAssessmentRoutes(app: FastifyInstance, deps: AppDeps): void {
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
      return assessmentForm(deps, authorize(request, 'assessment.read'), request.params.id);
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
    async (request, reply) => {
      const ctx = authorize(request, 'assessment.write');
      const id = await recordAssessment(deps, ctx, request.params.id, request.body);
      const locale = localeFrom(request.headers['accept-language']);
      const history = await assessmentHistory(deps, ctx, request.params.id, locale, { audit: false });
      return reply.status(201).send(history.items.find((item) => item.id === id)!);
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
      const ctx = authorize(request, 'assessment.read');
      return assessmentHistory(deps, ctx, request.params.id, localeFrom(request.headers['accept-language']));
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
      const ctx = authorize(request, 'assessment.reclassify');
      return reclassifyForActor(deps.db, ctx, request.body.setIds);
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
      return simulate(deps, authorize(request, 'assessment.simulate'), request.body);
    },
  );
}
