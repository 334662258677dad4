/** What every benchmark suite shares: a throw-away database, percentiles, and the results file. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect, type Database } from '../src/db/connect.ts';

export type BenchBackend = 'pglite' | 'postgresql';

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');

export interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

export function percentiles(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), n: sorted.length };
}

export const ms = (v: number) => v.toFixed(1);

/** A new, empty database on the back end (PGlite in a temporary folder, or a new PostgreSQL database). */
export async function openBackend(
  backend: BenchBackend,
  postgresUrl: string,
): Promise<{ database: Database; drop(): Promise<void> }> {
  if (backend === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
    const database = await connect({ dataDir: dir, command: 'selaras bench' });
    return { database, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `selaras_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const database = await connect({ databaseUrl: url.toString() });
  return {
    database,
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Runs `bench` on a fresh database of the back end and drops the database afterwards. */
export async function onFreshDatabase<T>(
  backend: BenchBackend,
  postgresUrl: string,
  bench: (database: Database) => Promise<T>,
): Promise<T> {
  const { database, drop } = await openBackend(backend, postgresUrl);
  try {
    return await bench(database);
  } finally {
    await database.close();
    await drop();
  }
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return (
    `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `${os.platform()} ${os.release()}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end`
  );
}

/** The current time as the results tables show it: `YYYY-MM-DD HH:MM` (UTC). */
export function stamp(): string {
  return new Date().toISOString().slice(0, 16).replace('T', ' ');
}

/** Appends one section (title, optional note, table header and rows) to bench/results.md. */
export function appendResults(section: { title: string; note?: string; header: string[]; rows: string[] }) {
  if (!fs.existsSync(RESULTS))
    fs.writeFileSync(
      RESULTS,
      '# Benchmark results\n\nAppended by `npm run bench`. Latencies in ms through the HTTP API (sequential requests, loopback).\n',
    );
  fs.appendFileSync(
    RESULTS,
    `\n## ${section.title} — ${new Date().toISOString().slice(0, 10)} — ${machine()}\n\n` +
      (section.note ? `${section.note}\n\n` : '') +
      `| ${section.header.join(' | ')} |\n|${section.header.map(() => '---').join('|')}|\n` +
      `${section.rows.join('\n')}\n`,
  );
  console.log(`Results appended to ${RESULTS}`);
}
