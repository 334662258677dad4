import type { TFunction } from 'i18next';
import type { MemberInput, Person, PersonPatch, Sex } from '../../api/types.ts';
import type { FieldErrors } from '../../ui/use-form.ts';
import { todayIso } from '../format.ts';

/** What the member form holds while someone types: strings as typed, checkboxes as booleans. */
export interface MemberDraft {
  /** Stable React key for lists of members. */
  key: string;
  nik: string;
  noNik: boolean;
  noNikReason: string;
  name: string;
  sex: '' | Sex;
  birthPlace: string;
  birthDate: string;
  relation: string;
  maritalStatus: string;
  education: string;
  occupation: string;
  disabilityType: string;
  disabilitySeverity: string;
  chronicIllness: string;
  pregnant: boolean;
  hasKtp: boolean;
  hasKk: boolean;
  hasBirthCertificate: boolean;
  insuranceStatus: string;
  insuranceType: string;
  nikMismatchReason: string;
}

/** NIK warnings the server accepts once the user gives a reason (`nikMismatchReason`). */
export const NIK_MISMATCH_CODES: readonly string[] = ['NIK_SEX_MISMATCH', 'NIK_BIRTHDATE_MISMATCH'];

let nextKey = 0;

export function emptyMember(relation = ''): MemberDraft {
  nextKey += 1;
  return {
    key: `member-${nextKey}`,
    nik: '',
    noNik: false,
    noNikReason: '',
    name: '',
    sex: '',
    birthPlace: '',
    birthDate: '',
    relation,
    maritalStatus: '',
    education: '',
    occupation: '',
    disabilityType: '',
    disabilitySeverity: '',
    chronicIllness: '',
    pregnant: false,
    hasKtp: false,
    hasKk: false,
    hasBirthCertificate: false,
    insuranceStatus: '',
    insuranceType: '',
    nikMismatchReason: '',
  };
}

export function memberFromPerson(p: Person): MemberDraft {
  return {
    ...emptyMember(p.relation),
    nik: p.nik ?? '',
    noNik: p.nik === null,
    noNikReason: p.noNikReason ?? '',
    name: p.fullName,
    sex: p.sex,
    birthPlace: p.birthPlace ?? '',
    birthDate: p.birthDate,
    maritalStatus: p.maritalStatus ?? '',
    education: p.education ?? '',
    occupation: p.occupation ?? '',
    disabilityType: p.disability?.type ?? '',
    disabilitySeverity: p.disability?.severity ?? '',
    chronicIllness: p.chronicIllness ?? '',
    pregnant: p.pregnant,
    hasKtp: p.documents.ktp,
    hasKk: p.documents.kk,
    hasBirthCertificate: p.documents.birthCertificate,
    insuranceStatus: p.insurance?.status ?? '',
    insuranceType: p.insurance?.type ?? '',
    nikMismatchReason: p.nikMismatchReason ?? '',
  };
}

/** Digits only: people type NIKs with spaces, as printed on the KTP. */
export function compactDigits(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/** The API input for a draft; empty optional fields are left out. */
export function toMemberInput(d: MemberDraft): MemberInput {
  const insured = d.insuranceStatus && d.insuranceStatus !== 'tidak_ada';
  return {
    nik: d.noNik ? undefined : optional(compactDigits(d.nik)),
    noNikReason: d.noNik ? optional(d.noNikReason) : undefined,
    name: d.name.trim(),
    // Validation refuses an empty sex before anything is sent.
    sex: d.sex === '' ? 'L' : d.sex,
    birthDate: d.birthDate,
    birthPlace: optional(d.birthPlace),
    relation: d.relation,
    maritalStatus: optional(d.maritalStatus),
    education: optional(d.education),
    occupation: optional(d.occupation),
    disability: d.disabilityType ? { type: d.disabilityType, severity: d.disabilitySeverity } : undefined,
    chronicIllness: optional(d.chronicIllness),
    pregnant: d.sex === 'P' ? d.pregnant : undefined,
    documents: { ktp: d.hasKtp, kk: d.hasKk, birthCertificate: d.hasBirthCertificate },
    insurance: d.insuranceStatus
      ? { status: d.insuranceStatus, type: insured ? optional(d.insuranceType) : undefined }
      : undefined,
    nikMismatchReason: d.noNik ? undefined : optional(d.nikMismatchReason),
  };
}

/**
 * Only what changed between two drafts, for PATCH. A field that was filled and is now empty is
 * sent as `null` so the server clears it.
 */
export function memberChanges(before: MemberDraft, after: MemberDraft): Omit<PersonPatch, 'version'> {
  const old = toMemberInput(before);
  const next = toMemberInput(after);
  const patch: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)]) as Set<keyof MemberInput>) {
    if (JSON.stringify(old[key]) !== JSON.stringify(next[key])) patch[key] = next[key] ?? null;
  }
  return patch as Omit<PersonPatch, 'version'>;
}

