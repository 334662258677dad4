import { type Locale, translate } from '../platform/i18n/messages.ts';
import type { Answers, AnswerValue, ExplanationResponse } from './assessment.schema.ts';
import type { IndicatorSetDefinition, LocalizedText } from './indicator-set.schema.ts';
import { classify, parametersOf, pointsOf, type StoredExplanation } from './scoring.rules.ts';

/** Fills `{parameter}` placeholders of a text with the set's parameter values, formatted per language. */
export function fillParameters(
  text: LocalizedText,
  parameters: Readonly<Record<string, number>>,
): LocalizedText {
  const fill = (value: string, locale: string) =>
    value.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const n = parameters[key];
      return n === undefined ? whole : new Intl.NumberFormat(locale).format(n);
    });
  return { id: fill(text.id, 'id-ID'), en: fill(text.en, 'en-GB') };
}

export const classLabel = (locale: Locale, welfareClass: string) =>
  translate(locale, `CLASS_${welfareClass.toUpperCase()}`);

/**
 * The full explanation of a stored result, in plain words: each indicator's answer, whether its
 * criterion is met and the points it gives, the threshold reached and a summary sentence. Built
 * from what was stored (score, criteria met) and the set version that produced it.
 */
export function presentExplanation(
  definition: IndicatorSetDefinition,
  answers: Answers,
  stored: StoredExplanation,
  score: number,
  locale: Locale,
): ExplanationResponse {
  const parameters = parametersOf(definition);
  const met = new Set(stored.met);
  let maxScore = 0;
  const items = definition.indicators.map((indicator) => {
    const answer: AnswerValue = answers[indicator.key] ?? null;
    const hasCriterion = indicator.criterion !== null;
    const points = pointsOf(definition, indicator.weight);
    if (hasCriterion) maxScore += points;
    const option =
      indicator.answer.type === 'choice' && typeof answer === 'string'
        ? indicator.answer.options.find((o) => o.value === answer)
        : undefined;
    return {
      key: indicator.key,
      question: indicator.question,
      criterionText: indicator.criterionText ? fillParameters(indicator.criterionText, parameters) : null,
      answer,
      answerLabel: option?.label ?? null,
      met: hasCriterion ? met.has(indicator.key) : null,
      unanswered: answer === null,
      points: hasCriterion && met.has(indicator.key) ? points : 0,
    };
  });
  const { threshold, nextClass } = classify(definition.classes, score);
  const criteriaTotal = items.filter((i) => i.met !== null).length;
  const criteriaMet = items.filter((i) => i.met === true).length;
  const params = {
    met: criteriaMet,
    total: criteriaTotal,
    score,
    max: maxScore,
    class: classLabel(locale, threshold.class),
    min: threshold.minScore,
  };
  const parts = [
    translate(
      locale,
      definition.scoring === 'count' ? 'ASSESSMENT_SUMMARY_COUNT' : 'ASSESSMENT_SUMMARY_WEIGHTED',
      params,
    ),
    translate(
      locale,
      threshold.minScore > 0 ? 'ASSESSMENT_SUMMARY_THRESHOLD' : 'ASSESSMENT_SUMMARY_BELOW_ALL',
      {
        ...params,
        lowest:
          definition.classes.length > 1
            ? (definition.classes[definition.classes.length - 2]?.minScore ?? 0)
            : 0,
      },
    ),
  ];
  const skipped = items.filter((i) => i.unanswered && i.met !== null).length;
  if (skipped > 0) parts.push(translate(locale, 'ASSESSMENT_SUMMARY_UNANSWERED', { count: skipped }));
  return {
    rule: definition.scoring,
    score,
    maxScore,
    criteriaMet,
    criteriaTotal,
    threshold,
    nextClass,
    items,
    summary: parts.join(' '),
  };
}
