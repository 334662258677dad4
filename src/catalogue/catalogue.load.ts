import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Executor } from '../audit/audit.repo.ts';

const SERVICES_CSV = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'services.csv');

const list = (value: string | undefined) =>
  (value ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/**
 * Seeds the starting services catalogue of the regency (data/services.csv) once, when it has no
 * service yet; afterwards `admin` edits it. Services whose organisation is missing are skipped.
 */
export async function ensureServiceCatalogue(db: Executor, regencyCode: string): Promise<void> {
  const existing = await db
    .selectFrom('service')
    .where('kabupaten_code', '=', regencyCode)
    .select('id')
    .limit(1)
    .execute();
  if (existing.length > 0) return;
  const organisations = await db
    .selectFrom('organisation')
    .where('kabupaten_code', '=', regencyCode)
    .select(['id', 'code'])
    .execute();
  const orgId = new Map(organisations.map((o) => [o.code, o.id]));
  const rows: Record<string, string>[] = parse(fs.readFileSync(SERVICES_CSV, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  const values = rows
    .filter((r) => orgId.has(r.organisasi!))
    .map((r) => ({
      kabupaten_code: regencyCode,
      code: r.kode!,
      name: r.nama!,
      category: r.kategori!,
      organisation_id: orgId.get(r.organisasi!)!,
      tier: Number(r.tingkat),
      accept_days: Number(r.hari_terima),
      complete_days: Number(r.hari_selesai),
      required_documents: list(r.dokumen),
      eligibility: r.kelayakan ?? '',
      person_fields: list(r.data_orang),
    }));
  if (values.length > 0) await db.insertInto('service').values(values).execute();
}
