import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.repo.ts';
import { desaInScope } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { notFound } from '../platform/errors.ts';
import { authorize, contextOf } from '../platform/http.ts';
import { CLUSTERS } from '../registry/vocabulary.ts';
import type { AppDeps } from '../server/deps.ts';

const desaSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['desa', 'kelurahan']),
  kecamatanCode: z.string(),
  kecamatanName: z.string(),
  cluster: z.enum(CLUSTERS),
  clusterProvisional: z.boolean(),
  clusterBasis: z.string().nullable(),
  inScope: z.boolean(),
});

function desaQuery(deps: AppDeps) {
  return deps.db
    .selectFrom('desa')
    .innerJoin('kecamatan', 'kecamatan.code', 'desa.kecamatan_code')
    .where('desa.kabupaten_code', '=', deps.config.regencyCode)
    .select([
      'desa.code',
      'desa.name',
      'desa.kind',
      'desa.kecamatan_code',
      'kecamatan.name as kecamatan_name',
      'desa.cluster',
      'desa.cluster_provisional',
      'desa.cluster_basis',
    ]);
}

type DesaRecord = Awaited<ReturnType<ReturnType<typeof desaQuery>['executeTakeFirstOrThrow']>>;

function presentDesa(row: DesaRecord, actor: Actor) {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind,
    kecamatanCode: row.kecamatan_code,
    kecamatanName: row.kecamatan_name,
    cluster: row.cluster,
    clusterProvisional: row.cluster_provisional,
    clusterBasis: row.cluster_basis,
    inScope: desaInScope(actor, row.code),
  };
}

export function registerWilayahRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/wilayah/desa',
    {
      schema: {
        tags: ['wilayah'],
        summary: 'Desa/kelurahan kabupaten ini, dengan kecamatan dan klaster',
        response: { 200: z.object({ items: z.array(desaSchema) }) },
      },
    },
    async (request) => {
      const { actor } = contextOf(request);
      const rows = await desaQuery(deps).orderBy('desa.code').execute();
      return { items: rows.map((row) => presentDesa(row, actor)) };
    },
  );

  r.patch(
    '/api/v1/wilayah/desa/:code',
    {
      schema: {
        tags: ['wilayah'],
        summary: 'Mengubah klaster sebuah desa (admin); klaster yang diubah admin tidak lagi sementara',
        params: z.object({ code: z.string().regex(/^\d{10}$/) }),
        body: z.object({ cluster: z.enum(CLUSTERS) }).strict(),
        response: { 200: desaSchema },
      },
    },
    async (request) => {
      const ctx = authorize(request, 'wilayah.manage');
      const row = await deps.db.transaction().execute(async (tx) => {
        const before = await tx
          .selectFrom('desa')
          .where('code', '=', request.params.code)
          .where('kabupaten_code', '=', deps.config.regencyCode)
          .select('cluster')
          .executeTakeFirst();
        if (!before) throw notFound();
        await tx
          .updateTable('desa')
          .set({
            cluster: request.body.cluster,
            cluster_provisional: false,
            cluster_basis: `ditetapkan oleh ${ctx.actor.username}`,
            updated_at: deps.clock.now(),
          })
          .where('code', '=', request.params.code)
          .execute();
        await recordAudit(tx, ctx, {
          action: 'desa.cluster_update',
          objectType: 'desa',
          objectId: request.params.code,
          details: { from: before.cluster, to: request.body.cluster },
        });
        return desaQuery({ ...deps, db: tx } as AppDeps)
          .where('desa.code', '=', request.params.code)
          .executeTakeFirstOrThrow();
      });
      return presentDesa(row, ctx.actor);
    },
  );
}
