import type { Answers, AnswerValue } from './assessment.schema.ts';
import { readBuiltInSets } from './builtin-sets.ts';
import type { Indicator, IndicatorSetDefinition } from './indicator-set.schema.ts';
import { criterionHolds, parametersOf } from './scoring.rules.ts';

/** The shipped sets, parsed once for tests: BPS first, then the example local sets. */
export const BUILT_IN = readBuiltInSets();
export const BPS = BUILT_IN.find((s) => s.code === 'bps-14')!;
export const PESISIR = BUILT_IN.find((s) => s.code === 'lokal-pesisir')!;
export const DATARAN_RENDAH = BUILT_IN.find((s) => s.code === 'lokal-dataran-rendah')!;
export const PEGUNUNGAN = BUILT_IN.find((s) => s.code === 'lokal-pegunungan')!;

/** Answers of the supporting questions, fixed so that each criterion can be toggled on its own. */
const SUPPORTING: Answers = {
  household_members: 5,
  head_land_area_m2: 10_000,
  head_income_month_rp: 2_000_000,
};

/** Candidate answers of an indicator: every choice, both booleans, and numbers around the set's bounds. */
export function candidateAnswers(indicator: Indicator, definition: IndicatorSetDefinition): AnswerValue[] {
  const spec = indicator.answer;
  if (spec.type === 'boolean') return [true, false];
  if (spec.type === 'choice') return spec.options.map((o) => o.value);
  const bounds = [spec.min, spec.max, ...definition.parameters.map((p) => p.value), 1, 2, 4, 8, 40, 60];
  const values = bounds.flatMap((b) => [b - 1, b, b + 1, b * 5]);
  return [...new Set(values)].filter(
    (v) => v >= spec.min && v <= spec.max && (!spec.integer || Number.isInteger(v)),
  );
}

/** For each criterion, one answer that meets it and one that does not (with the supporting answers fixed). */
export function togglesOf(
  definition: IndicatorSetDefinition,
): Map<string, { met: AnswerValue; unmet: AnswerValue }> {
  const parameters = parametersOf(definition);
  const toggles = new Map<string, { met: AnswerValue; unmet: AnswerValue }>();
  for (const indicator of definition.indicators) {
    if (indicator.criterion === null) continue;
    const criterion = indicator.criterion;
    const holds = (value: AnswerValue) =>
      criterionHolds(criterion, indicator.key, { ...SUPPORTING, [indicator.key]: value }, parameters);
    const candidates = candidateAnswers(indicator, definition);
    const met = candidates.find(holds);
    const unmet = candidates.find((v) => !holds(v));
    if (met === undefined || unmet === undefined) throw new Error(`No toggle for ${indicator.key}`);
    toggles.set(indicator.key, { met, unmet });
  }
  return toggles;
}

/** Complete answers meeting exactly the criteria listed in `met`. */
export function answersMeeting(definition: IndicatorSetDefinition, met: ReadonlySet<string>): Answers {
  const answers: Answers = {};
  for (const indicator of definition.indicators) {
    if (indicator.key in SUPPORTING) answers[indicator.key] = SUPPORTING[indicator.key]!;
  }
  for (const [key, toggle] of togglesOf(definition)) answers[key] = met.has(key) ? toggle.met : toggle.unmet;
  return answers;
}

export const criteriaKeys = (definition: IndicatorSetDefinition) =>
  definition.indicators.filter((i) => i.criterion !== null).map((i) => i.key);
