import type { TFunction } from 'i18next';
import {
  CATEGORIES,
  CHANNELS,
  ESCALATION_CAUSES,
  INTAKE_KINDS,
  INTAKE_STATUSES,
  OUTCOMES,
  REFERRAL_ACTIONS,
  REFERRAL_STATUSES,
  URGENCIES,
} from '../../../src/referral/vocabulary.ts';
import type { Option } from '../ui/fields.tsx';

/** Code lists of intake and referral; labels live in the catalogues under `referralVocab.<list>.<code>`. */
export const REFERRAL_VOCAB = {
  channel: CHANNELS,
  kind: INTAKE_KINDS,
  category: CATEGORIES,
  urgency: URGENCIES,
  intakeStatus: INTAKE_STATUSES,
  status: REFERRAL_STATUSES,
  action: REFERRAL_ACTIONS,
  outcome: OUTCOMES,
  cause: ESCALATION_CAUSES,
} as const;

export type ReferralVocabList = keyof typeof REFERRAL_VOCAB | 'tier';

/** The label of a code; the code itself when the server sends one the catalogue does not know yet. */
export function referralLabel(
  t: TFunction,
  list: ReferralVocabList,
  code: string | number | null | undefined,
) {
  if (code === null || code === undefined || code === '') return '';
  return t(`referralVocab.${list}.${code}`, { defaultValue: String(code) });
}

export function referralOptions(t: TFunction, list: keyof typeof REFERRAL_VOCAB): Option[] {
  return REFERRAL_VOCAB[list].map((code) => ({ value: code, label: referralLabel(t, list, code) }));
}

export const TIER_CODES = [1, 2, 3] as const;
