import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { ensureBuiltInSets } from '../src/assessment/builtin-sets.ts';
import type { Role } from '../src/auth/roles.ts';
import { createUser, type ScopeInput } from '../src/auth/user.service.ts';
import { type Config, loadConfig } from '../src/config/config.ts';
import { connect, type Database } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { loadRegionIndex } from '../src/reference/region-index.ts';
import { ensureReferenceData } from '../src/reference/wilayah.load.ts';
import { buildApp } from '../src/server/app.ts';
import type { AppDeps } from '../src/server/deps.ts';
import type { Backend } from './backends.ts';

export interface TestContext {
  app: FastifyInstance;
  deps: AppDeps;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** A fresh database on the back end: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function freshDatabase(
  backend: Backend,
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (backend.name === 'pglite') {
    const database = await connect({});
    return { database, drop: async () => {} };
  }
  const name = `selaras_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: backend.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(backend.url!);
  url.pathname = `/${name}`;
  const database = await connect({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    database,
    drop: async () => {
      const client = new pg.Client({ connectionString: backend.url });
      await client.connect();
      // Let the closed pool's sockets finish closing first: forcing them off while they close
      // surfaces as an uncaught "terminating connection due to administrator command".
      for (let attempt = 0; attempt < 100; attempt++) {
        const { rows } = await client.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** The real application on a fresh, migrated database with reference data, and a controllable clock. */
export async function createTestApp(backend: Backend, overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, drop } = await freshDatabase(backend);
  await migrateToLatest(database.db);
  const config = { ...loadConfig({}), ...overrides };
  await ensureReferenceData(database.db, { regencyCode: config.regencyCode });
  await ensureBuiltInSets(database.db, config.regencyCode);
  const clock = fixedClock(new Date());
  const deps: AppDeps = {
    db: database.db,
    dbKind: database.kind,
    config,
    clock,
    regions: await loadRegionIndex(database.db, config.regencyCode),
  };
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  return {
    app,
    deps,
    clock,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

export const TEST_PASSWORD = 'Uji-Selaras-2026!';

/** Creates a user with a unique username directly through the use case. */
export async function createTestUser(t: TestContext, role: Role, scope?: ScopeInput) {
  return createUser({ db: t.deps.db, regencyCode: t.deps.config.regencyCode }, undefined, {
    username: `${role.replaceAll('_', '')}-${randomUUID().slice(0, 8)}`,
    password: TEST_PASSWORD,
    role,
    scope,
  });
}

/** Logs in and returns the Cookie header value for later requests. */
export async function login(t: TestContext, username: string, password = TEST_PASSWORD): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'selaras_session');
  if (!cookie) throw new Error('no session cookie');
  return `selaras_session=${cookie.value}`;
}

/** A user of the role, logged in: returns the user row and its cookie. */
export async function signedIn(t: TestContext, role: Role, scope?: ScopeInput) {
  const user = await createTestUser(t, role, scope);
  return { user, cookie: await login(t, user.username) };
}
