import type { TFunction } from 'i18next';
import type { FieldProblem } from '../api/client.ts';
import type {
  Category,
  Channel,
  IntakeInput,
  IntakeKind,
  PersonMatch,
  Role,
  Sex,
  Urgency,
} from '../api/types.ts';
import type { FieldErrors } from '../ui/use-form.ts';

/** Minimal data of a person not found in the registry, as typed. */
export interface UnregisteredDraft {
  name: string;
  nik: string;
  sex: Sex | '';
  birthYear: string;
  address: string;
  phone: string;
}

export interface ReferralDraft {
  key: string;
  serviceId: string;
  note: string;
}

export type FollowUp = 'refer' | 'resolve' | 'later';

export interface IntakeDraft {
  person: { mode: 'search' } | { mode: 'registered'; match: PersonMatch } | { mode: 'unregistered' };
  unregistered: UnregisteredDraft;
  desa: string;
  channel: Channel | '';
  kind: IntakeKind | '';
  category: Category | '';
  urgency: Urgency | '';
  description: string;
  followUp: FollowUp;
  resolution: string;
  referrals: ReferralDraft[];
}

let rowKey = 0;
export function emptyReferral(): ReferralDraft {
  rowKey += 1;
  return { key: `referral-${rowKey}`, serviceId: '', note: '' };
}

/** The door this user usually works at. */
export function defaultChannel(role: Role): Channel {
  if (role === 'call_center') return 'call_center_119';
  if (role === 'petugas_upt' || role === 'manajer') return 'upt';
  return 'puskesos';
}

export function emptyIntake(role: Role): IntakeDraft {
  return {
    person: { mode: 'search' },
    unregistered: { name: '', nik: '', sex: '', birthYear: '', address: '', phone: '' },
    desa: '',
    channel: defaultChannel(role),
    kind: 'pengaduan',
    category: '',
    urgency: 'sedang',
    description: '',
    followUp: 'refer',
    resolution: '',
    referrals: [emptyReferral()],
  };
}

/** The desa of the intake: the registered person's own, or the one picked for an unregistered person. */
export function intakeDesa(draft: IntakeDraft): string {
  return draft.person.mode === 'registered' ? draft.person.match.desaCode : draft.desa;
}

export function validateIntake(
  draft: IntakeDraft,
  t: TFunction,
  thisYear = new Date().getFullYear(),
): FieldErrors {
  const errors: FieldErrors = {};
  const fail = (field: string, detail: string) => {
    errors[field] = { code: 'INVALID', field, detail } satisfies FieldProblem;
  };
  const required = t('validation.required', 'Wajib diisi.');
  if (draft.person.mode === 'search')
    fail(
      'person',
      t('intake.person.required', 'Pilih orang dari registri, atau catat sebagai belum terdaftar.'),
    );
  if (draft.person.mode === 'unregistered') {
    const u = draft.unregistered;
    if (!u.name.trim()) fail('unregistered.name', required);
    if (u.nik.trim() && !/^\d{16}$/.test(u.nik.replace(/\s/g, '')))
      fail('unregistered.nik', t('validation.nikDigits', 'NIK harus 16 angka.'));
    const year = Number(u.birthYear);
    if (u.birthYear.trim() && (!/^\d{4}$/.test(u.birthYear.trim()) || year < 1900 || year > thisYear))
      fail(
        'unregistered.birthYear',
        t('intake.person.birthYearInvalid', 'Tahun lahir harus 4 angka, misalnya 1980.'),
      );
    if (!draft.desa) fail('desa', required);
  }
  for (const field of ['channel', 'kind', 'category', 'urgency'] as const)
    if (!draft[field]) fail(field, required);
  if (!draft.description.trim()) fail('description', required);
  return { ...errors, ...validateFollowUp(draft, t) };
}

/** The follow-up needs a resolution when resolved in the village, and a service per referral. */
export function validateFollowUp(
  draft: Pick<IntakeDraft, 'followUp' | 'resolution' | 'referrals'>,
  t: TFunction,
): FieldErrors {
  const errors: FieldErrors = {};
  const fail = (field: string, detail: string) => {
    errors[field] = { code: 'INVALID', field, detail } satisfies FieldProblem;
  };
  if (draft.followUp === 'resolve' && !draft.resolution.trim())
    fail('resolution', t('validation.required', 'Wajib diisi.'));
  if (draft.followUp === 'refer')
    draft.referrals.forEach((r, i) => {
      if (!r.serviceId)
        fail(`referrals.${i}.serviceId`, t('intake.referral.serviceRequired', 'Pilih layanan.'));
    });
  return errors;
}

export function toIntakeInput(draft: IntakeDraft): IntakeInput {
  const input: IntakeInput = {
    channel: draft.channel as Channel,
    kind: draft.kind as IntakeKind,
    category: draft.category as Category,
    urgency: draft.urgency as Urgency,
    desa: intakeDesa(draft),
    description: draft.description.trim(),
  };
  if (draft.person.mode === 'registered') input.personId = draft.person.match.personId;
  if (draft.person.mode === 'unregistered') {
    const u = draft.unregistered;
    input.unregistered = { name: u.name.trim() };
    const nik = u.nik.replace(/\s/g, '');
    if (nik) input.unregistered.nik = nik;
    if (u.sex) input.unregistered.sex = u.sex;
    if (u.birthYear.trim()) input.unregistered.birthYear = Number(u.birthYear.trim());
    if (u.address.trim()) input.unregistered.address = u.address.trim();
    if (u.phone.trim()) input.unregistered.phone = u.phone.trim();
  }
  return input;
}

const FORM_FIELDS = new Set(['channel', 'kind', 'category', 'urgency', 'desa', 'description']);

/** The form field for a server field path of POST /intakes. */
export function intakeFieldKey(field: string): string | undefined {
  if (FORM_FIELDS.has(field) || field.startsWith('unregistered.')) return field;
  if (field === 'personId') return 'person';
  return undefined;
}

/** What the person search box asks the match endpoint: a NIK when 16 digits, else a name of 3+ letters. */
export function matchQuery(text: string): { nik: string } | { name: string } | null {
  const compact = text.replace(/[\s.-]/g, '');
  if (/^\d+$/.test(compact)) return compact.length === 16 ? { nik: compact } : null;
  return text.trim().length >= 3 ? { name: text.trim() } : null;
}
