import { ensureBuiltInSets } from '../src/assessment/builtin-sets.ts';
import type { Role } from '../src/auth/roles.ts';
import { createUser } from '../src/auth/user.service.ts';
import { loadConfig } from '../src/config/config.ts';
import { type Database, serverVersion } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load.ts';
import { localDate, systemClock } from '../src/platform/clock.ts';
import { loadRegionIndex } from '../src/reference/region-index.ts';
import { ensureReferenceData } from '../src/reference/wilayah.load.ts';
import { buildApp } from '../src/server/app.ts';
import { appendResults, onFreshDatabase, percentiles, stamp } from './common.ts';

const PASSWORD = 'Bench-Selaras-2026!';

export interface AssessmentBenchOptions {
  scales: number[];
  /** Simulations timed per scale (after two warm-up runs). */
  simulations: number;
  backends: ('pglite' | 'postgresql')[];
  postgresUrl: string;
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
      simulation: percentiles(samples),
    };
  } finally {
    await app.close();
  }
}

export async function runAssessmentBench(options: AssessmentBenchOptions): Promise<void> {
  const rows: string[] = [];
  for (const backend of options.backends) {
    for (const scale of options.scales) {
      console.log(`▶ assessment, ${backend}, scale ${scale}`);
      await onFreshDatabase(backend, options.postgresUrl, async (database) => {
        const r = await runOn(database, scale, options);
        const line =
          `| ${stamp()} | ${r.kind} ${r.version} | ${scale} | ` +
          `${r.load.households} | ${(r.load.ms / 1000).toFixed(1)} s | ${r.reclassified} | ${(r.reclassifyMs / 1000).toFixed(2)} s | ` +
          `${r.simulation.p50.toFixed(0)} / ${r.simulation.p95.toFixed(0)} (n=${r.simulation.n}) |`;
        console.log(line);
        rows.push(line);
      });
    }
  }
  appendResults({
    title: 'Assessment',
    note:
      'Re-classification: one POST /api/v1/assessments/reclassify after activating a new version of every set ' +
      '(BPS and the three local sets: every household twice). Simulation: POST /api/v1/simulations of a BPS draft ' +
      'over the whole regency, as `tkpkd`, ms through the HTTP API.',
    header: [
      'date (UTC)',
      'back end',
      'scale',
      'households',
      'demo load (with answers)',
      'results re-classified',
      're-classify',
      'simulation p50 / p95 ms',
    ],
    rows,
  });
}
