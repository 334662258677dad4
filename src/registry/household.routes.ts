import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RequestContext } from '../audit/audit.repo.ts';
import { recordAudit, recordAuditMany } from '../audit/audit.repo.ts';
import { can } from '../auth/policy.ts';
import { localDate } from '../platform/clock.ts';
import { notFound, validationFailed } from '../platform/errors.ts';
import { authorize } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  historySchema,
  householdSchema,
  householdSummarySchema,
  householdsQuerySchema,
  householdUpdateSchema,
  newHouseholdSchema,
} from './household.schema.ts';
import { addMember, registerHousehold, updateHousehold } from './household.service.ts';
import { normalizeIdNumber } from './nik.rules.ts';
import { memberInputSchema, personSchema } from './person.schema.ts';
import { readPerson, searchPeople } from './person.service.ts';
import { presentHousehold, presentPerson } from './registry.present.ts';
import {
  findHousehold,
  historyOfHousehold,
  householdHeads,
  householdsInScope,
  membersOf,
} from './registry.repo.ts';

const idParams = z.object({ id: z.string().uuid() });

/** A household with its members, as the profile shows it; the read of each record is audited. */
async function readHousehold(deps: AppDeps, ctx: RequestContext, id: string) {
  const household = await findHousehold(deps.db, ctx.actor, id);
  if (!household) throw notFound();
  const members = await membersOf(deps.db, ctx.actor, [id]);
  await recordAuditMany(deps.db, ctx, [
    { action: 'household.read', objectType: 'household', objectId: id },
    ...members.map((m) => ({ action: 'person.read', objectType: 'person', objectId: m.id })),
  ]);
  const today = localDate(deps.clock);
  const writable = can(ctx.actor, 'registry.write');
  return {
    ...presentHousehold(household),
    members: members.map((m) => presentPerson(m, today)),
    abilities: { update: writable, addMember: writable },
  };
}

async function searchHouseholds(
  deps: AppDeps,
  ctx: RequestContext,
  query: z.infer<typeof householdsQuerySchema>,
) {
  let ids: string[];
  if (query.kk !== undefined) {
    const kk = normalizeIdNumber(query.kk);
    if (!/^\d{16}$/.test(kk)) throw validationFailed([{ field: 'kk', code: 'KK_INVALID_LENGTH' }]);
    const rows = await householdsInScope(deps.db, ctx.actor)
      .where('household.kk', '=', kk)
      .select('household.id')
      .execute();
    ids = rows.map((r) => r.id);
  } else if (query.q !== undefined) {
    const people = await searchPeople(deps, ctx, { q: query.q, desa: query.desa, limit: 100 });
    ids = [...new Set(people.map((p) => p.householdId))].slice(0, query.limit);
  } else if (query.desa !== undefined) {
    const rows = await householdsInScope(deps.db, ctx.actor)
      .where('household.desa_code', '=', query.desa)
      .orderBy('household.created_at', 'desc')
      .limit(query.limit)
      .execute();
    ids = rows.map((r) => r.id);
  } else {
    throw validationFailed([{ field: 'q', code: 'SEARCH_QUERY_REQUIRED' }]);
  }
  if (ids.length === 0) return [];
  const [rows, heads] = await Promise.all([
    householdsInScope(deps.db, ctx.actor).where('household.id', 'in', ids).execute(),
    householdHeads(deps.db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  await recordAudit(deps.db, ctx, {
    action: 'household.search',
    objectType: 'household',
    details: { results: ids.length, ids },
  });
  return ids.flatMap((id) => {
    const h = byId.get(id);
    if (!h) return [];
    return [
      {
        id: h.id,
        kk: h.kk,
        desaCode: h.desa_code,
        desaName: h.desa_name,
        kecamatanName: h.kecamatan_name,
        headName: heads.get(id)?.headName ?? null,
        memberCount: heads.get(id)?.memberCount ?? 0,
        address: { dusun: h.dusun, rt: h.rt, rw: h.rw, text: h.address },
      },
    ];
  });
}

export function registerHouseholdRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/households',
    {
      schema: {
        tags: ['registry'],
        summary: 'Cari keluarga: ?kk= (tepat), ?q=nama anggota, atau ?desa=',
        querystring: householdsQuerySchema,
        response: { 200: z.object({ items: z.array(householdSummarySchema) }) },
      },
    },
    async (request) => ({
      items: await searchHouseholds(deps, authorize(request, 'registry.read'), request.query),
    }),
  );

  r.post(
    '/api/v1/households',
    {
      schema: {
        tags: ['registry'],
        summary: 'Mendaftarkan keluarga beserta anggotanya',
        body: newHouseholdSchema,
        response: { 201: householdSchema },
      },
    },
    async (request, reply) => {
      const ctx = authorize(request, 'registry.write');
      const id = await registerHousehold(deps, ctx, request.body);
      return reply.status(201).send(await readHousehold(deps, ctx, id));
    },
  );

  r.get(
    '/api/v1/households/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'Profil keluarga dengan anggotanya (pembacaan dicatat di log audit)',
        params: idParams,
        response: { 200: householdSchema },
      },
    },
    async (request) => readHousehold(deps, authorize(request, 'registry.read'), request.params.id),
  );

  r.patch(
    '/api/v1/households/:id',
    {
      schema: {
        tags: ['registry'],
        summary: 'Mengubah KK, desa atau alamat keluarga (dengan versi; versi usang → 409)',
        params: idParams,
        body: householdUpdateSchema,
        response: { 200: householdSchema },
      },
    },
    async (request) => {
      const ctx = authorize(request, 'registry.write');
      await updateHousehold(deps, ctx, request.params.id, request.body);
      return readHousehold(deps, ctx, request.params.id);
    },
  );

  r.post(
    '/api/v1/households/:id/members',
    {
      schema: {
        tags: ['registry'],
        summary: 'Menambah anggota keluarga',
        params: idParams,
        body: memberInputSchema,
        response: { 201: personSchema },
      },
    },
    async (request, reply) => {
      const ctx = authorize(request, 'registry.write');
      const personId = await addMember(deps, ctx, request.params.id, request.body);
      return reply.status(201).send(await readPerson(deps, ctx, personId));
    },
  );

  r.get(
    '/api/v1/households/:id/history',
    {
      schema: {
        tags: ['registry'],
        summary: 'Riwayat perubahan keluarga dan anggotanya (siapa, kapan, nilai lama dan baru)',
        params: idParams,
        response: { 200: historySchema },
      },
    },
    async (request) => {
      const ctx = authorize(request, 'registry.read');
      if (!(await findHousehold(deps.db, ctx.actor, request.params.id))) throw notFound();
      const rows = await historyOfHousehold(deps.db, request.params.id);
      await recordAudit(deps.db, ctx, {
        action: 'household.history_read',
        objectType: 'household',
        objectId: request.params.id,
      });
      return {
        items: rows.map((row) => ({
          id: row.id,
          at: new Date(row.at).toISOString(),
          actor: row.username ? { username: row.username } : null,
          action: row.action,
          objectType: row.object_type,
          objectId: row.object_id,
          subject: row.subject,
          changes: row.changes as { field: string; old: unknown; new: unknown }[],
          reason: row.reason,
        })),
      };
    },
  );
}
