import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import { inboxSchema, markReadSchema } from './inbox.schema.ts';
import { markNotificationsRead, readInbox } from './inbox.service.ts';

export function registerInboxRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/inbox',
    {
      schema: {
        tags: ['referral'],
        summary:
          'Kotak kerja: baru, segera jatuh tempo, terlambat, dieskalasi ke saya, rujukan balik, notifikasi',
        response: { 200: inboxSchema },
      },
    },
    async (request) => readInbox(deps, authorize(request, 'referral.read')),
  );
  r.post(
    '/api/v1/inbox/read',
    {
      schema: {
        tags: ['referral'],
        summary: 'Menandai notifikasi sudah dibaca',
        body: markReadSchema,
        response: { 200: z.object({ updated: z.number() }) },
      },
    },
    async (request) => markNotificationsRead(deps, authorize(request, 'referral.read'), request.body.ids),
  );
}
