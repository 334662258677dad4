import type { Executor } from '../audit/audit.repo.ts';
import type { RegionLookup } from '../registry/nik.rules.ts';

/** In-memory view of the region codes, loaded once at start-up (they change only by migration). */
export interface RegionIndex extends RegionLookup {
  regencyCode: string;
  /** Desa of the configured regency, by code. */
  desa: ReadonlyMap<string, { code: string; name: string; kecamatanCode: string }>;
  kecamatanOfRegency: ReadonlyMap<string, string>;
}

export async function loadRegionIndex(db: Executor, regencyCode: string): Promise<RegionIndex> {
  const kecamatan = await db.selectFrom('kecamatan').select(['code', 'name', 'kabupaten_code']).execute();
  const desa = await db
    .selectFrom('desa')
    .where('kabupaten_code', '=', regencyCode)
    .select(['code', 'name', 'kecamatan_code'])
    .orderBy('code')
    .execute();
  const codes = new Set(kecamatan.map((k) => k.code));
  return {
    regencyCode,
    isKecamatan: (code) => codes.has(code),
    desa: new Map(desa.map((d) => [d.code, { code: d.code, name: d.name, kecamatanCode: d.kecamatan_code }])),
    kecamatanOfRegency: new Map(
      kecamatan.filter((k) => k.kabupaten_code === regencyCode).map((k) => [k.code, k.name] as const),
    ),
  };
}
