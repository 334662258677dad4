import { apiGet, apiPatch } from '../api/client.ts';
import type { Cluster, Desa, Items } from '../api/types.ts';
import { type Resource, useResource } from '../api/use-resource.ts';
import type { OptionGroup } from '../ui/fields.tsx';

export function listDesa(signal?: AbortSignal) {
  return apiGet<Items<Desa>>('/wilayah/desa', undefined, signal);
}

/** Sets a desa's cluster (administrators); the regency's confirmation ends its provisional mark. */
export function updateDesaCluster(code: string, cluster: Cluster) {
  return apiPatch<Desa>(`/wilayah/desa/${encodeURIComponent(code)}`, { cluster });
}

/** All desa of the regency, each with `inScope` for the signed-in user. */
export function useDesaList(): Resource<Items<Desa>> {
  return useResource('wilayah/desa', listDesa);
}

export interface Kecamatan {
  code: string;
  name: string;
}

/** The kecamatan of a desa list, in code order. */
export function kecamatanOf(desa: readonly Desa[]): Kecamatan[] {
  const byCode = new Map<string, string>();
  for (const d of desa) byCode.set(d.kecamatanCode, d.kecamatanName);
  return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code));
}

/** Desa as select options grouped by kecamatan; `kelurahanLabel` marks urban villages. */
export function desaOptionGroups(
  desa: readonly Desa[],
  kelurahanLabel: (name: string) => string,
): OptionGroup[] {
  return kecamatanOf(desa).map((k) => ({
    label: k.name,
    options: desa
      .filter((d) => d.kecamatanCode === k.code)
      .map((d) => ({ value: d.code, label: d.kind === 'kelurahan' ? kelurahanLabel(d.name) : d.name })),
  }));
}
