/**
 * Code lists of the assessment feature. Codes are stable (stored and sent over the API); labels
 * live in the i18n catalogues. Shared by the server and the web app.
 */

/**
 * Welfare classes, from the worst-off to the best-off. The order is global: a set uses a
 * subsequence of it (BPS: `miskin`, `tidak_miskin`), and "moving up" means moving to a class
 * later in this list.
 */
export const WELFARE_CLASSES = [
  'sangat_miskin',
  'miskin',
  'hampir_miskin',
  'rentan',
  'tidak_miskin',
] as const;
export type WelfareClass = (typeof WELFARE_CLASSES)[number];

/** Rank of a class: 0 is the worst-off. */
export function classRank(welfareClass: WelfareClass): number {
  return WELFARE_CLASSES.indexOf(welfareClass);
}

/** Life cycle of an indicator-set version. Only drafts are edited; activation retires the previous version. */
export const SET_STATUSES = ['draft', 'active', 'retired'] as const;
export type SetStatus = (typeof SET_STATUSES)[number];

/** `count`: one point per criterion met; `weighted`: the indicator's weight per criterion met. */
export const SCORING_RULES = ['count', 'weighted'] as const;
export type ScoringRule = (typeof SCORING_RULES)[number];

export const ANSWER_TYPES = ['boolean', 'choice', 'number'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Where a stored result comes from: a field visit, or re-running earlier answers under another version. */
export const RESULT_KINDS = ['field', 'reclassify'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];
