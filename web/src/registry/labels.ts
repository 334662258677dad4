import type { TFunction } from 'i18next';
import type { Option } from '../ui/fields.tsx';

/** Code lists whose labels live in the catalogues under `vocab.<list>.<code>`. */
export type VocabList =
  | 'sex'
  | 'relation'
  | 'maritalStatus'
  | 'education'
  | 'occupation'
  | 'disabilityType'
  | 'disabilitySeverity'
  | 'insuranceStatus'
  | 'insuranceType'
  | 'noNikReason'
  | 'cluster'
  | 'flag'
  | 'historyAction';

/** The label of a code; the code itself when the server sends one the catalogue does not know yet. */
export function vocabLabel(t: TFunction, list: VocabList, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return t(`vocab.${list}.${code}`, { defaultValue: code });
}

export function vocabOptions(t: TFunction, list: VocabList, codes: readonly string[]): Option[] {
  return codes.map((code) => ({ value: code, label: vocabLabel(t, list, code) }));
}
