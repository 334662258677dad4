import type { Cluster } from '../db/schema.ts';
import type { FieldError } from '../platform/errors.ts';
import { checkThresholds } from './indicator-set.rules.ts';
import type { IndicatorSetDefinition } from './indicator-set.schema.ts';
import type { Overrides } from './scoring.rules.ts';
import type { AreaCounts } from './simulation.schema.ts';
import { classRank, WELFARE_CLASSES, type WelfareClass } from './vocabulary.ts';

/** Ad-hoc changes must name indicators with a criterion and parameters of the set; thresholds must be ordered. */
export function checkOverrides(definition: IndicatorSetDefinition, overrides: Overrides): FieldError[] {
  const errors: FieldError[] = [];
  const criteria = new Set(definition.indicators.filter((i) => i.criterion !== null).map((i) => i.key));
  const parameters = new Set(definition.parameters.map((p) => p.key));
  for (const key of Object.keys(overrides.weights ?? {}))
    if (!criteria.has(key))
      errors.push({ field: `overrides.weights.${key}`, code: 'SIMULATION_INDICATOR_UNKNOWN' });
  for (const key of Object.keys(overrides.parameters ?? {}))
    if (!parameters.has(key))
      errors.push({ field: `overrides.parameters.${key}`, code: 'SIMULATION_PARAMETER_UNKNOWN' });
  if (overrides.classes) errors.push(...checkThresholds(overrides.classes, 'overrides.classes'));
  return errors;
}

/** One group of the simulation query: households of a desa with a candidate and a baseline class. */
export interface SimulationRow {
  desaCode: string;
  candidate: WelfareClass;
  baseline: WelfareClass | null;
  households: number;
}

export interface DesaInfo {
  code: string;
  name: string;
  kecamatanCode: string;
  kecamatanName: string;
  cluster: Cluster;
}

export type Direction = 'up' | 'down' | 'same';

/** Up: to a better-off class (later in WELFARE_CLASSES); no baseline is no move. */
export function directionOf(candidate: WelfareClass, baseline: WelfareClass | null): Direction {
  if (baseline === null || candidate === baseline) return 'same';
  return classRank(candidate) > classRank(baseline) ? 'up' : 'down';
}

const emptyCounts = (): Record<WelfareClass, number> =>
  Object.fromEntries(WELFARE_CLASSES.map((c) => [c, 0])) as Record<WelfareClass, number>;
const emptyArea = (): AreaCounts => ({
  households: 0,
  candidate: emptyCounts(),
  baseline: emptyCounts(),
  up: 0,
  down: 0,
});

function add(area: AreaCounts, row: SimulationRow): void {
  area.households += row.households;
  area.candidate[row.candidate] += row.households;
  if (row.baseline) area.baseline[row.baseline] += row.households;
  const direction = directionOf(row.candidate, row.baseline);
  if (direction === 'up') area.up += row.households;
  if (direction === 'down') area.down += row.households;
}

/** Rolls the per-desa groups up to desa, kecamatan, cluster and regency totals (every listed desa appears). */
export function aggregateSimulation(rows: readonly SimulationRow[], desa: readonly DesaInfo[]) {
  const regency = emptyArea();
  const byDesa = new Map(desa.map((d) => [d.code, emptyArea()]));
  const byKecamatan = new Map<string, AreaCounts>();
  const byCluster = new Map<Cluster, AreaCounts>();
  for (const d of desa) {
    if (!byKecamatan.has(d.kecamatanCode)) byKecamatan.set(d.kecamatanCode, emptyArea());
    if (!byCluster.has(d.cluster)) byCluster.set(d.cluster, emptyArea());
  }
  const info = new Map(desa.map((d) => [d.code, d]));
  for (const row of rows) {
    const d = info.get(row.desaCode);
    if (!d) continue;
    add(regency, row);
    add(byDesa.get(d.code)!, row);
    add(byKecamatan.get(d.kecamatanCode)!, row);
    add(byCluster.get(d.cluster)!, row);
  }
  const kecamatanNames = new Map(desa.map((d) => [d.kecamatanCode, d.kecamatanName]));
  return {
    regency,
    clusters: [...byCluster].map(([cluster, counts]) => ({ cluster, ...counts })),
    kecamatan: [...byKecamatan].map(([code, counts]) => ({
      code,
      name: kecamatanNames.get(code) ?? code,
      ...counts,
    })),
    desa: desa.map((d) => ({
      code: d.code,
      name: d.name,
      kecamatanCode: d.kecamatanCode,
      cluster: d.cluster,
      ...byDesa.get(d.code)!,
    })),
  };
}
