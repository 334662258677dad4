/**
 * Referral benchmark (`npm run bench -- --suite referral`): on each back end, the demo regency at
 * scale 1 plus one year of generated intakes and referrals (≈ 30,000), then through the real HTTP
 * API the p95 of the referral board query and of a transition, and the time of one escalation
 * sweep. Results are appended to bench/results.md.
 */
import { randomUUID } from 'node:crypto';
import { createUser } from '../src/auth/user.service.ts';
import { loadConfig } from '../src/config/config.ts';
import { type Database, serverVersion } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemo } from '../src/demo/load.ts';
import { createNotifier } from '../src/notification/notifier.ts';
import { fixedClock, localDate } from '../src/platform/clock.ts';
import { loadRegionIndex } from '../src/reference/region-index.ts';
import { ensureReferenceData } from '../src/reference/wilayah.load.ts';
import { loadReferralDemo } from '../src/referral/demo.load.ts';
import { runEscalationSweep } from '../src/referral/escalation.ts';
import { buildApp } from '../src/server/app.ts';
import { appendResults, type Latencies, ms, onFreshDatabase, percentiles, stamp } from './common.ts';

const PASSWORD = 'Bench-Selaras-2026!';
const DAY = 86_400_000;

export interface ReferralBenchOptions {
  scale: number;
  requests: number;
  backends: ('pglite' | 'postgresql')[];
  postgresUrl: string;
}

async function signIn(base: string, username: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`bench login answered ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function timed(requests: { url: string; init: RequestInit }[], base: string): Promise<Latencies> {
  const samples: number[] = [];
  for (const { url, init } of requests) {
    const started = performance.now();
    const response = await fetch(base + url, init);
    await response.arrayBuffer();
    samples.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${url.split('?')[0]} answered ${response.status}`);
  }
  return percentiles(samples);
}

async function runOn(database: Database, options: ReferralBenchOptions) {
  const { db } = database;
  const config = { ...loadConfig({}), demoScaleOnEmpty: 0 };
  const clock = fixedClock(new Date());
  await migrateToLatest(db);
  await ensureReferenceData(db, { regencyCode: config.regencyCode });
  process.stdout.write(`  loading demo scale ${options.scale}… `);
  const registry = await loadDemo(db, { scale: options.scale, seed: 1, today: localDate(clock) });
  process.stdout.write(`${registry.people} people; referrals… `);
  const demo = await loadReferralDemo(db, { scale: options.scale, seed: 1, now: clock.now() });
  console.log(`${demo.intakes} intakes, ${demo.referrals} referrals in ${(demo.ms / 1000).toFixed(1)} s`);

  const deps = {
    db,
    dbKind: database.kind,
    config,
    clock,
    regions: await loadRegionIndex(db, config.regencyCode),
    notifier: createNotifier([]),
  };
  await createUser({ db, regencyCode: config.regencyCode }, undefined, {
    username: 'bench-manajer',
    password: PASSWORD,
    role: 'manajer',
  });
  const organisations = await db.selectFrom('organisation').select(['id', 'code']).execute();
  for (const o of organisations)
    await createUser({ db, regencyCode: config.regencyCode }, undefined, {
      username: `bench-${o.code.replaceAll('_', '-')}`,
      password: PASSWORD,
      role: 'mitra',
      scope: { organisation: o.id },
    });
  const app = await buildApp(deps, { logger: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const manager = await signIn(base, 'bench-manajer');
    const desa = (
      await db.selectFrom('desa').where('kabupaten_code', '=', config.regencyCode).select('code').execute()
    ).map((d) => d.code);
    const filters = [
      '',
      '?status=sent,accepted,in_progress',
      '?overdue=true',
      '?tier=3',
      '?status=escalated',
      '?organisation=dukcapil',
      '?organisation=bpjs_kesehatan&status=completed',
      '?page=5',
    ];
    const boardRequests = Array.from({ length: options.requests }, (_, i) => {
      const filter = i % 3 === 0 ? `?desa=${desa[i % desa.length]}` : filters[i % filters.length]!;
      return { url: `/api/v1/referrals${filter}`, init: { headers: { cookie: manager } } };
    });
    await timed(boardRequests.slice(0, 20), base); // warm-up
    const board = await timed(boardRequests, base);

    // Transitions: every open referral takes its provider's next step (accept, start or complete).
    const open = await db
      .selectFrom('referral')
      .innerJoin('organisation', 'organisation.id', 'referral.organisation_id')
      .where('referral.status', 'in', ['sent', 'accepted', 'in_progress'])
      .select(['referral.id', 'referral.status', 'referral.version', 'organisation.code'])
      .orderBy('referral.id')
      .limit(options.requests)
      .execute();
    const cookies = new Map<string, string>();
    for (const o of organisations)
      cookies.set(o.code, await signIn(base, `bench-${o.code.replaceAll('_', '-')}`));
    const next = {
      sent: { action: 'accept' },
      accepted: { action: 'start' },
      in_progress: { action: 'complete', outcome: 'served' },
    } as const;
    const transitionRequests = open.map((r) => ({
      url: `/api/v1/referrals/${r.id}/transitions`,
      init: {
        method: 'POST',
        headers: {
          cookie: cookies.get(r.code)!,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify({ ...next[r.status as keyof typeof next], version: r.version }),
      },
    }));
    const transition = await timed(transitionRequests, base);

    // One sweep two days later: what fell due in the meantime escalates.
    clock.advance(2 * DAY);
    const started = performance.now();
    const sweep = await runEscalationSweep(deps);
    const sweepMs = performance.now() - started;
    // And a heavy one: a month on, every open referral at tiers 1–2 has missed its deadline.
    clock.advance(30 * DAY);
    const heavyStarted = performance.now();
    const heavy = await runEscalationSweep(deps);
    const heavyMs = performance.now() - heavyStarted;
    return {
      kind: database.kind,
      version: await serverVersion(db),
      demo,
      board,
      transition,
      sweep,
      sweepMs,
      heavy,
      heavyMs,
    };
  } finally {
    await app.close();
  }
}

export async function runReferralBench(options: ReferralBenchOptions): Promise<void> {
  const rows: string[] = [];
  for (const backend of options.backends) {
    console.log(`▶ referral ${backend}`);
    await onFreshDatabase(backend, options.postgresUrl, async (database) => {
      const r = await runOn(database, options);
      const line =
        `| ${stamp()} | ${r.kind} ${r.version} | ${options.scale} | ` +
        `${r.demo.intakes} / ${r.demo.referrals} | ${(r.demo.ms / 1000).toFixed(1)} s | ` +
        `${ms(r.board.p50)} / ${ms(r.board.p95)} / ${ms(r.board.p99)} (n=${r.board.n}) | ` +
        `${ms(r.transition.p50)} / ${ms(r.transition.p95)} / ${ms(r.transition.p99)} (n=${r.transition.n}) | ` +
        `${Math.round(r.sweepMs)} ms (${r.sweep.escalated} escalated); ${Math.round(r.heavyMs)} ms (${r.heavy.escalated} escalated) |`;
      console.log(line);
      rows.push(line);
    });
  }
  appendResults({
    title: 'Referrals',
    header: [
      'date (UTC)',
      'back end',
      'scale',
      'intakes / referrals',
      'referral load',
      'board p50 / p95 / p99',
      'transition p50 / p95 / p99',
      'escalation sweep: +2 days; +30 days',
    ],
    rows,
  });
}
