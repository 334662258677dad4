import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Cluster } from '../db/schema.ts';
import type { RegionLookup } from '../registry/nik.rules.ts';
import type { DemoInput } from './generate.ts';

/** Test input for the pure generator, read from the shipped reference CSVs (no database). */

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), '../reference/data');

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(DATA, file), 'utf8'), { columns: true, skip_empty_lines: true });
}

const clusters = new Map(readCsv('cluster-7303.csv').map((r) => [r.kode!, r.klaster as Cluster]));
const desa = readCsv('bantaeng.csv').map((r) => ({
  code: r.kode!,
  kecamatanCode: r.kode_kecamatan!,
  kind: r.jenis === 'kelurahan' ? ('kelurahan' as const) : ('desa' as const),
  cluster: clusters.get(r.kode!),
}));
const currentKecamatan = readCsv('kecamatan.csv').map((r) => r.kode!);
const allKecamatan = new Set([...currentKecamatan, ...readCsv('kecamatan_lama.csv').map((r) => r.kode!)]);
const kabupatenNames = Object.fromEntries(readCsv('kabupaten.csv').map((r) => [r.kode!, r.nama!]));

export const TEST_TODAY = '2026-01-15';

/** Bantaeng's 67 desa with clusters, every current kecamatan code and regency names. */
export function bantaengInput(scale: number, seed: number): DemoInput {
  return {
    scale,
    seed,
    desa,
    kecamatanCodesOfIndonesia: currentKecamatan,
    today: TEST_TODAY,
    kabupatenNames,
  };
}

/** Region codes a NIK may carry (current and retired kecamatan). */
export const regions: RegionLookup = { isKecamatan: (code) => allKecamatan.has(code) };
