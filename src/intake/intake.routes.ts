import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../platform/http.ts';
import { idempotencyHeaders, parseIdempotencyKey } from '../referral/idempotency.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  intakeCreateSchema,
  intakeResolveSchema,
  intakeSchema,
  intakeSummarySchema,
  intakesQuerySchema,
  matchesQuerySchema,
  matchSchema,
  pageOf,
} from './intake.schema.ts';
import { createIntake, listIntakes, matchPeople, readIntake, resolveIntake } from './intake.service.ts';

const idParams = z.object({ id: z.string().uuid() });

/** Intakes (pengaduan, permohonan, penjangkauan) at every door, with registry match suggestions. */
export function registerIntakeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['intake'];

  r.get(
    '/api/v1/intakes',
    {
      schema: {
        tags,
        summary: 'Daftar pengaduan/permohonan dalam wilayah pengguna (berhalaman)',
        querystring: intakesQuerySchema,
        response: { 200: pageOf(intakeSummarySchema) },
      },
    },
    async (request) => listIntakes(deps, authorize(request, 'intake.read'), request.query),
  );

  r.get(
    '/api/v1/intakes/matches',
    {
      schema: {
        tags,
        summary: 'Kemungkinan orang yang sama di registri (NIK tepat atau nama mirip), agar tidak ganda',
        querystring: matchesQuerySchema,
        response: { 200: z.object({ items: z.array(matchSchema) }) },
      },
    },
    async (request) => ({
      items: await matchPeople(deps, authorize(request, 'intake.write'), request.query),
    }),
  );

  r.post(
    '/api/v1/intakes',
    {
      schema: {
        tags,
        summary: 'Mencatat pengaduan/permohonan/penjangkauan; nomor mis. PKS-7303021001-2026-000123',
        headers: idempotencyHeaders,
        body: intakeCreateSchema,
        response: { 201: intakeSchema },
      },
    },
    async (request, reply) => {
      const ctx = authorize(request, 'intake.write');
      const key = parseIdempotencyKey(request.headers['idempotency-key']);
      const intake = await createIntake(deps, ctx, request.body, key);
      reply.status(201);
      return intake;
    },
  );

  r.get(
    '/api/v1/intakes/:id',
    {
      schema: {
        tags,
        summary: 'Satu pengaduan dengan uraian dan rujukannya (dicatat di log audit)',
        params: idParams,
        response: { 200: intakeSchema },
      },
    },
    async (request) => readIntake(deps, authorize(request, 'intake.read'), request.params.id),
  );

  r.post(
    '/api/v1/intakes/:id/resolve',
    {
      schema: {
        tags,
        summary: 'Selesai ditangani di desa (tingkat 1) tanpa rujukan',
        params: idParams,
        body: intakeResolveSchema,
        response: { 200: intakeSchema },
      },
    },
    async (request) =>
      resolveIntake(deps, authorize(request, 'intake.write'), request.params.id, request.body),
  );
}
