import { sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';
import type { Answers } from './assessment.schema.ts';
import type { StoredExplanation } from './scoring.rules.ts';
import type { ResultKind, WelfareClass } from './vocabulary.ts';

export interface NewAssessment {
  kabupatenCode: string;
  householdId: string;
  scheme: string;
  setId: string;
  assessedOn: string;
  assessorId: string | null;
  latitude: number | null;
  longitude: number | null;
  answers: Answers;
}

export interface NewResult {
  kabupatenCode: string;
  householdId: string;
  assessmentId: string;
  setId: string;
  scheme: string;
  kind: ResultKind;
  score: number;
  welfareClass: WelfareClass;
  explanation: StoredExplanation;
  actorId: string | null;
}

/** Stores one visit's answers, its result, and makes it the household's current class of the scheme. */
export async function insertFieldAssessment(
  db: Executor,
  visit: NewAssessment,
  result: Omit<NewResult, 'assessmentId' | 'kind'>,
) {
  const assessment = await db
    .insertInto('assessment')
    .values({
      kabupaten_code: visit.kabupatenCode,
      household_id: visit.householdId,
      scheme: visit.scheme,
      set_id: visit.setId,
      assessed_on: visit.assessedOn,
      assessor_id: visit.assessorId,
      latitude: visit.latitude,
      longitude: visit.longitude,
      answers: JSON.stringify(visit.answers),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stored = await db
    .insertInto('assessment_result')
    .values({
      kabupaten_code: result.kabupatenCode,
      household_id: result.householdId,
      assessment_id: assessment.id,
      set_id: result.setId,
      scheme: result.scheme,
      kind: 'field',
      score: result.score,
      class: result.welfareClass,
      explanation: JSON.stringify(result.explanation),
      created_by: result.actorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('household_class')
    .values({
      household_id: visit.householdId,
      scheme: visit.scheme,
      kabupaten_code: visit.kabupatenCode,
      assessment_id: assessment.id,
      answers: JSON.stringify(visit.answers),
      result_id: stored.id,
      set_id: result.setId,
      class: result.welfareClass,
      score: result.score,
    })
    .onConflict((oc) =>
      oc.columns(['household_id', 'scheme']).doUpdateSet({
        assessment_id: (eb) => eb.ref('excluded.assessment_id'),
        answers: (eb) => eb.ref('excluded.answers'),
        result_id: (eb) => eb.ref('excluded.result_id'),
        set_id: (eb) => eb.ref('excluded.set_id'),
        class: (eb) => eb.ref('excluded.class'),
        score: (eb) => eb.ref('excluded.score'),
        updated_at: sql`now()`,
      }),
    )
    .execute();
  return stored.id;
}

/** Every result of a household, newest first, with the answers and visit they rest on. */
export function resultsOf(db: Executor, householdId: string) {
  return db
    .selectFrom('assessment_result as r')
    .innerJoin('assessment as a', 'a.id', 'r.assessment_id')
    .leftJoin('app_user as u', 'u.id', 'a.assessor_id')
    .where('r.household_id', '=', householdId)
    .select([
      'r.id',
      'r.household_id',
      'r.set_id',
      'r.scheme',
      'r.kind',
      'r.score',
      'r.class',
      'r.explanation',
      'r.created_at',
      'a.assessed_on',
      'a.answers',
      'a.latitude',
      'a.longitude',
      'u.username as assessor',
    ])
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .execute();
}
export type ResultRow = Awaited<ReturnType<typeof resultsOf>>[number];

/** The current class rows (one per scheme) of a household. */
export function currentOf(db: Executor, householdId: string) {
  return db
    .selectFrom('household_class')
    .where('household_id', '=', householdId)
    .select(['scheme', 'assessment_id', 'answers', 'result_id', 'set_id', 'class', 'score'])
    .execute();
}

/** The visit rows behind a household's current answers (for the form's previous answers). */
export function visitsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('assessment').where('id', 'in', ids).select(['id', 'assessed_on', 'scheme']).execute();
}