function problem(field: string, code: string, detail: string) {
  return { code, field, detail };
}

/** Client-side checks of the obvious; keys are member-relative (`nik`, `birthDate`). */
export function validateMember(d: MemberDraft, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const required = (field: string) => {
    errors[field] = problem(field, 'REQUIRED', t('validation.required', 'Wajib diisi.'));
  };
  if (d.noNik) {
    if (!d.noNikReason) {
      errors.noNikReason = problem(
        'noNikReason',
        'REQUIRED',
        t('validation.noNikReason', 'Pilih alasan tidak ada NIK.'),
      );
    }
  } else if (!/^\d{16}$/.test(compactDigits(d.nik))) {
    errors.nik = compactDigits(d.nik)
      ? problem('nik', 'NIK_INVALID_LENGTH', t('validation.nikDigits', 'NIK harus 16 angka.'))
      : problem(
          'nik',
          'REQUIRED',
          t('validation.nikRequired', 'Isi NIK, atau centang "Tidak punya NIK" dan pilih alasannya.'),
        );
  }
  if (!d.name.trim()) required('name');
  if (!d.sex) required('sex');
  if (!d.birthDate) required('birthDate');
  else if (d.birthDate > todayIso()) {
    errors.birthDate = problem(
      'birthDate',
      'BIRTHDATE_FUTURE',
      t('validation.birthDateFuture', 'Tanggal lahir tidak boleh setelah hari ini.'),
    );
  }
  if (!d.relation) required('relation');
  if (d.disabilityType && !d.disabilitySeverity) {
    errors['disability.severity'] = problem(
      'disability.severity',
      'REQUIRED',
      t('validation.severity', 'Pilih tingkat disabilitas.'),
    );
  }
  return errors;
}

/** Member fields the form has an input for, by server path; unknown paths go to the form summary. */
const MEMBER_FIELD_ALIASES: Record<string, string> = {
  fullName: 'name',
  disability: 'disability.type',
  insurance: 'insurance.status',
  'documents.ktp': 'documents',
  'documents.kk': 'documents',
  'documents.birthCertificate': 'documents',
};

const MEMBER_FIELDS = new Set([
  'nik',
  'noNikReason',
  'name',
  'sex',
  'birthPlace',
  'birthDate',
  'relation',
  'maritalStatus',
  'education',
  'occupation',
  'disability.type',
  'disability.severity',
  'chronicIllness',
  'pregnant',
  'documents',
  'insurance.status',
  'insurance.type',
  'nikMismatchReason',
]);

/** The member form's key for a member-relative server path, or undefined. */
export function memberFieldKey(path: string): string | undefined {
  const key = MEMBER_FIELD_ALIASES[path] ?? path;
  return MEMBER_FIELDS.has(key) ? key : undefined;
}

/** Whether the server asked for a reason why the NIK does not match sex or birth date. */
export function needsMismatchReason(d: MemberDraft, errors: FieldErrors): boolean {
  return (
    d.nikMismatchReason !== '' ||
    errors.nikMismatchReason !== undefined ||
    Object.values(errors).some((problem) => NIK_MISMATCH_CODES.includes(problem.code))
  );
}
