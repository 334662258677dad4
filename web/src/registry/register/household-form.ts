import type { TFunction } from 'i18next';
import type { HouseholdInput } from '../../api/types.ts';
import type { FieldErrors } from '../../ui/use-form.ts';
import {
  compactDigits,
  emptyMember,
  type MemberDraft,
  memberFieldKey,
  toMemberInput,
  validateMember,
} from '../member/member-form.ts';

export interface HouseholdDraft {
  kk: string;
  /** The family has no Kartu Keluarga yet; the server records the household without a number. */
  noKk: boolean;
  desa: string;
  dusun: string;
  rt: string;
  rw: string;
  addressText: string;
  /** The first member is the head of household. */
  members: MemberDraft[];
}

export function emptyHousehold(desa = ''): HouseholdDraft {
  return {
    kk: '',
    noKk: false,
    desa,
    dusun: '',
    rt: '',
    rw: '',
    addressText: '',
    members: [emptyMember('kepala_keluarga')],
  };
}

export function toHouseholdInput(d: HouseholdDraft): HouseholdInput {
  const address = {
    dusun: d.dusun.trim() || undefined,
    rt: d.rt.trim() || undefined,
    rw: d.rw.trim() || undefined,
    text: d.addressText.trim() || undefined,
  };
  return {
    kk: d.noKk ? null : compactDigits(d.kk),
    desa: d.desa,
    address: Object.values(address).some(Boolean) ? address : undefined,
    members: d.members.map(toMemberInput),
  };
}

export function validateHousehold(d: HouseholdDraft, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!d.noKk && !/^\d{16}$/.test(compactDigits(d.kk))) {
    errors.kk = {
      field: 'kk',
      code: d.kk.trim() ? 'KK_INVALID_LENGTH' : 'REQUIRED',
      detail: d.kk.trim()
        ? t('validation.kkDigits', 'Nomor KK harus 16 angka.')
        : t('validation.kkRequired', 'Isi nomor KK, atau centang "Belum punya KK".'),
    };
  }
  if (!d.desa)
    errors.desa = { field: 'desa', code: 'REQUIRED', detail: t('validation.required', 'Wajib diisi.') };
  for (const key of ['rt', 'rw'] as const) {
    if (d[key].trim() && !/^\d{1,3}$/.test(d[key].trim())) {
      errors[`address.${key}`] = {
        field: `address.${key}`,
        code: 'INVALID',
        detail: t('validation.rtRw', 'Isi dengan angka, paling banyak 3 angka.'),
      };
    }
  }
  d.members.forEach((member, index) => {
    for (const [path, problem] of Object.entries(validateMember(member, t))) {
      errors[`members.${index}.${path}`] = problem;
    }
  });
  return errors;
}

const HOUSEHOLD_FIELD_ALIASES: Record<string, string> = {
  desaCode: 'desa',
  dusun: 'address.dusun',
  rt: 'address.rt',
  rw: 'address.rw',
  address: 'address.text',
};
const HOUSEHOLD_FIELDS = new Set(['kk', 'desa', 'address.dusun', 'address.rt', 'address.rw', 'address.text']);

/** The register form's key for a server field path (`members.1.nik`, `kk`), or undefined. */
export function householdFieldKey(path: string): string | undefined {
  const member = /^members\.(\d+)\.(.+)$/.exec(path);
  if (member) {
    const key = memberFieldKey(member[2] ?? '');
    return key === undefined ? undefined : `members.${member[1]}.${key}`;
  }
  const key = HOUSEHOLD_FIELD_ALIASES[path] ?? path;
  return HOUSEHOLD_FIELDS.has(key) ? key : undefined;
}
