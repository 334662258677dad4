import type { TFunction } from 'i18next';
import type { Answers, AnswerValue, Indicator } from '../api/types.ts';
import type { FieldErrors } from '../ui/use-form.ts';
import type { DraftAnswers } from './answer-draft.ts';

/** The form field of an indicator's answer, as the server names it in `errors[].field`. */
export function answerField(code: string): string {
  return `answers.${code}`;
}

/** Reads a decimal typed with a comma (Indonesian) or a point. */
export function parseDecimal(raw: string): number | undefined {
  const text = raw.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** The typed answer of one control, or undefined when it is empty or not a number. */
export function toAnswerValue(indicator: Indicator, raw: string | undefined): AnswerValue | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  switch (indicator.answer.type) {
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'number':
      return parseDecimal(raw);
    case 'choice':
      return raw;
  }
}

/** The answers to send: only the ones given (an unanswered optional question is left out). */
export function toAnswers(indicators: readonly Indicator[], draft: DraftAnswers): Answers {
  const answers: Answers = {};
  for (const indicator of indicators) {
    const value = toAnswerValue(indicator, draft[indicator.key]);
    if (value !== undefined) answers[indicator.key] = value;
  }
  return answers;
}

/** The client's own check of one answer; the server stays the authority. */
export function validateAnswer(indicator: Indicator, raw: string | undefined, t: TFunction) {
  const field = answerField(indicator.key);
  const empty = raw === undefined || raw.trim() === '';
  if (empty) {
    return indicator.required
      ? {
          field,
          code: 'REQUIRED',
          detail: t('assessment.validation.required', 'Pertanyaan ini wajib dijawab.'),
        }
      : undefined;
  }
  if (indicator.answer.type !== 'number') return undefined;
  const value = parseDecimal(raw);
  if (value === undefined)
    return { field, code: 'NOT_A_NUMBER', detail: t('assessment.validation.number', 'Isi dengan angka.') };
  const { min, max } = indicator.answer;
  if (indicator.answer.integer && !Number.isInteger(value))
    return {
      field,
      code: 'NOT_INTEGER',
      detail: t('assessment.validation.integer', 'Isi dengan bilangan bulat.'),
    };
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return { field, code: 'OUT_OF_RANGE', detail: rangeText(indicator, t) };
  return undefined;
}

export function validateAnswers(
  indicators: readonly Indicator[],
  draft: DraftAnswers,
  t: TFunction,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const indicator of indicators) {
    const problem = validateAnswer(indicator, draft[indicator.key], t);
    if (problem) errors[problem.field] = problem;
  }
  return errors;
}

/** "Antara 0 dan 500 m²", "Paling sedikit 0", or an empty string when there is no range. */
export function rangeText(indicator: Indicator, t: TFunction): string {
  if (indicator.answer.type !== 'number') return '';
  const { min, max } = indicator.answer;
  const unit = indicator.answer.unit ? ` ${indicator.answer.unit}` : '';
  if (min !== undefined && max !== undefined)
    return t('assessment.range.between', 'Antara {{min}} dan {{max}}{{unit}}.', { min, max, unit });
  if (min !== undefined)
    return t('assessment.range.atLeast', 'Paling sedikit {{min}}{{unit}}.', { min, unit });
  if (max !== undefined) return t('assessment.range.atMost', 'Paling banyak {{max}}{{unit}}.', { max, unit });
  return '';
}

/**
 * The form field of a server error: `answers.<code>` (or `answers.<code>.value`) points at that
 * indicator; coordinates at the location; anything else has no field in the form.
 */
export function assessmentFieldKey(
  indicators: readonly Indicator[],
  serverField: string,
): string | undefined {
  const match = /^answers\.([^.]+)/.exec(serverField);
  if (match) {
    const code = match[1] ?? '';
    return indicators.some((i) => i.key === code) ? answerField(code) : undefined;
  }
  if (/^(location|latitude|longitude)/.test(serverField)) return 'location';
  return undefined;
}

/** The step of the first indicator with an error, in question order; -1 when none has one. */
export function firstErrorStep(indicators: readonly Indicator[], fields: readonly string[]): number {
  return indicators.findIndex((i) => fields.includes(answerField(i.key)));
}

/** A typed number as people read it: "Rp 2.000.000", "30 m²", "24,5 m²". */
export function formatNumber(raw: string, unit: string | undefined, language: string): string {
  const value = parseDecimal(raw);
  if (value === undefined) return unit ? `${raw} ${unit}` : raw;
  const text = value.toLocaleString(language.startsWith('en') ? 'en-GB' : 'id-ID');
  if (unit === 'Rp') return `Rp ${text}`;
  return unit ? `${text} ${unit}` : text;
}
