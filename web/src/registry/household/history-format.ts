import type { TFunction } from 'i18next';
import { formatDate } from '../format.ts';
import { type VocabList, vocabLabel } from '../labels.ts';

/** `full_name` → `fullName`: history may name fields after columns or after API fields. */
export function camelField(field: string): string {
  return field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const VOCAB_FIELDS: Record<string, VocabList> = {
  sex: 'sex',
  relation: 'relation',
  maritalStatus: 'maritalStatus',
  education: 'education',
  occupation: 'occupation',
  disabilityType: 'disabilityType',
  disabilitySeverity: 'disabilitySeverity',
  insuranceStatus: 'insuranceStatus',
  insuranceType: 'insuranceType',
  noNikReason: 'noNikReason',
  cluster: 'cluster',
};

const DATE_FIELDS = new Set(['birthDate']);

export function fieldLabel(field: string, t: TFunction): string {
  const key = camelField(field);
  return t(`field.${key}`, { defaultValue: field });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectText(field: string, value: Record<string, unknown>, t: TFunction, language: string): string {
  if (field === 'disability' && typeof value.type === 'string') {
    const severity =
      typeof value.severity === 'string' ? vocabLabel(t, 'disabilitySeverity', value.severity) : '';
    return [vocabLabel(t, 'disabilityType', value.type), severity].filter(Boolean).join(', ');
  }
  if (field === 'insurance' && typeof value.status === 'string') {
    const type = typeof value.type === 'string' ? vocabLabel(t, 'insuranceType', value.type) : '';
    return [vocabLabel(t, 'insuranceStatus', value.status), type].filter(Boolean).join(', ');
  }
  if (field === 'documents') {
    const held = Object.entries(value)
      .filter(([, has]) => has === true)
      .map(([doc]) => fieldLabel(doc, t));
    return held.length > 0 ? held.join(', ') : t('common.none', 'Tidak ada');
  }
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${fieldLabel(k, t)}: ${changeValueText(k, v, t, language)}`)
    .join('; ');
}

/** A value of a changed field, readable: labels for codes, dates as dates, "—" for nothing. */
export function changeValueText(field: string, value: unknown, t: TFunction, language: string): string {
  const key = camelField(field);
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes', 'Ya') : t('common.no', 'Tidak');
  if (typeof value === 'string') {
    const list = VOCAB_FIELDS[key];
    if (list) return vocabLabel(t, list, value);
    if (DATE_FIELDS.has(key)) return formatDate(value, language);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => changeValueText(field, v, t, language)).join(', ');
  if (isRecord(value)) return objectText(key, value, t, language);
  return String(value);
}
