/**
 * Registry benchmark (`npm run bench`): on each back end, load the demo regency at scale 1, then
 * time NIK lookups and fuzzy name searches through the real HTTP API. Results are appended to
 * bench/results.md with the date, machine and back end.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { createUser } from '../src/auth/user.service.ts';
import { loadConfig } from '../src/config/config.ts';
import { connect, type Database, serverVersion } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load.ts';
import { localDate, systemClock } from '../src/platform/clock.ts';
import { loadRegionIndex } from '../src/reference/region-index.ts';
import { ensureReferenceData } from '../src/reference/wilayah.load.ts';
import { buildApp } from '../src/server/app.ts';

const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.md');
const PASSWORD = 'Uji-Kinerja-Selaras-2026!';

export interface BenchOptions {
  scale: number;
  requests: number;
  backends: ('pglite' | 'postgresql')[];
  postgresUrl: string;
}

interface Latencies {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

function percentiles(samples: number[]): Latencies {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), n: sorted.length };
}

/** Spelling noise as people type names at a desk: Sitti→Siti, Muhammad→Muh., dropped doubled letters, swapped words. */
function typedVariant(name: string, i: number): string {
  const words = name.split(' ');
  switch (i % 5) {
    case 0:
      return name
        .replace(/Sitti/g, 'Siti')
        .replace(/Muhammad/g, 'Muh.')
        .replace(/Andi /g, 'A. ');
    case 1:
      return name.replace(/([a-z])\1/g, '$1');
    case 2:
      return words.length > 1 ? [...words.slice(1), words[0]].join(' ') : name;
    case 3:
      return name.replace(/y/g, 'i');
    default:
      return words.slice(0, 2).join(' ');
  }
}

async function openBackend(backend: 'pglite' | 'postgresql', options: BenchOptions) {
  if (backend === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selaras-bench-'));
    const database = await connect({ dataDir: dir, command: 'selaras bench' });
    return { database, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `selaras_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: options.postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(options.postgresUrl);
  url.pathname = `/${name}`;
  const database = await connect({ databaseUrl: url.toString() });
  return {
    database,
    drop: async () => {
      const client = new pg.Client({ connectionString: options.postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

async function timeRequests(base: string, cookie: string, urls: string[]): Promise<Latencies> {
  // Warm-up so the first query plans and the JIT do not count.
  for (const url of urls.slice(0, 20))
    await fetch(base + url, { headers: { cookie } }).then((r) => r.arrayBuffer());
  const samples: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(base + url, { headers: { cookie } });
    await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${url.split('?')[0]} answered ${response.status}`);
  }
  return percentiles(samples);
}

async function benchBackend(backend: 'pglite' | 'postgresql', options: BenchOptions) {
  const { database, drop } = await openBackend(backend, options);
  try {
    return await runOn(database, options);
  } finally {
    await database.close();
    await drop();
  }
}

async function runOn(database: Database, options: BenchOptions) {
  const { db } = database;
  const config = { ...loadConfig({}), demoScaleOnEmpty: 0 };
  await migrateToLatest(db);
  await ensureReferenceData(db, { regencyCode: config.regencyCode });
  process.stdout.write(`  loading demo scale ${options.scale}… `);
  const load = await loadDemo(db, { scale: options.scale, seed: 1, today: localDate(systemClock) });
  console.log(`${load.people} people in ${(load.ms / 1000).toFixed(1)} s`);

  await createUser({ db, regencyCode: config.regencyCode }, undefined, {
    username: 'bench',
    password: PASSWORD,
    role: 'petugas_upt',
  });
  const app = await buildApp(
    {
      db,
      dbKind: database.kind,
      config,
      clock: systemClock,
      regions: await loadRegionIndex(db, config.regencyCode),
    },
    { logger: false },
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const login = await fetch(`${address}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const sample = await sql<{ nik: string | null; full_name: string }>`
      select nik, full_name from person order by md5(id::text) limit ${options.requests}`.execute(db);
    const nikUrls = sample.rows.filter((r) => r.nik).map((r) => `/api/v1/people?nik=${r.nik}`);
    const nameUrls = sample.rows.map(
      (r, i) => `/api/v1/people?q=${encodeURIComponent(typedVariant(r.full_name, i))}`,
    );
    const nik = await timeRequests(address, cookie, nikUrls);
    const fuzzy = await timeRequests(address, cookie, nameUrls);
    return { kind: database.kind, version: await serverVersion(db), load, nik, fuzzy };
  } finally {
    await app.close();
  }
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return (
    `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `${os.platform()} ${os.release()}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the end`
  );
}

const ms = (v: number) => v.toFixed(1);

export async function runRegistryBench(options: BenchOptions): Promise<void> {
  const rows: string[] = [];
  for (const backend of options.backends) {
    console.log(`▶ ${backend}`);
    const r = await benchBackend(backend, options);
    const line =
      `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${r.kind} ${r.version} | ${options.scale} | ` +
      `${r.load.households} / ${r.load.people} | ${(r.load.ms / 1000).toFixed(1)} s | ` +
      `${ms(r.nik.p50)} / ${ms(r.nik.p95)} / ${ms(r.nik.p99)} (n=${r.nik.n}) | ` +
      `${ms(r.fuzzy.p50)} / ${ms(r.fuzzy.p95)} / ${ms(r.fuzzy.p99)} (n=${r.fuzzy.n}) |`;
    console.log(line);
    rows.push(line);
  }
  if (!fs.existsSync(RESULTS))
    fs.writeFileSync(
      RESULTS,
      '# Benchmark results\n\nAppended by `npm run bench`. Latencies in ms through the HTTP API (sequential requests, loopback).\n',
    );
  fs.appendFileSync(
    RESULTS,
    `\n## Registry — ${new Date().toISOString().slice(0, 10)} — ${machine()}\n\n` +
      '| date (UTC) | back end | scale | households / people | demo load | NIK lookup p50 / p95 / p99 | fuzzy name search p50 / p95 / p99 |\n' +
      '|---|---|---|---|---|---|---|\n' +
      `${rows.join('\n')}\n`,
  );
  console.log(`Results appended to ${RESULTS}`);
}
