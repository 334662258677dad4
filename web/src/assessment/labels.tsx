import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, WelfareClass } from '../api/types.ts';

/** The text of an indicator set in the UI language (sets carry Indonesian and English). */
export function localized(text: LocalizedText | undefined | null, language: string): string {
  if (!text) return '';
  return language.startsWith('en') ? text.en : text.id;
}

/** A set's text with its parameters filled in: "{land_area_max_m2}" becomes "500". */
export function fillParams(text: string, parameters: readonly { key: string; value: number }[]): string {
  return text.replace(/\{([a-z][a-z0-9_]*)\}/g, (whole, key: string) => {
    const parameter = parameters.find((p) => p.key === key);
    return parameter ? parameter.value.toLocaleString('id-ID') : whole;
  });
}

/** The plain label of a welfare class; the code itself when the catalogue does not know it. */
export function classLabel(t: TFunction, welfareClass: string): string {
  return t(`vocab.welfareClass.${welfareClass}`, { defaultValue: welfareClass });
}

const BADGE: Record<WelfareClass, string> = {
  sangat_miskin: 'badge-class badge-class-0',
  miskin: 'badge-class badge-class-1',
  hampir_miskin: 'badge-class badge-class-2',
  rentan: 'badge-class badge-class-3',
  tidak_miskin: 'badge-class badge-class-4',
};

/** A welfare class as a coloured badge; the colour only repeats the words. */
export function ClassBadge({ value }: { value: WelfareClass }) {
  const { t } = useTranslation();
  return <span className={`badge ${BADGE[value] ?? 'badge-muted'}`}>{classLabel(t, value)}</span>;
}
