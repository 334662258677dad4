import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { z } from 'zod';
import type { FieldError } from '../platform/errors.ts';
import {
  type ClassThreshold,
  type Condition,
  type Criterion,
  type Indicator,
  type IndicatorSetDefinition,
  indicatorSetDefinitionSchema,
} from './indicator-set.schema.ts';
import { classRank } from './vocabulary.ts';

/**
 * Rules of the indicator-set document beyond its shape: unique keys, references between
 * indicators, parameters and choices, and the order of class thresholds. Pure; every problem is a
 * field error with the path of the offending field (`indicators.3.criterion.values`).
 */

/** The conditions of a criterion with their path below it. */
export function conditionsOf(criterion: Criterion): { condition: Condition; path: string }[] {
  if ('op' in criterion) return [{ condition: criterion, path: '' }];
  if ('all' in criterion) return criterion.all.map((condition, i) => ({ condition, path: `all.${i}` }));
  return criterion.any.flatMap((part, i) =>
    'op' in part
      ? [{ condition: part, path: `any.${i}` }]
      : part.all.map((condition, j) => ({ condition, path: `any.${i}.all.${j}` })),
  );
}

function duplicates(keys: string[]): Set<number> {
  const seen = new Map<string, number>();
  const dup = new Set<number>();
  keys.forEach((key, i) => {
    if (seen.has(key)) dup.add(i);
    else seen.set(key, i);
  });
  return dup;
}

function checkCondition(
  condition: Condition,
  own: Indicator,
  byKey: Map<string, Indicator>,
  params: Set<string>,
  at: (field: string) => string,
): FieldError[] {
  const errors: FieldError[] = [];
  const target = condition.indicator === undefined ? own : byKey.get(condition.indicator);
  if (!target) return [{ field: at('indicator'), code: 'SET_INDICATOR_UNKNOWN' }];
  const expected =
    condition.op === 'yes' || condition.op === 'no' ? 'boolean' : condition.op === 'in' ? 'choice' : 'number';
  if (target.answer.type !== expected) {
    return [
      {
        field: at(condition.indicator === undefined ? 'op' : 'indicator'),
        code: 'SET_CONDITION_TYPE_MISMATCH',
        params: { expected },
      },
    ];
  }
  if (condition.op === 'in' && target.answer.type === 'choice') {
    const options = new Set(target.answer.options.map((o) => o.value));
    condition.values.forEach((value, i) => {
      if (!options.has(value)) errors.push({ field: at(`values.${i}`), code: 'SET_CHOICE_UNKNOWN' });
    });
  }
  if (condition.op === 'lt' || condition.op === 'lte' || condition.op === 'gt' || condition.op === 'gte') {
    if ((condition.value === undefined) === (condition.param === undefined))
      errors.push({ field: at('value'), code: 'SET_BOUND_REQUIRED' });
    if (condition.param !== undefined && !params.has(condition.param))
      errors.push({ field: at('param'), code: 'SET_PARAMETER_UNKNOWN' });
    if (condition.per !== undefined) {
      const per = byKey.get(condition.per);
      if (!per) errors.push({ field: at('per'), code: 'SET_INDICATOR_UNKNOWN' });
      else if (per.answer.type !== 'number')
        errors.push({
          field: at('per'),
          code: 'SET_CONDITION_TYPE_MISMATCH',
          params: { expected: 'number' },
        });
    }
  }
  return errors;
}

/** Class thresholds: worst-off first, each class once, minimum scores falling, the last one 0. */
export function checkThresholds(classes: readonly ClassThreshold[], path: string): FieldError[] {
  const errors: FieldError[] = [];
  classes.forEach((threshold, i) => {
    const previous = classes[i - 1];
    if (previous && classRank(threshold.class) <= classRank(previous.class))
      errors.push({ field: `${path}.${i}.class`, code: 'SET_CLASS_ORDER' });
    if (previous && threshold.minScore >= previous.minScore)
      errors.push({ field: `${path}.${i}.minScore`, code: 'SET_THRESHOLD_ORDER' });
  });
  const last = classes[classes.length - 1];
  if (last && last.minScore !== 0)
    errors.push({ field: `${path}.${classes.length - 1}.minScore`, code: 'SET_LAST_THRESHOLD_ZERO' });
  return errors;
}

