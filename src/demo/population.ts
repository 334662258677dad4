import type { Cluster } from '../db/schema.ts';
import { hash01 } from './random.ts';

/** A desa/kelurahan as the demo generator needs it. */
export interface DemoDesa {
  code: string;
  kecamatanCode: string;
  kind: 'desa' | 'kelurahan';
  /** Poverty-indicator cluster; drives occupations (fishing on the coast). Default dataran_rendah. */
  cluster?: Cluster | undefined;
}

/** Households at scale 1 (Bantaeng has about 55,000 households and 200,000 people). */
export const HOUSEHOLDS_AT_SCALE_1 = 55_000;

/**
 * Kecamatan that hold the regency's town (Bantaeng's Kota Bantaeng and the Bissappu side of it).
 * Their kelurahan are the most populous places in the demo.
 */
const TOWN_KECAMATAN = new Set(['730301', '730302']);

/**
 * Relative population of a desa. SYNTHETIC: there is no per-desa population table in the
 * repository, so weights only follow the known shape of the regency: town kelurahan largest,
 * other kelurahan and coastal desa next, highland desa smallest. A stable ±20 % per desa (a hash
 * of its code, independent of the seed) keeps the villages from looking identical.
 */
export function desaWeight(desa: DemoDesa): number {
  let base: number;
  if (desa.kind === 'kelurahan') base = TOWN_KECAMATAN.has(desa.kecamatanCode) ? 1.6 : 1.3;
  else if (desa.cluster === 'pegunungan') base = 0.75;
  else if (desa.cluster === 'pesisir') base = 1.1;
  else base = 1;
  return base * (0.8 + 0.4 * hash01(desa.code));
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder; ties by index). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

/** Number of households of each desa (same order as `desa`) at the given scale. */
export function householdsPerDesa(desa: readonly DemoDesa[], scale: number): number[] {
  return apportion(Math.round(HOUSEHOLDS_AT_SCALE_1 * scale), desa.map(desaWeight));
}
