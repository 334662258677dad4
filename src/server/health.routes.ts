import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serverVersion } from '../db/connect.ts';
import { migrationStatus } from '../db/migrate.ts';
import type { AppDeps } from './deps.ts';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['pglite', 'postgresql']), version: z.string() }),
  migrations: z.object({ applied: z.number(), pending: z.number(), latest: z.string().optional() }),
});

export function registerHealthRoute(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/health',
    {
      config: { public: true },
      schema: { tags: ['system'], summary: 'Status layanan dan basis data', response: { 200: healthSchema } },
    },
    async () => {
      const [version, migrations] = await Promise.all([serverVersion(deps.db), migrationStatus(deps.db)]);
      return {
        status: migrations.pending === 0 ? ('ok' as const) : ('degraded' as const),
        database: { kind: deps.dbKind, version },
        migrations,
      };
    },
  );
}
