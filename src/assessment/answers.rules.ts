import type { FieldError } from '../platform/errors.ts';
import type { Answers } from './assessment.schema.ts';
import type { IndicatorSetDefinition } from './indicator-set.schema.ts';

/**
 * Checks answers against a set: every key known, required ones given, each of the right type and
 * in range. Errors are per field, `answers.<indicatorKey>`, so the form can mark the question.
 */
export function checkAnswers(definition: IndicatorSetDefinition, answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Set(definition.indicators.map((i) => i.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) errors.push({ field: `answers.${key}`, code: 'ANSWER_UNKNOWN_INDICATOR' });
  }
  for (const indicator of definition.indicators) {
    const field = `answers.${indicator.key}`;
    const value = answers[indicator.key];
    if (value === undefined || value === null) {
      if (indicator.required) errors.push({ field, code: 'ANSWER_REQUIRED' });
      continue;
    }
    const spec = indicator.answer;
    switch (spec.type) {
      case 'boolean':
        if (typeof value !== 'boolean')
          errors.push({ field, code: 'ANSWER_TYPE_INVALID', params: { expected: 'boolean' } });
        break;
      case 'choice':
        if (typeof value !== 'string')
          errors.push({ field, code: 'ANSWER_TYPE_INVALID', params: { expected: 'choice' } });
        else if (!spec.options.some((o) => o.value === value))
          errors.push({ field, code: 'ANSWER_CHOICE_INVALID' });
        break;
      case 'number':
        if (typeof value !== 'number')
          errors.push({ field, code: 'ANSWER_TYPE_INVALID', params: { expected: 'number' } });
        else if (spec.integer && !Number.isInteger(value)) errors.push({ field, code: 'ANSWER_NOT_INTEGER' });
        else if (value < spec.min || value > spec.max)
          errors.push({
            field,
            code: 'ANSWER_OUT_OF_RANGE',
            params: { min: spec.min, max: spec.max, unit: spec.unit ?? '' },
          });
        break;
    }
  }
  return errors;
}

/** The answers worth storing: known keys only, unanswered ones left out. */
export function cleanAnswers(definition: IndicatorSetDefinition, answers: Answers): Answers {
  const out: Answers = {};
  for (const indicator of definition.indicators) {
    const value = answers[indicator.key];
    if (value !== undefined && value !== null) out[indicator.key] = value;
  }
  return out;
}
