import type { NewHousehold, NewPerson } from '../db/schema.ts';
import { normalizeName } from '../registry/name.rules.ts';
import type { NO_NIK_REASONS } from '../registry/vocabulary.ts';
import { type DemoAnswers, demoAnswers } from './assessment-answers.ts';
import {
  chronicIllness,
  disability,
  documents,
  education,
  householdInsurance,
  type Insurance,
  memberInsurance,
  occupation,
  type Place,
} from './attributes.ts';
import { birthDateForAge, toDay, toIso } from './calendar.ts';
import { householdShape, type MemberShape } from './household-shape.ts';
import { birthPlace, IdNumberIssuer, origin, RegionPool } from './id-numbers.ts';
import { personName, spellingVariant, typo } from './names.ts';
import { type DemoDesa, householdsPerDesa } from './population.ts';
import { Rng } from './random.ts';
import { type Village, villageOf } from './village.ts';

/**
 * The synthetic demo regency: households and people shaped like Bantaeng, generated from a seed.
 * Pure and deterministic: the same (scale, seed, today, desa, kecamatan codes) always yields the
 * same rows, ids included, so a demo can be rebuilt exactly and tests can rely on it.
 */

type Row<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
/** A `household` row as inserted by the demo (timestamps are left to the database). */
export type HouseholdInsert = Row<Omit<NewHousehold, 'created_at' | 'updated_at'>>;
/** A `person` row as inserted by the demo. */
export type PersonInsert = Row<Omit<NewPerson, 'created_at' | 'updated_at'>>;

export interface DemoInput {
  /** 1 ≈ 55,000 households and 200,000 people. */
  scale: number;
  seed: number;
  /** The desa/kelurahan of one regency (all codes share the 4-digit regency prefix). */
  desa: readonly DemoDesa[];
  /** Current kecamatan codes of Indonesia: NIK regions of people registered elsewhere. */
  kecamatanCodesOfIndonesia: readonly string[];
  /** Reference date 'YYYY-MM-DD' for ages; passed in so the output does not depend on the clock. */
  today: string;
  /** Regency/city names by 4-digit code, for birth places; without it birth_place stays empty. */
  kabupatenNames?: Readonly<Record<string, string>>;
  /** Households per yielded batch (default 1,500 ≈ 5,500 people). */
  batchHouseholds?: number;
}

/** Assessment answers of one household: the BPS set and the local set of its cluster. */
export interface DemoAssessment extends DemoAnswers {
  householdId: string;
  cluster: Village['cluster'];
}

export interface DemoBatch {
  households: HouseholdInsert[];
  people: PersonInsert[];
  assessments: DemoAssessment[];
}

/** What was generated, including the deliberately messy records (returned when the generator ends). */
export interface DemoSummary {
  households: number;
  people: number;
  nikMissing: number;
  nikSexMismatch: number;
  nameTypos: number;
  withDisability: number;
}

export const NIK_SEX_MISMATCH_REASON = 'Data impor: jenis kelamin pada NIK berbeda (demo)';

/** Shares of deliberately messy records, as in real registries. */
const MESS = { sexMismatchAdult: 0.0025, nameTypo: 0.005, upperCase: 0.1, spellingVariant: 0.25 };

