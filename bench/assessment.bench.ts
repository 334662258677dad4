/**
 * Assessment benchmark (`npm run bench -- --suite assessment --scale 1,10`): on each back end and
 * demo scale, load the demo regency with its assessment answers, activate a new version of every
 * indicator set and time one re-classification of the whole registry through the HTTP API, then
 * time policy simulations of a draft (p50/p95). Results are appended to bench/results.md.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ensureBuiltInSets } from '../src/assessment/builtin-sets.ts';
import type { Role } from '../src/auth/roles.ts';
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
const PASSWORD = 'Bench-Selaras-2026!';

export interface AssessmentBenchOptions {
  scales: number[];
  /** Simulations timed per scale (after two warm-up runs). */
  simulations: number;
  backends: ('pglite' | 'postgresql')[];
  postgresUrl: string;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function openBackend(backend: 'pglite' | 'postgresql', postgresUrl: string) {
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

/** A small JSON client over the real HTTP API, signed in as one user. */
async function client(base: string, db: Database['db'], regencyCode: string, role: Role) {
  const username = `bench-${role.replaceAll('_', '')}`;
  await createUser({ db, regencyCode }, undefined, { username, password: PASSWORD, role });
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async (method: string, url: string, body?: unknown) => {
    const response = await fetch(base + url, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await response.json()) as Record<string, unknown> & { items?: { id: string }[] };
    if (response.status >= 300)
      throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
}

type Call = Awaited<ReturnType<typeof client>>;
interface SetJson {
  id: string;
  revision: number;
  definition: {
    parameters: { key: string; value: number }[];
    classes: { class: string; minScore: number }[];
  };
}

/** A draft copy of a set with its first parameter doubled (or its thresholds moved by one point). */
async function changedDraft(call: Call, setId: string): Promise<SetJson> {
  const draft = (await call('POST', '/api/v1/indicator-sets', { copyOf: setId })) as unknown as SetJson;
  const { parameters, classes } = draft.definition;
  const definition = {
    ...draft.definition,
    parameters: parameters.map((p, i) => (i === 0 ? { ...p, value: p.value * 2 } : p)),
    classes: classes.map((c) => (c.minScore > 0 ? { ...c, minScore: c.minScore + 1 } : c)),
  };
  return (await call('PATCH', `/api/v1/indicator-sets/${draft.id}`, {
    revision: draft.revision,
    definition,
  })) as unknown as SetJson;
}

async function runOn(database: Database, scale: number, options: AssessmentBenchOptions) {
  const { db } = database;
  const config = { ...loadConfig({}), demoScaleOnEmpty: 0 };
  await migrateToLatest(db);
  await ensureReferenceData(db, { regencyCode: config.regencyCode });
  await ensureBuiltInSets(db, config.regencyCode);
  process.stdout.write(`  scale ${scale}: loading demo… `);
  const load = await loadDemo(db, { scale, seed: 1, today: localDate(systemClock) });
  console.log(
    `${load.households} households, ${load.classified} results in ${(load.ms / 1000).toFixed(1)} s`,
  );
  const deps = {
    db,
    dbKind: database.kind,
    config,
    clock: systemClock,
    regions: await loadRegionIndex(db, config.regencyCode),
  };
  const app = await buildApp(deps, { logger: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const admin = await client(base, db, config.regencyCode, 'admin');
    const tkpkd = await client(base, db, config.regencyCode, 'tkpkd');
    const active = (await admin('GET', '/api/v1/indicator-sets?status=active')).items ?? [];

    // Re-classify everything: a new version of every set is activated, then one API call.
    for (const set of active) {
      const draft = await changedDraft(admin, set.id);
      await admin('POST', `/api/v1/indicator-sets/${draft.id}/activate`, { revision: draft.revision });
    }
    const started = performance.now();
    const reclassified = (await admin('POST', '/api/v1/assessments/reclassify', {})) as {
      households: number;
    };
    const reclassifyMs = performance.now() - started;
    console.log(
      `  re-classified ${reclassified.households} results in ${(reclassifyMs / 1000).toFixed(2)} s`,
    );

    // Policy simulation of a BPS draft (every household of the regency), as the planners run it.
    const bps = ((await admin('GET', '/api/v1/indicator-sets?status=active&code=bps-14')).items ?? [])[0]!;
    const draft = await changedDraft(tkpkd, bps.id);
    const samples: number[] = [];
    for (let i = 0; i < options.simulations + 2; i++) {
      const t0 = performance.now();
      await tkpkd('POST', '/api/v1/simulations', { setId: draft.id });
      if (i >= 2) samples.push(performance.now() - t0);
    }
    return {
      kind: database.kind,
      version: await serverVersion(db),
      load,
      reclassified: reclassified.households,
      reclassifyMs,
      simulation: { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length },
    };
  } finally {
    await app.close();
  }
}

function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export async function runAssessmentBench(options: AssessmentBenchOptions): Promise<void> {
  const rows: string[] = [];
  for (const backend of options.backends) {
    for (const scale of options.scales) {
      console.log(`▶ assessment, ${backend}, scale ${scale}`);
      const { database, drop } = await openBackend(backend, options.postgresUrl);
      try {
        const r = await runOn(database, scale, options);
        const line =
          `| ${new Date().toISOString().slice(0, 16).replace('T', ' ')} | ${r.kind} ${r.version} | ${scale} | ` +
          `${r.load.households} | ${(r.load.ms / 1000).toFixed(1)} s | ${r.reclassified} | ${(r.reclassifyMs / 1000).toFixed(2)} s | ` +
          `${r.simulation.p50.toFixed(0)} / ${r.simulation.p95.toFixed(0)} (n=${r.simulation.n}) |`;
        console.log(line);
        rows.push(line);
      } finally {
        await database.close();
        await drop();
      }
    }
  }
  if (!fs.existsSync(RESULTS))
    fs.writeFileSync(
      RESULTS,
      '# Benchmark results\n\nAppended by `npm run bench`. Latencies in ms through the HTTP API (sequential requests, loopback).\n',
    );
  fs.appendFileSync(
    RESULTS,
    `\n## Assessment — ${new Date().toISOString().slice(0, 10)} — ${machine()}\n\n` +
      'Re-classification: one POST /api/v1/assessments/reclassify after activating a new version of every set ' +
      '(BPS and the three local sets: every household twice). Simulation: POST /api/v1/simulations of a BPS draft ' +
      'over the whole regency, as `tkpkd`, ms through the HTTP API.\n\n' +
      '| date (UTC) | back end | scale | households | demo load (with answers) | results re-classified | re-classify | simulation p50 / p95 ms |\n' +
      '|---|---|---|---|---|---|---|---|\n' +
      `${rows.join('\n')}\n`,
  );
  console.log(`Results appended to ${RESULTS}`);
}
