import { type Kysely, sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';
import type { DB } from '../db/schema.ts';
import { generateReferralDemo } from './demo.generate.ts';

export interface LoadReferralDemoOptions {
  scale: number;
  seed: number;
  /** "Now" of the generated year (the last day of work). */
  now: Date;
  regencyCode?: string;
  /** Delete the regency's intakes and referrals first. */
  replace?: boolean;
}

/** Deletes every intake, referral, event and notification of the regency (the audit log stays). */
export async function clearReferralData(db: Executor, regencyCode: string): Promise<void> {
  await db.deleteFrom('notification').where('kabupaten_code', '=', regencyCode).execute();
  await db.deleteFrom('referral_event').where('kabupaten_code', '=', regencyCode).execute();
  await db.deleteFrom('referral').where('kabupaten_code', '=', regencyCode).execute();
  await db.deleteFrom('intake').where('kabupaten_code', '=', regencyCode).execute();
  await db.deleteFrom('number_sequence').where('place', 'like', `${regencyCode}%`).execute();
}

/** Rows in slices small enough for one statement's parameters. */
function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/**
 * Loads one year of synthetic intakes and referrals over the demo regency already in the
 * registry (`selaras demo --referrals`, the bench). Deterministic for (scale, seed, now, registry).
 */
export async function loadReferralDemo(db: Kysely<DB>, options: LoadReferralDemoOptions) {
  const started = performance.now();
  const regencyCode = options.regencyCode ?? '7303';
  const [people, services, referrers, existing] = await Promise.all([
    db
      .selectFrom('person')
      .innerJoin('household', 'household.id', 'person.household_id')
      .where('person.kabupaten_code', '=', regencyCode)
      .select(['person.id', 'person.household_id as householdId', 'household.desa_code as desaCode'])
      .orderBy('person.id')
      .execute(),
    db
      .selectFrom('service')
      .where('kabupaten_code', '=', regencyCode)
      .where('active', '=', true)
      .select([
        'id',
        'organisation_id as organisationId',
        'category',
        'tier',
        'accept_days as acceptDays',
        'complete_days as completeDays',
      ])
      .orderBy('code')
      .execute(),
    db
      .selectFrom('app_user')
      .where('role', '=', 'fasilitator')
      .where('disabled_at', 'is', null)
      .select(['id', 'scope_desa'])
      .orderBy('created_at')
      .execute(),
    db.selectFrom('intake').where('kabupaten_code', '=', regencyCode).select('id').limit(1).execute(),
  ]);
  if (people.length === 0) throw new Error('Load the demo registry first (selaras demo).');
  if (existing.length > 0 && !options.replace)
    throw new Error('Intakes already exist for this regency: use --replace to delete them first.');
  const referrerByDesa = new Map<string, string>();
  for (const u of referrers)
    for (const desa of u.scope_desa ?? []) if (!referrerByDesa.has(desa)) referrerByDesa.set(desa, u.id);

  const demo = generateReferralDemo({
    scale: options.scale,
    seed: options.seed,
    now: options.now,
    regencyCode,
    people,
    services,
    referrers: referrerByDesa,
  });
  await db.transaction().execute(async (tx) => {
    if (options.replace) await clearReferralData(tx, regencyCode);
    for (const rows of chunks(demo.intakes, 1000)) await tx.insertInto('intake').values(rows).execute();
    for (const rows of chunks(demo.referrals, 1000)) await tx.insertInto('referral').values(rows).execute();
    for (const rows of chunks(demo.events, 2000))
      await tx.insertInto('referral_event').values(rows).execute();
    for (const s of demo.sequences)
      await tx
        .insertInto('number_sequence')
        .values(s)
        .onConflict((oc) =>
          oc
            .columns(['prefix', 'place', 'year'])
            .doUpdateSet({ last_value: sql`greatest(number_sequence.last_value, excluded.last_value)` }),
        )
        .execute();
  });
  // Fresh statistics and visibility map, as autovacuum would leave them on a live server.
  await sql`vacuum analyze intake, referral, referral_event`.execute(db);
  return {
    intakes: demo.intakes.length,
    referrals: demo.referrals.length,
    events: demo.events.length,
    ms: Math.round(performance.now() - started),
  };
}
