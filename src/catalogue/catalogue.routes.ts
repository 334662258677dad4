import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize, contextOf } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  organisationCreateSchema,
  organisationSchema,
  organisationUpdateSchema,
  serviceCreateSchema,
  serviceSchema,
  servicesQuerySchema,
  serviceUpdateSchema,
} from './catalogue.schema.ts';
import {
  createOrganisation,
  createService,
  listOrganisations,
  listServices,
  readService,
  updateOrganisation,
  updateService,
} from './catalogue.service.ts';

const idParams = z.object({ id: z.string().uuid() });
const codeParams = z.object({ code: z.string().max(40) });

/** The services catalogue: everyone signed in reads it; `admin` edits it. */
export function registerCatalogueRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalogue'];

  r.get(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Organisasi penyedia layanan',
        response: { 200: z.object({ items: z.array(organisationSchema) }) },
      },
    },
    async (request) => {
      contextOf(request);
      return { items: await listOrganisations(deps) };
    },
  );

  r.post(
    '/api/v1/organisations',
    {
      schema: {
        tags,
        summary: 'Menambah organisasi penyedia (admin)',
        body: organisationCreateSchema,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) => {
      const ctx = authorize(request, 'catalogue.manage');
      reply.status(201);
      return createOrganisation(deps, ctx, request.body);
    },
  );

  r.patch(
    '/api/v1/organisations/:code',
    {
      schema: {
        tags,
        summary: 'Mengubah organisasi penyedia (admin)',
        params: codeParams,
        body: organisationUpdateSchema,
        response: { 200: organisationSchema },
      },
    },
    async (request) =>
      updateOrganisation(deps, authorize(request, 'catalogue.manage'), request.params.code, request.body),
  );

  r.get(
    '/api/v1/services',
    {
      schema: {
        tags,
        summary: 'Katalog layanan: penyedia, tingkat, batas waktu, dokumen, petunjuk kelayakan',
        querystring: servicesQuerySchema,
        response: { 200: z.object({ items: z.array(serviceSchema) }) },
      },
    },
    async (request) => {
      contextOf(request);
      return { items: await listServices(deps, request.query) };
    },
  );

  r.get(
    '/api/v1/services/:id',
    { schema: { tags, summary: 'Satu layanan', params: idParams, response: { 200: serviceSchema } } },
    async (request) => {
      contextOf(request);
      return readService(deps, request.params.id);
    },
  );

  r.post(
    '/api/v1/services',
    {
      schema: {
        tags,
        summary: 'Menambah layanan ke katalog (admin)',
        body: serviceCreateSchema,
        response: { 201: serviceSchema },
      },
    },
    async (request, reply) => {
      const ctx = authorize(request, 'catalogue.manage');
      reply.status(201);
      return createService(deps, ctx, request.body);
    },
  );

  r.patch(
    '/api/v1/services/:id',
    {
      schema: {
        tags,
        summary: 'Mengubah layanan (admin; dengan versi, versi usang → 409)',
        params: idParams,
        body: serviceUpdateSchema,
        response: { 200: serviceSchema },
      },
    },
    async (request) =>
      updateService(deps, authorize(request, 'catalogue.manage'), request.params.id, request.body),
  );
}
