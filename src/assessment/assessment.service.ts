import { type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import { can } from '../auth/policy.ts';
import { localDate } from '../platform/clock.ts';
import { notFound, validationFailed } from '../platform/errors.ts';
import type { Locale } from '../platform/i18n/messages.ts';
import { findHousehold } from '../registry/registry.repo.ts';
import type { AppDeps } from '../server/deps.ts';
import { checkAnswers, cleanAnswers } from './answers.rules.ts';
import { currentOf, insertFieldAssessment, resultsOf, visitsByIds } from './assessment.repo.ts';
import type { Answers, AssessmentResponse, NewAssessmentInput } from './assessment.schema.ts';
import { presentExplanation } from './explanation.present.ts';
import { presentSet, setRef } from './indicator-set.present.ts';
import { findSet, listSets, setsByIds } from './indicator-set.repo.ts';
import { type StoredExplanation, scoreAnswers, storedExplanationOf } from './scoring.rules.ts';
import type { WelfareClass } from './vocabulary.ts';

type Deps = Pick<AppDeps, 'db' | 'clock'>;

async function householdInScope(deps: Deps, ctx: RequestContext, householdId: string) {
  const household = await findHousehold(deps.db, ctx.actor, householdId);
  if (!household) throw notFound();
  return household;
}

/** The active sets that apply to the household's desa cluster, with its previous answers per scheme. */
export async function assessmentForm(deps: Deps, ctx: RequestContext, householdId: string) {
  const household = await householdInScope(deps, ctx, householdId);
  const [sets, current] = await Promise.all([
    listSets(deps.db, ctx.actor.kabupatenCode, { status: 'active', cluster: household.cluster }),
    currentOf(deps.db, householdId),
  ]);
  const visits = new Map(
    (
      await visitsByIds(
        deps.db,
        current.map((c) => c.assessment_id),
      )
    ).map((v) => [v.id, v]),
  );
  await recordAudit(deps.db, ctx, {
    action: 'assessment.form_read',
    objectType: 'household',
    objectId: householdId,
  });
  return {
    household: {
      id: household.id,
      desaCode: household.desa_code,
      desaName: household.desa_name,
      cluster: household.cluster,
    },
    forms: sets.map((set) => {
      const previous = current.find((c) => c.scheme === set.scheme);
      const visit = previous ? visits.get(previous.assessment_id) : undefined;
      return {
        set: presentSet(set, ctx.actor),
        previous:
          previous && visit
            ? {
                assessmentId: previous.assessment_id,
                assessedOn: visit.assessed_on,
                answers: previous.answers as Answers,
              }
            : null,
      };
    }),
    abilities: { assess: can(ctx.actor, 'assessment.write') },
  };
}

/**
 * Records an assessment: answers checked against the set (which must be active and apply to the
 * household's cluster), scored, and stored with the set version, the score, the class and the
 * criteria met; the result becomes the household's current class for the scheme. One transaction.
 */
export async function recordAssessment(
  deps: Deps,
  ctx: RequestContext,
  householdId: string,
  input: NewAssessmentInput,
): Promise<string> {
  const household = await householdInScope(deps, ctx, householdId);
  const set = await findSet(deps.db, ctx.actor.kabupatenCode, input.setId);
  if (set?.status !== 'active' || !set.clusters.includes(household.cluster))
    throw validationFailed([{ field: 'setId', code: 'SET_NOT_APPLICABLE' }]);
  const errors = checkAnswers(set.definition, input.answers);
  const today = localDate(deps.clock);
  if (Number.isNaN(Date.parse(input.assessedOn)) || input.assessedOn < '2000-01-01')
    errors.unshift({ field: 'assessedOn', code: 'INVALID_DATE' });
  else if (input.assessedOn > today) errors.unshift({ field: 'assessedOn', code: 'DATE_IN_FUTURE' });
  if (errors.length > 0) throw validationFailed(errors);

  const answers = cleanAnswers(set.definition, input.answers);
  const result = scoreAnswers(set.definition, answers);
  return deps.db.transaction().execute(async (tx) => {
    const resultId = await insertFieldAssessment(
      tx,
      {
        kabupatenCode: ctx.actor.kabupatenCode,
        householdId,
        scheme: set.scheme,
        setId: set.id,
        assessedOn: input.assessedOn,
        assessorId: ctx.actor.id,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        answers,
      },
      {
        kabupatenCode: ctx.actor.kabupatenCode,
        householdId,
        setId: set.id,
        scheme: set.scheme,
        score: result.score,
        welfareClass: result.welfareClass,
        explanation: storedExplanationOf(result),
        actorId: ctx.actor.id,
      },
    );
    await recordAudit(tx, ctx, {
      action: 'assessment.create',
      objectType: 'household',
      objectId: householdId,
      details: { resultId, setId: set.id, code: set.code, version: set.version, class: result.welfareClass },
    });
    return resultId;
  });
}

/** Every result of the household with the version that produced it, explained; the read is audited. */
export async function assessmentHistory(
  deps: Deps,
  ctx: RequestContext,
  householdId: string,
  locale: Locale,
  options: { audit: boolean } = { audit: true },
): Promise<{
  current: { scheme: string; assessmentId: string; class: WelfareClass }[];
  items: AssessmentResponse[];
}> {
  await householdInScope(deps, ctx, householdId);
  const [rows, current] = await Promise.all([
    resultsOf(deps.db, householdId),
    currentOf(deps.db, householdId),
  ]);
  const sets = await setsByIds(deps.db, ctx.actor.kabupatenCode, [...new Set(rows.map((r) => r.set_id))]);
  const currentIds = new Set(current.map((c) => c.result_id));
  if (options.audit)
    await recordAudit(deps.db, ctx, {
      action: 'assessment.read',
      objectType: 'household',
      objectId: householdId,
      details: { results: rows.length },
    });
  return {
    current: current.flatMap((c) =>
      c.result_id && c.class
        ? [{ scheme: c.scheme, assessmentId: c.result_id, class: c.class as WelfareClass }]
        : [],
    ),
    items: rows.flatMap((row) => {
      const set = sets.get(row.set_id);
      if (!set) return [];
      const answers = row.answers as Answers;
      return [
        {
          id: row.id,
          householdId: row.household_id,
          set: setRef(set),
          kind: row.kind,
          assessedOn: row.assessed_on,
          assessor: row.assessor ? { username: row.assessor } : null,
          latitude: row.latitude,
          longitude: row.longitude,
          answers,
          score: row.score,
          class: row.class as WelfareClass,
          current: currentIds.has(row.id),
          explanation: presentExplanation(
            set.definition,
            answers,
            row.explanation as StoredExplanation,
            row.score,
            locale,
          ),
          createdAt: new Date(row.created_at).toISOString(),
        },
      ];
    }),
  };
}