function validate(input: DemoInput): string {
  if (!(input.scale > 0 && input.scale <= 50))
    throw new Error(`Demo scale must be in (0, 50], got ${input.scale}`);
  if (!Number.isSafeInteger(input.seed)) throw new Error(`Demo seed must be an integer, got ${input.seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today))
    throw new Error(`Demo date must be YYYY-MM-DD, got ${input.today}`);
  const kabupaten = new Set(input.desa.map((d) => d.code.slice(0, 4)));
  if (kabupaten.size !== 1)
    throw new Error(`Demo needs the desa of exactly one regency, got ${kabupaten.size}`);
  return [...kabupaten][0]!;
}

/** Number of households `generateDemo` will produce (for progress bars). */
export function plannedHouseholds(input: Pick<DemoInput, 'desa' | 'scale'>): number {
  return householdsPerDesa(input.desa, input.scale).reduce((a, b) => a + b, 0);
}

/** Yields the demo regency in batches of whole households; returns a summary at the end. */
export function* generateDemo(input: DemoInput): Generator<DemoBatch, DemoSummary, undefined> {
  const kabupatenCode = validate(input);
  const desa = [...input.desa].sort((a, b) => (a.code < b.code ? -1 : 1));
  const counts = householdsPerDesa(desa, input.scale);
  const ctx: Context = {
    rng: new Rng(input.seed),
    seed: input.seed,
    today: input.today,
    kabupatenCode,
    regions: new RegionPool(input.kecamatanCodesOfIndonesia, kabupatenCode),
    ids: new IdNumberIssuer(),
    kabupatenNames: input.kabupatenNames ?? {},
    summary: { households: 0, people: 0, nikMissing: 0, nikSexMismatch: 0, nameTypos: 0, withDisability: 0 },
  };
  const size = input.batchHouseholds ?? 1500;
  let batch: DemoBatch = { households: [], people: [], assessments: [] };
  for (const [index, d] of desa.entries()) {
    const village = villageOf(d);
    for (let n = 0; n < (counts[index] ?? 0); n++) {
      addHousehold(ctx, village, batch);
      if (batch.households.length >= size) {
        yield batch;
        batch = { households: [], people: [], assessments: [] };
      }
    }
  }
  if (batch.households.length > 0) yield batch;
  return ctx.summary;
}

interface Context {
  rng: Rng;
  seed: number;
  today: string;
  kabupatenCode: string;
  regions: RegionPool;
  ids: IdNumberIssuer;
  kabupatenNames: Readonly<Record<string, string>>;
  summary: DemoSummary;
}

const KK_EARLIEST = toDay('2005-01-01');

function addHousehold(ctx: Context, village: Village, batch: DemoBatch): void {
  const { rng } = ctx;
  const shape = householdShape(rng);
  const householdId = rng.uuid();
  const noble = rng.chance(village.kind === 'kelurahan' ? 0.06 : 0.03);
  const place: Place = { cluster: village.cluster, kelurahan: village.kind === 'kelurahan' };

  const names = new Set<string>();
  const people = shape.map((member) =>
    person(ctx, member, householdId, noble, place, village.kecamatanCode, names),
  );
  const insurance = householdInsurance(rng, people[0]?.occupation ?? null);
  for (const [i, p] of people.entries()) setInsurance(p, memberInsurance(rng, insurance, shape[i]!.age));

  const youngest = Math.max(...people.map((p) => toDay(p.birth_date)));
  const issued = toIso(rng.int(Math.max(KK_EARLIEST, youngest), toDay(ctx.today)));
  const address = village.address(rng);
  batch.households.push({
    id: householdId,
    kabupaten_code: ctx.kabupatenCode,
    kk: ctx.ids.kk(village.kecamatanCode, issued),
    desa_code: village.code,
    ...address,
    latitude: null,
    longitude: null,
    flags: [],
    version: 1,
    created_by: null,
    updated_by: null,
  });
  batch.people.push(...people);
  batch.assessments.push(assessmentOf(ctx, householdId, village, people, shape));
  ctx.summary.households++;
  ctx.summary.people += people.length;
}

const EARNING_NOTHING = new Set(['belum_bekerja', 'pelajar', 'tidak_bekerja']);

/** Answers correlated with the household as generated: size, the head's work and schooling, disability, cluster. */
function assessmentOf(
  ctx: Context,
  householdId: string,
  village: Village,
  people: PersonInsert[],
  shape: MemberShape[],
): DemoAssessment {
  const head = people[0];
  const severities = people.map((p) => p.disability_severity);
  const answers = demoAnswers({
    householdId,
    seed: ctx.seed,
    cluster: village.cluster,
    kelurahan: village.kind === 'kelurahan',
    size: people.length,
    headOccupation: head?.occupation ?? null,
    headEducation: head?.education ?? null,
    disability: severities.includes('berat')
      ? 'severe'
      : severities.some((s) => s !== null)
        ? 'some'
        : 'none',
    dependants: people.filter((p) => EARNING_NOTHING.has(p.occupation ?? '')).length,
    schoolAgeChildren: shape.filter((m) => m.age >= 7 && m.age <= 18).length,
    insuredAll: people.every((p) => p.insurance_status === 'aktif'),
    today: ctx.today,
  });
  return { householdId, cluster: village.cluster, ...answers };
}

function setInsurance(p: PersonInsert, insurance: Insurance): void {
  // PBI enrolment needs a NIK: people without one are not covered yet.
  const covered = p.nik === null ? { status: 'tidak_ada', type: null } : insurance;
  p.insurance_status = covered.status;
  p.insurance_type = covered.type;
}

function noNikReason(age: number): (typeof NO_NIK_REASONS)[number] {
  if (age < 1) return 'bayi_belum_terdaftar';
  return age >= 60 ? 'tidak_punya_dokumen' : 'tidak_diketahui';
}

/** Babies not yet registered and old people without documents are most of the missing NIKs. */
function nikMissingChance(age: number): number {
  if (age < 1) return 0.3;
  if (age < 5) return 0.03;
  return age >= 75 ? 0.05 : 0.0012;
}

/** A name with natural spelling variation and, rarely, a data-entry typo (`typo` says so). */
function fullName(
  rng: Rng,
  member: MemberShape,
  birthYear: number,
  noble: boolean,
): { name: string; typo: boolean } {
  const haji = member.age >= 45 && rng.chance(member.age >= 60 ? 0.1 : 0.05);
  let name = personName(rng, { sex: member.sex, birthYear, noble, adult: member.age >= 20, haji });
  if (rng.chance(MESS.spellingVariant)) name = spellingVariant(rng, name);
  const typoed = rng.chance(MESS.nameTypo);
  if (typoed) name = typo(rng, name);
  return { name: rng.chance(MESS.upperCase) ? name.toUpperCase() : name, typo: typoed };
}

function person(
  ctx: Context,
  member: MemberShape,
  householdId: string,
  householdNoble: boolean,
  place: Place,
  kecamatanCode: string,
  takenNames: Set<string>,
): PersonInsert {
  const { rng } = ctx;
  const { age, sex } = member;
  const birthDate = birthDateForAge(rng, ctx.today, age);
  const noble =
    member.relation === 'kepala_keluarga' || member.descendant
      ? householdNoble
      : rng.chance(householdNoble ? 0.5 : 0.02);
  // Two members of one family are not given the same name (a second draw almost always differs).
  let drawn = fullName(rng, member, Number(birthDate.slice(0, 4)), noble);
  let nameNorm = normalizeName(drawn.name);
  for (let retry = 0; retry < 3 && takenNames.has(nameNorm); retry++) {
    drawn = fullName(rng, member, Number(birthDate.slice(0, 4)), noble);
    nameNorm = normalizeName(drawn.name);
  }
  takenNames.add(nameNorm);
  if (drawn.typo) ctx.summary.nameTypos++;

  const region = ctx.regions.regionCode(rng, origin(rng, member.relation, age), kecamatanCode);
  const missing = rng.chance(nikMissingChance(age));
  const mismatch = !missing && age >= 17 && rng.chance(MESS.sexMismatchAdult);
  const nikSex = mismatch ? (sex === 'L' ? 'P' : 'L') : sex;
  const nik = missing ? null : ctx.ids.nik(region, nikSex, birthDate);
  if (missing) ctx.summary.nikMissing++;
  if (mismatch) ctx.summary.nikSexMismatch++;

  const schooling = education(rng, age, place);
  let work = occupation(rng, { age, sex, married: member.marital !== 'belum_kawin' }, schooling, place);
  const impairment = disability(rng, age);
  if (impairment) ctx.summary.withDisability++;
  if (impairment?.severity === 'berat' && age >= 18) work = 'tidak_bekerja';
  const docs = documents(rng, age, member.marital !== 'belum_kawin');
  const pregnant = sex === 'P' && member.marital === 'kawin' && age >= 18 && age <= 42 && rng.chance(0.07);

  return {
    id: rng.uuid(),
    kabupaten_code: ctx.kabupatenCode,
    household_id: householdId,
    nik,
    full_name: drawn.name,
    name_norm: nameNorm,
    sex,
    birth_place: rng.chance(0.01) ? null : birthPlace(ctx.kabupatenNames, region),
    birth_date: birthDate,
    relation: member.relation,
    marital_status: member.marital,
    education: schooling,
    occupation: work,
    disability_type: impairment?.type ?? null,
    disability_severity: impairment?.severity ?? null,
    chronic_illness: chronicIllness(rng, age),
    pregnant,
    has_ktp: nik !== null && docs.hasKtp,
    has_kk: !(missing && age < 1),
    has_birth_certificate: docs.hasBirthCertificate,
    insurance_status: null,
    insurance_type: null,
    nik_mismatch_reason: mismatch ? NIK_SEX_MISMATCH_REASON : null,
    no_nik_reason: missing ? noNikReason(age) : null,
    flags: missing ? ['NIK_MISSING'] : mismatch ? ['NIK_SEX_MISMATCH'] : [],
    version: 1,
    created_by: null,
    updated_by: null,
  };
}
