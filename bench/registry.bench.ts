import { sql } from 'kysely';
import { createUser } from '../src/auth/user.service.ts';
import { loadConfig } from '../src/config/config.ts';
import { type Database, serverVersion } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load.ts';
import { localDate, systemClock } from '../src/platform/clock.ts';
import { loadRegionIndex } from '../src/reference/region-index.ts';
import { ensureReferenceData } from '../src/reference/wilayah.load.ts';
import { buildApp } from '../src/server/app.ts';
import {
  appendResults,
  type BenchBackend,
  type Latencies,
  ms,
  onFreshDatabase,
  percentiles,
  stamp,
} from './common.ts';

const PASSWORD = 'Uji-Kinerja-Selaras-2026!';

export interface BenchOptions {
  scale: number;
  requests: number;
  backends: BenchBackend[];
  postgresUrl: string;
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

export async function runRegistryBench(options: BenchOptions): Promise<void> {
  const rows: string[] = [];
  for (const backend of options.backends) {
    console.log(`▶ ${backend}`);
    const r = await onFreshDatabase(backend, options.postgresUrl, (database) => runOn(database, options));
    const line =
      `| ${stamp()} | ${r.kind} ${r.version} | ${options.scale} | ` +
      `${r.load.households} / ${r.load.people} | ${(r.load.ms / 1000).toFixed(1)} s | ` +
      `${ms(r.nik.p50)} / ${ms(r.nik.p95)} / ${ms(r.nik.p99)} (n=${r.nik.n}) | ` +
      `${ms(r.fuzzy.p50)} / ${ms(r.fuzzy.p95)} / ${ms(r.fuzzy.p99)} (n=${r.fuzzy.n}) |`;
    console.log(line);
    rows.push(line);
  }
  appendResults({
    title: 'Registry',
    header: [
      'date (UTC)',
      'back end',
      'scale',
      'households / people',
      'demo load',
      'NIK lookup p50 / p95 / p99',
      'fuzzy name search p50 / p95 / p99',
    ],
    rows,
  });
}
