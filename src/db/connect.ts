import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgresql';

/** An open database: the typed query builder and what the platform needs to know about it. */
export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined keeps the database in memory (tests). */
  dataDir?: string | undefined;
  /** Name of the command holding the data folder, shown to a second process that tries to open it. */
  command?: string;
  poolSize?: number;
}

// Same JavaScript values on both back ends: int8 and numeric as numbers (counts, coordinates),
// date as the 'YYYY-MM-DD' text it is (a JS Date would shift it by the time zone).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parseNumber = (value: string) => Number(value);
const keepText = (value: string) => value;

/**
 * Session settings of every connection. The name search (`registry.repo.ts`) relies on the word
 * similarity threshold: lower than pg_trgm's 0.6 default so one typo per word still matches.
 * Set once per connection, so a search needs no transaction of its own to set it.
 */
const SESSION_SETTINGS = { 'pg_trgm.word_similarity_threshold': '0.45' } as const;

/** Opens PGlite (default) or PostgreSQL (when a URL is given). */
export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.poolSize ?? 10);
  return connectPGlite(options.dataDir, options.command ?? 'selaras');
}

async function connectPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: Object.entries(SESSION_SETTINGS)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' '),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8 || oid === NUMERIC) return parseNumber;
        if (oid === DATE) return keepText;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db);
  return { db, kind: 'postgresql', close: () => db.destroy() };
}

async function connectPGlite(dataDir: string | undefined, command: string): Promise<Database> {
  const release = dataDir ? acquireDataDirLock(dataDir, command) : () => {};
  try {
    const instance = await PGlite.create({
      dataDir: dataDir ? path.join(dataDir, 'pgdata') : undefined,
      extensions: { pg_trgm },
      parsers: { [INT8]: parseNumber, [NUMERIC]: parseNumber, [DATE]: keepText },
    });
    for (const [name, value] of Object.entries(SESSION_SETTINGS))
      await instance.query('select set_config($1, $2, false)', [name, value]);
    const db = new Kysely<DB>({ dialect: new PGliteDialect(instance) });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await db.destroy();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The server's version string, e.g. "16.4". */
export async function serverVersion(db: Kysely<DB>): Promise<string> {
  const { rows } = await sql<{
    version: string;
  }>`select current_setting('server_version') as version`.execute(db);
  return rows[0]?.version ?? 'unknown';
}
