import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { reclassifyWithin } from '../assessment/reclassify.service.ts';
import type { DB } from '../db/schema.ts';
import {
  type DemoBatch,
  generateDemo,
  type HouseholdInsert,
  type PersonInsert,
  plannedHouseholds,
} from './generate.ts';

export interface LoadDemoOptions {
  /** 1 ≈ 55,000 households and 200,000 people. */
  scale: number;
  seed: number;
  /** Reference date 'YYYY-MM-DD' for ages and document dates. */
  today: string;
  /** Regency to fill (its desa must be loaded); default 7303, Bantaeng. */
  kabupatenCode?: string;
  /** Delete the regency's people, households and record history first (the audit log stays). */
  replace?: boolean;
  /** Called after each batch with households loaded so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadDemoResult {
  households: number;
  people: number;
  /** Assessment results made from the demo answers (about two per household: BPS and local). */
  classified: number;
  ms: number;
}

type Executor = Kysely<DB> | Transaction<DB>;

/** SQL type of each inserted column; `satisfies` keeps this list in step with the row types. */
const HOUSEHOLD_COLUMNS = {
  id: 'uuid',
  kabupaten_code: 'text',
  kk: 'text',
  desa_code: 'text',
  dusun: 'text',
  rt: 'text',
  rw: 'text',
  address: 'text',
  latitude: 'float8',
  longitude: 'float8',
  flags: 'text[]',
  version: 'int4',
  created_by: 'uuid',
  updated_by: 'uuid',
} as const satisfies Record<keyof HouseholdInsert, string>;

const PERSON_COLUMNS = {
  id: 'uuid',
  kabupaten_code: 'text',
  household_id: 'uuid',
  nik: 'text',
  full_name: 'text',
  name_norm: 'text',
  sex: 'text',
  birth_place: 'text',
  birth_date: 'date',
  relation: 'text',
  marital_status: 'text',
  education: 'text',
  occupation: 'text',
  disability_type: 'text',
  disability_severity: 'text',
  chronic_illness: 'text',
  pregnant: 'bool',
  has_ktp: 'bool',
  has_kk: 'bool',
  has_birth_certificate: 'bool',
  insurance_status: 'text',
  insurance_type: 'text',
  nik_mismatch_reason: 'text',
  no_nik_reason: 'text',
  flags: 'text[]',
  version: 'int4',
  created_by: 'uuid',
  updated_by: 'uuid',
} as const satisfies Record<keyof PersonInsert, string>;

/** Assessment rows of the demo: the answers of each household, per scheme (see assessment-answers.ts). */
interface AssessmentInsert {
  id: string;
  kabupaten_code: string;
  household_id: string;
  scheme: string;
  set_id: string;
  assessed_on: string;
  answers: string;
}
const ASSESSMENT_COLUMNS = {
  id: 'uuid',
  kabupaten_code: 'text',
  household_id: 'uuid',
  scheme: 'text',
  set_id: 'uuid',
  assessed_on: 'date',
  answers: 'jsonb',
} as const satisfies Record<keyof AssessmentInsert, string>;
interface HouseholdClassInsert {
  household_id: string;
  scheme: string;
  kabupaten_code: string;
  assessment_id: string;
  answers: string;
}
const HOUSEHOLD_CLASS_COLUMNS = {
  household_id: 'uuid',
  scheme: 'text',
  kabupaten_code: 'text',
  assessment_id: 'uuid',
  answers: 'jsonb',
} as const satisfies Record<keyof HouseholdClassInsert, string>;

/** A PostgreSQL array literal of plain codes (flags never contain quotes, commas or braces). */
const arrayLiteral = (values: readonly string[]) => `{${values.join(',')}}`;

/**
 * INSERT … SELECT FROM unnest(…): one array parameter per column, so a batch of thousands of rows
 * is one statement with a fixed number of parameters, on PGlite and PostgreSQL alike. Array
 * columns travel as array literals in a text[] and are cast back per row.
 */
