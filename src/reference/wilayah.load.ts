import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';
import { ensureServiceCatalogue } from '../catalogue/catalogue.load.ts';
import type { Cluster } from '../db/schema.ts';

const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

/** Desa/kelurahan lists shipped with the project, by regency code. Others come from SELARAS_DESA_FILE. */
const SHIPPED_DESA: Record<string, { desa: string; clusters: string }> = {
  '7303': { desa: 'bantaeng.csv', clusters: 'cluster-7303.csv' },
};

function readCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true });
}

export interface ReferenceOptions {
  regencyCode: string;
  /** CSV (kode,nama,jenis,kode_kecamatan[,klaster]) of the regency's desa when it is not shipped. */
  desaFile?: string | undefined;
}

/**
 * Loads the official region codes (Kemendagri, see data/SOURCE.md) on first start: provinces,
 * regencies, every kecamatan of Indonesia (current and retired, for NIKs of people registered
 * elsewhere), the desa/kelurahan of the configured regency with their cluster, and a starting
 * list of its service providers (organisations). Idempotent.
 */
export async function ensureReferenceData(db: Executor, options: ReferenceOptions): Promise<void> {
  const loaded = await db
    .selectFrom('provinsi')
    .select(db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (loaded.n === 0) await loadNational(db);

  const desaCount = await db
    .selectFrom('desa')
    .where('kabupaten_code', '=', options.regencyCode)
    .select(db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (desaCount.n === 0) await loadDesa(db, options);
  await ensureOrganisations(db, options.regencyCode);
  await ensureServiceCatalogue(db, options.regencyCode);
}

async function loadNational(db: Executor): Promise<void> {
  const provinsi = readCsv(path.join(DATA_DIR, 'provinsi.csv'));
  const kabupaten = readCsv(path.join(DATA_DIR, 'kabupaten.csv'));
  const current = readCsv(path.join(DATA_DIR, 'kecamatan.csv'));
  const retired = readCsv(path.join(DATA_DIR, 'kecamatan_lama.csv'));
  await db
    .insertInto('provinsi')
    .values(provinsi.map((r) => ({ code: r.kode!, name: r.nama! })))
    .execute();
  await db
    .insertInto('kabupaten')
    .values(kabupaten.map((r) => ({ code: r.kode!, name: r.nama!, provinsi_code: r.kode_provinsi! })))
    .execute();
  const kecamatan = [
    ...current.map((r) => ({
      code: r.kode!,
      name: r.nama!,
      kabupaten_code: r.kode_kabupaten!,
      retired: false,
    })),
    ...retired.map((r) => ({
      code: r.kode!,
      name: r.nama!,
      kabupaten_code: r.kode_kabupaten!,
      retired: true,
    })),
  ];
  await sql`
    insert into kecamatan (code, name, kabupaten_code, retired)
    select * from unnest(${kecamatan.map((k) => k.code)}::text[], ${kecamatan.map((k) => k.name)}::text[],
                         ${kecamatan.map((k) => k.kabupaten_code)}::text[], ${kecamatan.map((k) => k.retired)}::boolean[])
    on conflict (code) do nothing`.execute(db);
}

async function loadDesa(db: Executor, options: ReferenceOptions): Promise<void> {
  const shipped = SHIPPED_DESA[options.regencyCode];
  const file = options.desaFile ?? (shipped ? path.join(DATA_DIR, shipped.desa) : undefined);
  if (!file) {
    throw new Error(
      `Tidak ada daftar desa untuk kabupaten ${options.regencyCode}. Set SELARAS_DESA_FILE ke CSV ` +
        '(kode,nama,jenis,kode_kecamatan[,klaster]). (No desa list for this regency: set SELARAS_DESA_FILE.)',
    );
  }
  const clusters = new Map<string, { cluster: Cluster; basis: string }>();
  if (shipped && !options.desaFile) {
    for (const row of readCsv(path.join(DATA_DIR, shipped.clusters))) {
      clusters.set(row.kode!, { cluster: row.klaster as Cluster, basis: row.dasar ?? '' });
    }
  }
  const rows = readCsv(file).filter((r) => r.kode?.startsWith(options.regencyCode));
  if (rows.length === 0)
    throw new Error(`The desa file ${file} has no desa of regency ${options.regencyCode}`);
  await db
    .insertInto('desa')
    .values(
      rows.map((r) => {
        const known = clusters.get(r.kode!);
        const cluster = (known?.cluster ?? r.klaster ?? 'dataran_rendah') as Cluster;
        return {
          code: r.kode!,
          name: r.nama!,
          kind: r.jenis === 'kelurahan' ? ('kelurahan' as const) : ('desa' as const),
          kecamatan_code: r.kode_kecamatan!,
          kabupaten_code: options.regencyCode,
          cluster,
          cluster_provisional: true,
          cluster_basis: known?.basis ?? (r.klaster ? 'berkas desa' : 'bawaan sementara: belum dikonfirmasi'),
        };
      }),
    )
    .execute();
}

/** The regency's service providers, so partner (`mitra`) accounts have an organisation to belong to. */
async function ensureOrganisations(db: Executor, regencyCode: string): Promise<void> {
  const existing = await db.selectFrom('organisation').select('id').limit(1).execute();
  if (existing.length > 0) return;
  const regency = await db
    .selectFrom('kabupaten')
    .where('code', '=', regencyCode)
    .select('name')
    .executeTakeFirst();
  const rows = readCsv(path.join(DATA_DIR, 'organisations.csv'));
  await db
    .insertInto('organisation')
    .values(
      rows.map((r) => ({
        code: r.kode!,
        name: `${r.nama} ${regency?.name ?? ''}`.trim(),
        kind: r.jenis!,
        kabupaten_code: regencyCode,
      })),
    )
    .execute();
}