/** Every cross-field problem of a well-shaped document. */
export function checkDefinition(definition: IndicatorSetDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(definition.indicators.map((indicator) => [indicator.key, indicator]));
  const params = new Set(definition.parameters.map((p) => p.key));

  for (const i of duplicates(definition.indicators.map((x) => x.key)))
    errors.push({ field: `indicators.${i}.key`, code: 'SET_KEY_DUPLICATE' });
  for (const i of duplicates(definition.parameters.map((x) => x.key)))
    errors.push({ field: `parameters.${i}.key`, code: 'SET_KEY_DUPLICATE' });
  for (const i of duplicates(definition.clusters))
    errors.push({ field: `clusters.${i}`, code: 'SET_KEY_DUPLICATE' });

  definition.indicators.forEach((indicator, i) => {
    const base = `indicators.${i}`;
    if (indicator.answer.type === 'number' && indicator.answer.min > indicator.answer.max)
      errors.push({ field: `${base}.answer.max`, code: 'SET_RANGE_INVALID' });
    if (indicator.answer.type === 'choice') {
      for (const j of duplicates(indicator.answer.options.map((o) => o.value)))
        errors.push({ field: `${base}.answer.options.${j}.value`, code: 'SET_KEY_DUPLICATE' });
    }
    if (indicator.criterion === null) return;
    if (!indicator.criterionText) errors.push({ field: `${base}.criterionText`, code: 'REQUIRED' });
    for (const { condition, path } of conditionsOf(indicator.criterion)) {
      const prefix = path ? `${base}.criterion.${path}` : `${base}.criterion`;
      errors.push(...checkCondition(condition, indicator, byKey, params, (field) => `${prefix}.${field}`));
    }
  });
  if (!definition.indicators.some((indicator) => indicator.criterion !== null))
    errors.push({ field: 'indicators', code: 'SET_NO_CRITERIA' });
  errors.push(...checkThresholds(definition.classes, 'classes'));
  return errors;
}

const CODE = /^[A-Z][A-Z0-9_]+$/;

/** Maps zod issues to field errors with the stable codes the error handler also uses. */
export function fieldErrorsOfZod(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (CODE.test(issue.message)) return [{ field: path, code: issue.message }];
    switch (issue.code) {
      case 'invalid_type':
        return [{ field: path, code: issue.input === undefined ? 'REQUIRED' : 'INVALID_VALUE' }];
      case 'too_small':
        return [
          {
            field: path,
            code: issue.origin === 'string' || issue.origin === 'array' ? 'TOO_SHORT' : 'TOO_SMALL',
          },
        ];
      case 'too_big':
        return [
          {
            field: path,
            code: issue.origin === 'string' || issue.origin === 'array' ? 'TOO_LONG' : 'TOO_BIG',
          },
        ];
      case 'invalid_format':
        return [{ field: path, code: 'INVALID_FORMAT' }];
      case 'unrecognized_keys':
        return issue.keys.map((key) => ({ field: path ? `${path}.${key}` : key, code: 'UNKNOWN_FIELD' }));
      default:
        return [{ field: path, code: 'INVALID_VALUE' }];
    }
  });
}

export type ParsedDefinition =
  | { ok: true; definition: IndicatorSetDefinition }
  | { ok: false; errors: FieldError[] };

/** Validates an unknown value (a parsed file, a request body) as an indicator-set document. */
export function parseDefinition(raw: unknown, prefix = ''): ParsedDefinition {
  const result = indicatorSetDefinitionSchema.safeParse(raw);
  if (!result.success) return { ok: false, errors: fieldErrorsOfZod(result.error.issues, prefix) };
  const errors = checkDefinition(result.data).map((e) => ({
    ...e,
    field: prefix ? `${prefix}.${e.field}` : e.field,
  }));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, definition: result.data };
}

/** Reads a JSON or YAML text (JSON is YAML) into a document, or the reason it cannot be read. */
export function parseDefinitionText(text: string): ParsedDefinition {
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    return { ok: false, errors: [{ field: '', code: 'SET_FILE_UNREADABLE', params: { line } }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, errors: [{ field: '', code: 'SET_FILE_UNREADABLE', params: { line: 1 } }] };
  return parseDefinition(raw);
}

/** The document as a YAML file (exports, built-in sets). */
export function definitionToYaml(definition: IndicatorSetDefinition): string {
  return stringifyYaml(definition, { lineWidth: 0 });
}
