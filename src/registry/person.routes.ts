import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import { peopleQuerySchema, personSchema, personSummarySchema, personUpdateSchema } from './person.schema.ts';
import { readPerson, searchPeople, updatePerson } from './person.service.ts';

const idParams = z.object({ id: z.string().uuid() });

export function registerPersonRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/people',
    {
      schema: {
        tags: ['registry'],
        summary: 'Cari orang: ?nik= (tepat) atau ?q=nama (toleran ejaan) dengan birthYear dan desa',
        querystring: peopleQuerySchema,
        response: { 200: z.object({ items: z.array(personSummarySchema) }) },
      },
    },
    async (request) => {
      const ctx = authorize(request, 'registry.read');
      return { items: await searchPeople(deps, ctx, request.query) };
    },
  );

  r.get(
    '/api/v1/people/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'Data lengkap satu orang (pembacaan dicatat di log audit)',
        params: idParams,
        response: { 200: personSchema },
      },
    },
    async (request) => readPerson(deps, authorize(request, 'registry.read'), request.params.id),
  );

  r.patch(
    '/api/v1/people/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'Mengubah data orang atau memindahkannya ke keluarga lain (dengan versi; versi usang → 409)',
        params: idParams,
        body: personUpdateSchema,
        response: { 200: personSchema },
      },
    },
    async (request) =>
      updatePerson(deps, authorize(request, 'registry.write'), request.params.id, request.body),
  );
}