function bulkInsert<R extends object>(
  table: 'household' | 'person' | 'assessment' | 'household_class',
  columns: Readonly<Record<keyof R & string, string>>,
  rows: readonly R[],
): RawBuilder<unknown> {
  const names = Object.keys(columns) as (keyof R & string)[];
  const arrays = names.map((name) => {
    const type = columns[name];
    const values = rows.map((row) => row[name as keyof R] as unknown);
    if (type === 'text[]') return sql`${values.map((v) => arrayLiteral(v as string[]))}::text[]`;
    return sql`${values}::${sql.raw(type)}[]`;
  });
  const selected = names.map((name) =>
    columns[name] === 'text[]' ? sql`${sql.ref(`t.${name}`)}::text[]` : sql.ref(`t.${name}`),
  );
  return sql`insert into ${sql.table(table)} (${sql.join(names.map((n) => sql.ref(n)))})
    select ${sql.join(selected)} from unnest(${sql.join(arrays)}) as t(${sql.join(names.map((n) => sql.ref(n)))})`;
}

/** Active set per scheme and cluster (`bps:pesisir`), to file the demo answers under. */
type ActiveSets = ReadonlyMap<string, string>;

async function activeSets(db: Executor, kabupatenCode: string): Promise<ActiveSets> {
  const rows = await db
    .selectFrom('indicator_set')
    .where('kabupaten_code', '=', kabupatenCode)
    .where('status', '=', 'active')
    .select(['id', 'scheme', 'clusters'])
    .execute();
  return new Map(rows.flatMap((r) => r.clusters.map((c) => [`${r.scheme}:${c}`, r.id] as const)));
}

async function insertBatch(db: Executor, batch: DemoBatch, sets: ActiveSets): Promise<void> {
  await bulkInsert('household', HOUSEHOLD_COLUMNS, batch.households).execute(db);
  await bulkInsert('person', PERSON_COLUMNS, batch.people).execute(db);
  const visits = batch.assessments.flatMap((a) =>
    (['bps', 'lokal'] as const).flatMap((scheme): AssessmentInsert[] => {
      const setId = sets.get(`${scheme}:${a.cluster}`);
      if (!setId) return [];
      return [
        {
          id: a.ids[scheme],
          kabupaten_code: batch.households[0]!.kabupaten_code,
          household_id: a.householdId,
          scheme,
          set_id: setId,
          assessed_on: a.assessedOn,
          answers: JSON.stringify(a[scheme]),
        },
      ];
    }),
  );
  if (visits.length === 0) return;
  await bulkInsert('assessment', ASSESSMENT_COLUMNS, visits).execute(db);
  await bulkInsert(
    'household_class',
    HOUSEHOLD_CLASS_COLUMNS,
    visits.map((v) => ({
      household_id: v.household_id,
      scheme: v.scheme,
      kabupaten_code: v.kabupaten_code,
      assessment_id: v.id,
      answers: v.answers,
    })),
  ).execute(db);
}

async function readInput(db: Executor, kabupatenCode: string) {
  const desa = await db
    .selectFrom('desa')
    .where('kabupaten_code', '=', kabupatenCode)
    .select(['code', 'kecamatan_code', 'kind', 'cluster'])
    .orderBy('code')
    .execute();
  if (desa.length === 0) {
    throw new Error(
      `Tidak ada desa untuk kabupaten ${kabupatenCode}: muat data wilayah dulu. ` +
        `(No desa of regency ${kabupatenCode}: load the reference data first.)`,
    );
  }
  const kecamatan = await db
    .selectFrom('kecamatan')
    .where('retired', '=', false)
    .select('code')
    .orderBy('code')
    .execute();
  const kabupaten = await db.selectFrom('kabupaten').select(['code', 'name']).execute();
  return {
    desa: desa.map((d) => ({
      code: d.code,
      kecamatanCode: d.kecamatan_code,
      kind: d.kind,
      cluster: d.cluster,
    })),
    kecamatanCodesOfIndonesia: kecamatan.map((k) => k.code),
    kabupatenNames: Object.fromEntries(kabupaten.map((k) => [k.code, k.name])),
  };
}

