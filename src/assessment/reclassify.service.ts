import { type Kysely, sql, type Transaction } from 'kysely';
import { type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import type { DB } from '../db/schema.ts';
import { validationFailed } from '../platform/errors.ts';
import type { ReclassifyResult } from './assessment.schema.ts';
import { listSets, type SetRecord } from './indicator-set.repo.ts';
import { compileSet } from './scoring.sql.ts';
import { type ResultKind, WELFARE_CLASSES, type WelfareClass } from './vocabulary.ts';

export interface ReclassifyOptions {
  kabupatenCode: string;
  /** Active sets to run; all active sets when absent. */
  setIds?: string[] | undefined;
  actorId: string | null;
  /** `field` only for the first classification of loaded answers (demo); otherwise `reclassify`. */
  kind?: ResultKind;
  /** Called after each set with the sets done and the total. */
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

type SetSummary = ReclassifyResult['sets'][number];

/**
 * One set, one statement: score the latest answers of every household of the set's scheme and
 * clusters not yet classified by this version, add a result row each, and point the current class
 * at it. Scores and criteria are computed once per household (materialized CTE).
 */
async function reclassifySet(
  tx: Transaction<DB>,
  set: SetRecord,
  options: ReclassifyOptions,
): Promise<SetSummary> {
  const compiled = compileSet(set.definition, sql.ref('hc.answers'));
  const { rows } = await sql<{ households: number; changed: number }>`
    with scored as materialized (
      select hc.household_id, hc.assessment_id, hc.class as old_class, ${compiled.metColumns}
      from household_class hc
      join household h on h.id = hc.household_id
      join desa d on d.code = h.desa_code
      where hc.kabupaten_code = ${options.kabupatenCode} and hc.scheme = ${set.scheme}
        and d.cluster = any(${set.clusters}::text[]) and hc.set_id is distinct from ${set.id}::uuid
    ), classed as (
      select s.household_id, s.assessment_id, s.old_class,
        ${compiled.scoreFrom('s')} as score, ${compiled.explanationFrom('s')} as explanation
      from scored s
    ), ins as (
      insert into assessment_result
        (kabupaten_code, household_id, assessment_id, set_id, scheme, kind, score, class, explanation, created_by)
      select ${options.kabupatenCode}, c.household_id, c.assessment_id, ${set.id}::uuid, ${set.scheme},
        ${options.kind ?? 'reclassify'}, c.score, ${compiled.classOf(sql.ref('c.score'))}, c.explanation,
        ${options.actorId}::uuid
      from classed c
      returning id, household_id, class, score
    ), upd as (
      update household_class hc
      set result_id = ins.id, set_id = ${set.id}::uuid, class = ins.class, score = ins.score, updated_at = now()
      from ins
      where hc.household_id = ins.household_id and hc.scheme = ${set.scheme}
      returning hc.household_id
    )
    select (select count(*) from upd)::int as households,
      (select count(*) from ins join classed c on c.household_id = ins.household_id
        where c.old_class is distinct from ins.class)::int as changed`.execute(tx);

  const counts = await tx
    .selectFrom('household_class')
    .where('kabupaten_code', '=', options.kabupatenCode)
    .where('set_id', '=', set.id)
    .groupBy('class')
    .select(['class', sql<number>`count(*)::int`.as('n')])
    .execute();
  const byClass = Object.fromEntries(WELFARE_CLASSES.map((c) => [c, 0])) as Record<WelfareClass, number>;
  for (const row of counts) if (row.class) byClass[row.class as WelfareClass] = row.n;
  return {
    id: set.id,
    code: set.code,
    version: set.version,
    households: rows[0]?.households ?? 0,
    changed: rows[0]?.changed ?? 0,
    byClass,
  };
}

/**
 * Re-classifies the registry: the latest answers of every household (per scheme, in the clusters
 * of each active set) are scored again under the active version, in SQL, one set-based statement
 * per set, all in one transaction. A new result row is added for each household not already
 * classified by that version; earlier results are never changed. Re-running it is a no-op.
 */
export async function reclassifyRegistry(
  db: Kysely<DB>,
  options: ReclassifyOptions,
): Promise<ReclassifyResult> {
  return db.transaction().execute((tx) => reclassifyWithin(tx, options));
}

/** The same, inside the caller's transaction (the demo loader classifies its answers this way). */
export async function reclassifyWithin(
  tx: Transaction<DB>,
  options: ReclassifyOptions,
): Promise<ReclassifyResult> {
  const started = performance.now();
  const active = await listSets(tx, options.kabupatenCode, { status: 'active' });
  let sets: SetRecord[] = active;
  if (options.setIds) {
    const errors = options.setIds.flatMap((id, i) =>
      active.some((s) => s.id === id) ? [] : [{ field: `setIds.${i}`, code: 'SET_NOT_ACTIVE' }],
    );
    if (errors.length > 0) throw validationFailed(errors);
    sets = active.filter((s) => options.setIds?.includes(s.id));
  }
  options.onProgress?.(0, sets.length);
  const summaries: SetSummary[] = [];
  for (const set of sets) {
    summaries.push(await reclassifySet(tx, set, options));
    options.onProgress?.(summaries.length, sets.length);
  }
  return {
    sets: summaries,
    households: summaries.reduce((n, s) => n + s.households, 0),
    durationMs: Math.round(performance.now() - started),
  };
}

/** The API use case: re-classify, then one audit entry with the counts (no household ids). */
export async function reclassifyForActor(
  db: Kysely<DB>,
  ctx: RequestContext,
  setIds: string[] | undefined,
): Promise<ReclassifyResult> {
  const result = await reclassifyRegistry(db, {
    kabupatenCode: ctx.actor.kabupatenCode,
    setIds,
    actorId: ctx.actor.id,
  });
  await recordAudit(db, ctx, {
    action: 'assessment.reclassify',
    objectType: 'indicator_set',
    details: {
      sets: result.sets.map((s) => ({
        id: s.id,
        code: s.code,
        version: s.version,
        households: s.households,
        changed: s.changed,
      })),
    },
  });
  return result;
}
