import type { Answers } from './assessment.schema.ts';
import type { ClassThreshold, Condition, Criterion, IndicatorSetDefinition } from './indicator-set.schema.ts';
import type { WelfareClass } from './vocabulary.ts';

/**
 * Scoring of answers under an indicator-set version. Pure and deterministic: the same answers and
 * the same document always give the same result. `scoring.sql.ts` compiles the same rules to SQL
 * for whole-registry re-classification and simulation; tests check that both agree.
 */

export interface IndicatorOutcome {
  key: string;
  /** null for a supporting question (no criterion). */
  met: boolean | null;
  unanswered: boolean;
  points: number;
}

export interface ScoreResult {
  score: number;
  maxScore: number;
  welfareClass: WelfareClass;
  threshold: ClassThreshold;
  /** The next better-off class and the score it needs; null when already best-off. */
  nextClass: { class: WelfareClass; belowScore: number } | null;
  criteriaMet: number;
  criteriaTotal: number;
  items: IndicatorOutcome[];
}

/**
 * The compact explanation stored with each result: the criteria met. The full explanation is
 * rebuilt from it, the stored answers (unanswered questions have no key) and the set version.
 */
export interface StoredExplanation {
  met: string[];
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Whether one condition holds. A missing or mistyped answer never meets a condition. */
export function conditionHolds(
  condition: Condition,
  ownKey: string,
  answers: Answers,
  parameters: Readonly<Record<string, number>>,
): boolean {
  const answer = answers[condition.indicator ?? ownKey];
  switch (condition.op) {
    case 'yes':
      return answer === true;
    case 'no':
      return answer === false;
    case 'in':
      return typeof answer === 'string' && condition.values.includes(answer);
    default: {
      const x = numberOf(answer);
      const bound =
        condition.value ?? (condition.param === undefined ? undefined : parameters[condition.param]);
      if (x === undefined || bound === undefined) return false;
      let limit = bound;
      if (condition.per !== undefined) {
        const per = numberOf(answers[condition.per]);
        if (per === undefined || per <= 0) return false;
        // Compared as x < bound × per (not x ÷ per < bound), exactly as the SQL does.
        limit = bound * per;
      }
      if (condition.op === 'lt') return x < limit;
      if (condition.op === 'lte') return x <= limit;
      if (condition.op === 'gt') return x > limit;
      return x >= limit;
    }
  }
}

export function criterionHolds(
  criterion: Criterion,
  ownKey: string,
  answers: Answers,
  parameters: Readonly<Record<string, number>>,
): boolean {
  if ('op' in criterion) return conditionHolds(criterion, ownKey, answers, parameters);
  if ('all' in criterion) return criterion.all.every((c) => conditionHolds(c, ownKey, answers, parameters));
  return criterion.any.some((part) =>
    'op' in part
      ? conditionHolds(part, ownKey, answers, parameters)
      : part.all.every((c) => conditionHolds(c, ownKey, answers, parameters)),
  );
}

export function parametersOf(definition: IndicatorSetDefinition): Record<string, number> {
  return Object.fromEntries(definition.parameters.map((p) => [p.key, p.value]));
}

/** Points an indicator gives when its criterion is met under the set's rule. */
export function pointsOf(definition: IndicatorSetDefinition, weight: number): number {
  return definition.scoring === 'count' ? 1 : weight;
}

/** The class of a score: the first threshold (worst-off first) whose minimum the score reaches. */
export function classify(
  classes: readonly ClassThreshold[],
  score: number,
): Pick<ScoreResult, 'welfareClass' | 'threshold' | 'nextClass'> {
  const index = classes.findIndex((t) => score >= t.minScore);
  // Thresholds end with minScore 0 and scores are never negative; the fallback guards bad documents.
  const at = index === -1 ? classes.length - 1 : index;
  const threshold = classes[at]!;
  const next = classes[at + 1];
  return {
    welfareClass: threshold.class,
    threshold,
    nextClass: next ? { class: next.class, belowScore: threshold.minScore } : null,
  };
}

/** Scores answers under a set: each indicator's outcome, the total, the class and the threshold reached. */
export function scoreAnswers(definition: IndicatorSetDefinition, answers: Answers): ScoreResult {
  const parameters = parametersOf(definition);
  let score = 0;
  let maxScore = 0;
  let criteriaMet = 0;
  let criteriaTotal = 0;
  const items = definition.indicators.map((indicator): IndicatorOutcome => {
    const answer = answers[indicator.key];
    const unanswered = answer === undefined || answer === null;
    if (indicator.criterion === null) return { key: indicator.key, met: null, unanswered, points: 0 };
    criteriaTotal += 1;
    const weight = pointsOf(definition, indicator.weight);
    maxScore += weight;
    const met = criterionHolds(indicator.criterion, indicator.key, answers, parameters);
    if (!met) return { key: indicator.key, met, unanswered, points: 0 };
    criteriaMet += 1;
    score += weight;
    return { key: indicator.key, met, unanswered, points: weight };
  });
  return { score, maxScore, criteriaMet, criteriaTotal, items, ...classify(definition.classes, score) };
}

export function storedExplanationOf(result: ScoreResult): StoredExplanation {
  return { met: result.items.filter((i) => i.met === true).map((i) => i.key) };
}

/** Ad-hoc changes for a simulation: weights by indicator key, thresholds, parameter values. */
export interface Overrides {
  weights?: Record<string, number> | undefined;
  classes?: ClassThreshold[] | undefined;
  parameters?: Record<string, number> | undefined;
}

/** The document with the overrides applied (unknown keys are refused earlier by `checkOverrides`). */
export function applyOverrides(
  definition: IndicatorSetDefinition,
  overrides: Overrides,
): IndicatorSetDefinition {
  return {
    ...definition,
    indicators: definition.indicators.map((indicator) => {
      const weight = overrides.weights?.[indicator.key];
      return weight === undefined ? indicator : { ...indicator, weight };
    }),
    parameters: definition.parameters.map((p) => {
      const value = overrides.parameters?.[p.key];
      return value === undefined ? p : { ...p, value };
    }),
    classes: overrides.classes ?? definition.classes,
  };
}
