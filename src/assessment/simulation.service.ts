import { type RawBuilder, sql } from 'kysely';
import { type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import { can } from '../auth/policy.ts';
import type { Cluster } from '../db/schema.ts';
import { validationFailed } from '../platform/errors.ts';
import type { AppDeps } from '../server/deps.ts';
import { findSet, listSets, type SetRecord } from './indicator-set.repo.ts';
import { applyOverrides, classify } from './scoring.rules.ts';
import { compileSet } from './scoring.sql.ts';
import { aggregateSimulation, checkOverrides, type DesaInfo, directionOf } from './simulation.rules.ts';
import type { SimulationRequest, SimulationResult } from './simulation.schema.ts';
import { WELFARE_CLASSES, type WelfareClass } from './vocabulary.ts';

type Deps = Pick<AppDeps, 'db'>;

/** The baseline score and class by cluster: the active set of the scheme covering each cluster (null where none). */
function baselineSql(baselines: Map<Cluster, SetRecord>, answers: RawBuilder<unknown>) {
  const compiled = [...baselines].map(([cluster, set]) => ({
    cluster,
    compiled: compileSet(set.definition, answers),
  }));
  if (compiled.length === 0) return { score: sql<null>`null::int`, classOf: () => sql<null>`null::text` };
  return {
    score: sql<number | null>`(case d.cluster ${sql.join(
      compiled.map((c) => sql`when ${c.cluster} then ${c.compiled.score}`),
      sql` `,
    )} else null end)`,
    classOf: (score: RawBuilder<unknown>, cluster: RawBuilder<unknown>) =>
      sql<WelfareClass | null>`(case ${cluster} ${sql.join(
        compiled.map((c) => sql`when ${c.cluster} then ${c.compiled.classOf(score)}`),
        sql` `,
      )} else null end)`,
  };
}

/**
 * Policy simulation: scores every household's latest answers of the candidate's scheme, in the
 * candidate's clusters, under the candidate (with ad-hoc overrides) and under the active version,
 * in one grouped SQL query. Nothing is written except one audit entry (counts only).
 */
export async function simulate(
  deps: Deps,
  ctx: RequestContext,
  request: SimulationRequest,
): Promise<SimulationResult> {
  const started = performance.now();
  const kabupatenCode = ctx.actor.kabupatenCode;
  const candidate = await findSet(deps.db, kabupatenCode, request.setId);
  if (!candidate) throw validationFailed([{ field: 'setId', code: 'SET_UNKNOWN' }]);
  const overrides = request.overrides ?? {};
  const errors = checkOverrides(candidate.definition, overrides);
  if (errors.length > 0) throw validationFailed(errors);
  const definition = applyOverrides(candidate.definition, overrides);
  const overridden = request.overrides !== undefined;

  const active = await listSets(deps.db, kabupatenCode, { status: 'active', scheme: candidate.scheme });
  const baselines = new Map<Cluster, SetRecord>();
  for (const cluster of candidate.definition.clusters) {
    const set = active.find((s) => s.clusters.includes(cluster));
    if (set) baselines.set(cluster, set);
  }
  const desaRows = await deps.db
    .selectFrom('desa')
    .innerJoin('kecamatan', 'kecamatan.code', 'desa.kecamatan_code')
    .where('desa.kabupaten_code', '=', kabupatenCode)
    .where('desa.cluster', 'in', candidate.definition.clusters)
    .select([
      'desa.code',
      'desa.name',
      'desa.kecamatan_code',
      'kecamatan.name as kecamatan_name',
      'desa.cluster',
    ])
    .orderBy('desa.code')
    .execute();
  const desa: DesaInfo[] = desaRows.map((d) => ({
    code: d.code,
    name: d.name,
    kecamatanCode: d.kecamatan_code,
    kecamatanName: d.kecamatan_name,
    cluster: d.cluster,
  }));

  const answers = sql.ref('hc.answers');
  const compiled = compileSet(definition, answers);
  const baseline = baselineSql(baselines, answers);
  const baselineIds = [...new Set([...baselines.values()].map((set) => set.id))];
  // Scores first (OFFSET 0 keeps the subquery from being flattened, so each score is computed
  // once per household and not once per class threshold), then classes. Households already
  // classified by the active version keep their stored class as the baseline: same result, no work.
  const scoped = sql`
    select y.household_id, y.desa_code,
      ${compiled.classOf(sql.ref('y.candidate_score'))} as candidate,
      coalesce(y.baseline_stored, ${baseline.classOf(sql.ref('y.baseline_score'), sql.ref('y.cluster'))}) as baseline
    from (
      select hc.household_id, h.desa_code, d.cluster, ${compiled.score} as candidate_score,
        case when hc.set_id = any(${baselineIds}::uuid[]) then hc.class end as baseline_stored,
        case when hc.set_id = any(${baselineIds}::uuid[]) then null else ${baseline.score} end as baseline_score
      from household_class hc
      join household h on h.id = hc.household_id
      join desa d on d.code = h.desa_code
      where hc.kabupaten_code = ${kabupatenCode} and hc.scheme = ${candidate.scheme}
        and d.cluster = any(${candidate.definition.clusters}::text[])
      offset 0
    ) y`;

  const showNames = can(ctx.actor, 'registry.read');
  const limit = request.moversLimit;
  const [grouped, movers] = await deps.db.transaction().execute(async (tx) => {
    // Scoring answers costs far more CPU per row than the planner's defaults assume: make
    // parallel workers cheap so a large registry is scanned by several cores.
    await sql`select set_config('parallel_setup_cost', '10', true), set_config('parallel_tuple_cost', '0.001', true)`.execute(
      tx,
    );
    // Grouped by scores, not classes: no class expression per row, and the scan and partial
    // aggregation can run in parallel workers. Classes come from the scores by the pure rules.
    const groups = await sql<{
      desa_code: string;
      cluster: Cluster;
      candidate_score: number;
      baseline_stored: WelfareClass | null;
      baseline_score: number | null;
      n: number;
    }>`
      select h.desa_code, d.cluster, ${compiled.score} as candidate_score,
        case when hc.set_id = any(${baselineIds}::uuid[]) then hc.class end as baseline_stored,
        case when hc.set_id = any(${baselineIds}::uuid[]) then null else ${baseline.score} end as baseline_score,
        count(*)::int as n
      from household_class hc
      join household h on h.id = hc.household_id
      join desa d on d.code = h.desa_code
      where hc.kabupaten_code = ${kabupatenCode} and hc.scheme = ${candidate.scheme}
        and d.cluster = any(${candidate.definition.clusters}::text[])
      group by 1, 2, 3, 4, 5`.execute(tx);
    if (!showNames || limit === 0) return [groups.rows, []] as const;
    const moved = await sql<{
      household_id: string;
      desa_code: string;
      candidate: WelfareClass;
      baseline: WelfareClass | null;
      head_name: string | null;
    }>`
      select x.household_id, x.desa_code, x.candidate, x.baseline,
        (select p.full_name from person p where p.household_id = x.household_id and p.relation = 'kepala_keluarga' limit 1) as head_name
      from (${scoped}) x
      where x.baseline is not null and x.candidate <> x.baseline
      order by x.desa_code, x.household_id
      limit ${limit + 1}`.execute(tx);
    return [groups.rows, moved.rows] as const;
  });

  const rows = grouped.map((g) => {
    const baselineSet = baselines.get(g.cluster);
    const baselineClass =
      g.baseline_stored ??
      (baselineSet && g.baseline_score !== null
        ? classify(baselineSet.definition.classes, g.baseline_score).welfareClass
        : null);
    return {
      desaCode: g.desa_code,
      candidate: classify(definition.classes, g.candidate_score).welfareClass,
      baseline: baselineClass,
      households: g.n,
    };
  });
  const areas = aggregateSimulation(rows, desa);
  const present = new Set<WelfareClass>([
    ...definition.classes.map((c) => c.class),
    ...[...baselines.values()].flatMap((s) => s.definition.classes.map((c) => c.class)),
  ]);
  await recordAudit(deps.db, ctx, {
    action: 'assessment.simulate',
    objectType: 'indicator_set',
    objectId: candidate.id,
    details: {
      overridden,
      households: areas.regency.households,
      up: areas.regency.up,
      down: areas.regency.down,
      namesShown: showNames ? Math.min(movers.length, limit) : 0,
    },
  });
  const firstBaseline = [...baselines.values()][0];
  return {
    candidate: {
      id: candidate.id,
      code: candidate.code,
      version: candidate.version,
      status: candidate.status,
      overridden,
    },
    baseline: firstBaseline
      ? { id: firstBaseline.id, code: firstBaseline.code, version: firstBaseline.version }
      : null,
    classes: WELFARE_CLASSES.filter((c) => present.has(c)),
    ...areas,
    movers: showNames
      ? movers.slice(0, limit).map((m) => ({
          householdId: m.household_id,
          headName: m.head_name,
          desaCode: m.desa_code,
          from: m.baseline,
          to: m.candidate,
          direction: directionOf(m.candidate, m.baseline) === 'up' ? ('up' as const) : ('down' as const),
        }))
      : null,
    moversTruncated: showNames && movers.length > limit,
    durationMs: Math.round(performance.now() - started),
  };
}
