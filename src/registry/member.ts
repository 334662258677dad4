import type { NewPerson } from '../db/schema.ts';
import type { FieldError } from '../platform/errors.ts';
import { normalizeName } from './name.rules.ts';
import type { RegionLookup } from './nik.rules.ts';
import { checkIdentity } from './person.rules.ts';
import type { MemberInput } from './person.schema.ts';

type PersonColumns = Omit<
  NewPerson,
  'kabupaten_code' | 'household_id' | 'created_at' | 'created_by' | 'updated_at' | 'updated_by' | 'version'
>;

/** Columns of the fields present in the input (absent fields are left unchanged on update). */
export function personColumns(input: Partial<MemberInput>): Partial<PersonColumns> {
  const c: Partial<PersonColumns> = {};
  if (input.name !== undefined) {
    c.full_name = input.name.trim().replace(/\s+/g, ' ');
    c.name_norm = normalizeName(input.name);
  }
  if (input.sex !== undefined) c.sex = input.sex;
  if (input.birthDate !== undefined) c.birth_date = input.birthDate;
  if (input.birthPlace !== undefined) c.birth_place = input.birthPlace || null;
  if (input.relation !== undefined) c.relation = input.relation;
  if (input.maritalStatus !== undefined) c.marital_status = input.maritalStatus;
  if (input.education !== undefined) c.education = input.education;
  if (input.occupation !== undefined) c.occupation = input.occupation;
  if (input.disability !== undefined) {
    c.disability_type = input.disability?.type ?? null;
    c.disability_severity = input.disability?.severity ?? null;
  }
  if (input.chronicIllness !== undefined) c.chronic_illness = input.chronicIllness || null;
  if (input.pregnant !== undefined) c.pregnant = input.pregnant;
  if (input.documents?.ktp !== undefined) c.has_ktp = input.documents.ktp;
  if (input.documents?.kk !== undefined) c.has_kk = input.documents.kk;
  if (input.documents?.birthCertificate !== undefined)
    c.has_birth_certificate = input.documents.birthCertificate;
  if (input.insurance !== undefined) {
    c.insurance_status = input.insurance?.status ?? null;
    c.insurance_type = input.insurance?.type ?? null;
  }
  if (input.nikMismatchReason !== undefined) c.nik_mismatch_reason = input.nikMismatchReason || null;
  if (input.noNikReason !== undefined) c.no_nik_reason = input.noNikReason;
  return c;
}

/** Validates new members (identity, duplicates inside the request) and builds their rows. */
export function prepareMembers(
  members: MemberInput[],
  regions: RegionLookup,
  today: string,
  path = 'members',
): { rows: PersonColumns[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const rows = members.map((member, index) => {
    const at = path ? `${path}.${index}` : '';
    const identity = checkIdentity(member, regions, today, at);
    errors.push(...identity.errors);
    if (identity.nik && identity.errors.length === 0) {
      if (seen.has(identity.nik)) errors.push({ field: at ? `${at}.nik` : 'nik', code: 'NIK_DUPLICATE' });
      seen.set(identity.nik, index);
    }
    const columns = personColumns(member) as PersonColumns;
    return {
      ...columns,
      nik: identity.nik,
      flags: identity.flags,
      nik_mismatch_reason: identity.flags.some((f) => f !== 'NIK_MISSING')
        ? (member.nikMismatchReason ?? null)
        : null,
      no_nik_reason: identity.nik ? null : (member.noNikReason ?? null),
    };
  });
  return { rows, errors };
}