async function clearRegistry(db: Executor, kabupatenCode: string, replace: boolean): Promise<void> {
  const existing = await db
    .selectFrom('household')
    .where('kabupaten_code', '=', kabupatenCode)
    .select('id')
    .limit(1)
    .executeTakeFirst();
  if (!existing) return;
  if (!replace) {
    throw new Error(
      `Registri kabupaten ${kabupatenCode} sudah berisi keluarga; demo hanya dimuat ke registri kosong ` +
        '(pakai --replace untuk menghapusnya dulu). ' +
        `(The registry of regency ${kabupatenCode} already has households: use --replace to delete them first.)`,
    );
  }
  await db.deleteFrom('record_history').where('kabupaten_code', '=', kabupatenCode).execute();
  await db.deleteFrom('household_class').where('kabupaten_code', '=', kabupatenCode).execute();
  await db.deleteFrom('assessment_result').where('kabupaten_code', '=', kabupatenCode).execute();
  await db.deleteFrom('assessment').where('kabupaten_code', '=', kabupatenCode).execute();
  await db.deleteFrom('person').where('kabupaten_code', '=', kabupatenCode).execute();
  await db.deleteFrom('household').where('kabupaten_code', '=', kabupatenCode).execute();
}

/** Drops an index and returns its definition (as the migrations made it) to recreate it later. */
async function dropIndex(db: Executor, name: string): Promise<string | undefined> {
  const { rows } = await sql<{ indexdef: string }>`
    select indexdef from pg_indexes where schemaname = current_schema() and indexname = ${name}`.execute(db);
  const definition = rows[0]?.indexdef;
  if (definition) await sql`drop index ${sql.ref(name)}`.execute(db);
  return definition;
}

/**
 * Loads the synthetic demo regency (see `generate.ts`) into an empty registry, in one
 * transaction: a failed load leaves nothing behind. The trigram name index is dropped during the
 * load and rebuilt once at the end, which is several times faster than maintaining it row by
 * row. Ends with one audit entry (counts only, no names).
 */
export async function loadDemo(db: Kysely<DB>, options: LoadDemoOptions): Promise<LoadDemoResult> {
  const started = performance.now();
  const kabupatenCode = options.kabupatenCode ?? '7303';
  return db.transaction().execute(async (tx) => {
    await clearRegistry(tx, kabupatenCode, options.replace ?? false);
    const input = {
      ...(await readInput(tx, kabupatenCode)),
      scale: options.scale,
      seed: options.seed,
      today: options.today,
    };
    const total = plannedHouseholds(input);
    options.onProgress?.(0, total);

    const trigramIndex = await dropIndex(tx, 'person_name_trgm');
    const sets = await activeSets(tx, kabupatenCode);
    const batches = generateDemo(input);
    let next = batches.next();
    let done = 0;
    while (!next.done) {
      await insertBatch(tx, next.value, sets);
      done += next.value.households.length;
      options.onProgress?.(done, total);
      next = batches.next();
    }
    if (trigramIndex) await sql.raw(trigramIndex).execute(tx);
    // Fresh statistics for the planner: the bulk load changed every large table.
    await sql`analyze household, person, assessment, household_class`.execute(tx);
    // The answers are classified under the version they were given for: their first results.
    const classified = await reclassifyWithin(tx, { kabupatenCode, actorId: null, kind: 'field' });
    await sql`analyze assessment_result, household_class`.execute(tx);

    const summary = next.value;
    await tx
      .insertInto('audit_log')
      .values({
        kabupaten_code: kabupatenCode,
        action: 'demo.load',
        details: JSON.stringify({
          scale: options.scale,
          seed: options.seed,
          today: options.today,
          replaced: options.replace ?? false,
          households: summary.households,
          people: summary.people,
          classified: classified.households,
        }),
      })
      .execute();
    return {
      households: summary.households,
      people: summary.people,
      classified: classified.households,
      ms: Math.round(performance.now() - started),
    };
  });
}
