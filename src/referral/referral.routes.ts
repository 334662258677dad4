import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import { idempotencyHeaders, parseIdempotencyKey } from './idempotency.ts';
import { renderReferralLetter } from './letter.pdf.ts';
import { listReferrals, personServices, readReferral, verifyReferral } from './referral.read.ts';
import {
  personServicesSchema,
  referralCreateSchema,
  referralPageSchema,
  referralSchema,
  referralsQuerySchema,
  transitionSchema,
  verificationSchema,
} from './referral.schema.ts';
import { createReferral, transitionReferral } from './referral.service.ts';

const idParams = z.object({ id: z.string().uuid() });

export function registerReferralRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['referral'];

  r.post(
    '/api/v1/referrals',
    {
      schema: {
        tags,
        summary: 'Membuat rujukan dari pengaduan (draf, atau langsung dikirim dengan batas waktu)',
        headers: idempotencyHeaders,
        body: referralCreateSchema,
        response: { 201: referralSchema },
      },
    },
    async (request, reply) => {
      const ctx = authorize(request, 'referral.write');
      const key = parseIdempotencyKey(request.headers['idempotency-key']);
      const referral = await createReferral(deps, ctx, request.body, key);
      reply.status(201);
      return referral;
    },
  );

  r.get(
    '/api/v1/referrals',
    {
      schema: {
        tags,
        summary: 'Papan rujukan: filter status, tingkat, desa, organisasi, terlambat; berhalaman',
        querystring: referralsQuerySchema,
        response: { 200: referralPageSchema },
      },
    },
    async (request) => listReferrals(deps, authorize(request, 'referral.read'), request.query),
  );

  r.get(
    '/api/v1/referrals/:id',
    {
      schema: {
        tags,
        summary: 'Satu rujukan dengan riwayatnya; mitra hanya melihat data yang diperlukan layanannya',
        params: idParams,
        response: { 200: referralSchema },
      },
    },
    async (request) => readReferral(deps, authorize(request, 'referral.read'), request.params.id),
  );

  r.post(
    '/api/v1/referrals/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Mengubah status: send, accept, start, complete, decline, cancel, escalate (versi usang → 409; header Idempotency-Key)',
        params: idParams,
        headers: idempotencyHeaders,
        body: transitionSchema,
        response: { 200: referralSchema },
      },
    },
    async (request) => {
      const ctx = authorize(request, 'referral.read');
      const key = parseIdempotencyKey(request.headers['idempotency-key']);
      return transitionReferral(deps, ctx, request.params.id, request.body, key);
    },
  );

  r.get(
    '/api/v1/referrals/:id/letter.pdf',
    {
      schema: {
        tags,
        summary: 'Surat rujukan (PDF A4) dengan kode QR verifikasi',
        params: idParams,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const referral = await readReferral(deps, authorize(request, 'referral.read'), request.params.id);
      const regency = await deps.db
        .selectFrom('kabupaten')
        .where('code', '=', deps.config.regencyCode)
        .select('name')
        .executeTakeFirst();
      const pdf = await renderReferralLetter(referral, {
        regencyName: regency?.name ?? deps.config.regencyCode,
        issuedAt: new Date(referral.timeline.find((e) => e.action === 'send')?.at ?? referral.createdAt),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="surat-rujukan-${referral.number}.pdf"`)
        .send(pdf);
    },
  );

  r.get(
    '/api/v1/referrals/:id/verify',
    {
      schema: {
        tags,
        summary: 'Verifikasi surat rujukan (tujuan kode QR): nomor, status, layanan; tanpa data pribadi',
        params: idParams,
        response: { 200: verificationSchema },
      },
    },
    async (request) => verifyReferral(deps, authorize(request, 'referral.read'), request.params.id),
  );

  r.get(
    '/api/v1/people/:id/services',
    {
      schema: {
        tags,
        summary: 'Layanan yang pernah diterima, masih berjalan, dan ditolak untuk satu orang',
        params: idParams,
        response: { 200: personServicesSchema },
      },
    },
    async (request) => personServices(deps, authorize(request, 'referral.read'), request.params.id),
  );
}
