import { type Executor, type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import { desaInScope } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { notFound, validationFailed } from '../platform/errors.ts';
import type { AppDeps } from '../server/deps.ts';
import { capacitiesOf, seesCaseDetails } from './referral.policy.ts';
import {
  personOfReferral,
  presentReferralSummary,
  presentTimeline,
  projectPerson,
} from './referral.present.ts';
import {
  eventsOf,
  findReferral,
  overdueCondition,
  type ReferralRecord,
  referralInScope,
  referralRows,
} from './referral.repo.ts';
import { allowedActions } from './referral.rules.ts';
import type { ReferralsQuery, ReferralView } from './referral.schema.ts';
import type { PersonField, ReferralStatus, Tier } from './vocabulary.ts';
import { REFERRAL_STATUSES } from './vocabulary.ts';

/** Read side of referrals: one referral for an actor, the board, letter verification, a person's services. */
type ReadDeps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** Where the QR code of a letter points: the web app's verification page for the referral. */
export function verifyUrlOf(deps: Pick<AppDeps, 'config'>, id: string): string {
  const base = process.env.SELARAS_PUBLIC_URL ?? `http://localhost:${deps.config.port}`;
  return `${base.replace(/\/$/, '')}/rujukan/${id}/verifikasi`;
}

/** The full view of one referral for this actor; a partner gets only its service's person fields. */
export async function presentReferralFor(
  db: Executor,
  deps: Pick<AppDeps, 'config' | 'clock'>,
  actor: Actor,
  r: ReferralRecord,
): Promise<ReferralView> {
  const now = deps.clock.now();
  const full = seesCaseDetails(actor);
  const [events, person] = await Promise.all([eventsOf(db, r.id), personOfReferral(db, r)]);
  const referrer = r.created_by
    ? await db.selectFrom('app_user').where('id', '=', r.created_by).select('username').executeTakeFirst()
    : undefined;
  return {
    ...presentReferralSummary(r, actor, now),
    intake: full
      ? {
          id: r.intake_id,
          number: r.intake_number,
          category: r.intake_category as ReferralView['service']['category'],
          urgency: r.intake_urgency,
        }
      : null,
    person: projectPerson(person, full ? 'all' : (r.person_fields as PersonField[])),
    note: r.note,
    requiredDocuments: r.required_documents,
    outcome: (r.outcome as ReferralView['outcome']) ?? null,
    declineReason: r.decline_reason,
    referredBy: referrer ? { username: referrer.username, desaCode: r.desa_code } : null,
    timeline: presentTimeline(events),
    allowedActions: allowedActions(
      { status: r.status as ReferralStatus, tier: r.tier as Tier },
      capacitiesOf(actor, r),
    ),
    letterUrl: `/api/v1/referrals/${r.id}/letter.pdf`,
    verifyUrl: verifyUrlOf(deps, r.id),
  };
}

export async function readReferral(deps: ReadDeps, ctx: RequestContext, id: string): Promise<ReferralView> {
  const r = await findReferral(deps.db, ctx.actor, id);
  if (!r) throw notFound();
  await recordAudit(deps.db, ctx, { action: 'referral.read', objectType: 'referral', objectId: id });
  return presentReferralFor(deps.db, deps, ctx.actor, r);
}

/** The board's two queries (a page of ids, and the count), on the referral table alone. */
export function boardQueries(db: Executor, actor: Actor, query: ReferralsQuery, now: Date) {
  let q = db.selectFrom('referral').where(referralInScope(actor));
  if (query.status) {
    const statuses = query.status.split(',');
    if (!statuses.every((s) => (REFERRAL_STATUSES as readonly string[]).includes(s)))
      throw validationFailed([{ field: 'status', code: 'INVALID_VALUE' }]);
    q = q.where('referral.status', 'in', statuses);
  }
  if (query.tier) q = q.where('referral.tier', '=', query.tier);
  if (query.desa) q = q.where('referral.desa_code', '=', query.desa);
  if (query.organisation) {
    const code = query.organisation;
    q = q.where('referral.organisation_id', '=', (eb) =>
      eb
        .selectFrom('organisation')
        .where('organisation.code', '=', code)
        .where('organisation.kabupaten_code', '=', actor.kabupatenCode)
        .select('organisation.id'),
    );
  }
  if (query.intake) q = q.where('referral.intake_id', '=', query.intake);
  if (query.overdue === true) q = q.where(overdueCondition(now));
  if (query.overdue === false) q = q.where((eb) => eb.not(overdueCondition(now)));
  return {
    page: q
      .select('referral.id')
      .orderBy('referral.updated_at', 'desc')
      .orderBy('referral.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    count: q.select((eb) => eb.fn.countAll<number>().as('n')),
  };
}

/**
 * The referral board: filters, newest change first, paginated; always within the actor's scope.
 * Filters, order and count run on the referral table alone (its indexes); only the page's rows
 * are then joined to service, organisation, desa and person.
 */
export async function listReferrals(deps: ReadDeps, ctx: RequestContext, query: ReferralsQuery) {
  const now = deps.clock.now();
  const { page: pageQuery, count: countQuery } = boardQueries(deps.db, ctx.actor, query, now);
  const [page, count] = await Promise.all([pageQuery.execute(), countQuery.executeTakeFirstOrThrow()]);
  const ids = page.map((r) => r.id);
  const rows = ids.length === 0 ? [] : await referralRows(deps.db).where('referral.id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    items: ids.flatMap((id) => {
      const r = byId.get(id);
      return r ? [presentReferralSummary(r, ctx.actor, now)] : [];
    }),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Confirms a printed letter is genuine (what its QR code opens): number, status, service and
 * provider, no personal data. Any signed-in role that works with referrals may check a letter.
 */
export async function verifyReferral(deps: ReadDeps, ctx: RequestContext, id: string) {
  const r = await referralRows(deps.db)
    .where('referral.kabupaten_code', '=', ctx.actor.kabupatenCode)
    .where('referral.id', '=', id)
    .executeTakeFirst();
  if (!r || r.status === 'draft') throw notFound();
  await recordAudit(deps.db, ctx, { action: 'referral.verify', objectType: 'referral', objectId: id });
  return {
    valid: true as const,
    number: r.number,
    status: r.status as ReferralStatus,
    serviceName: r.service_name,
    organisationName: r.organisation_name,
    acceptDueAt: r.accept_due_at ? new Date(r.accept_due_at).toISOString() : null,
    completeDueAt: r.complete_due_at ? new Date(r.complete_due_at).toISOString() : null,
    referralId: r.id,
  };
}

/** Every service a person received (completed), has pending (open), or was refused (declined/cancelled). */
export async function personServices(deps: ReadDeps, ctx: RequestContext, personId: string) {
  const now = deps.clock.now();
  const person = await deps.db
    .selectFrom('person')
    .innerJoin('household', 'household.id', 'person.household_id')
    .where('person.id', '=', personId)
    .select(['person.id', 'household.desa_code'])
    .executeTakeFirst();
  if (!person) throw notFound();
  const rows = await referralRows(deps.db)
    .where(referralInScope(ctx.actor))
    .where('referral.person_id', '=', personId)
    .orderBy('referral.created_at', 'desc')
    .execute();
  // A partner may ask only about people it has referrals for; others need the person's desa in scope.
  if (rows.length === 0 && ctx.actor.scope.kind === 'organisation') throw notFound();
  if (ctx.actor.scope.kind !== 'organisation' && !desaInScope(ctx.actor, person.desa_code)) throw notFound();
  await recordAudit(deps.db, ctx, { action: 'person.services', objectType: 'person', objectId: personId });
  const view = rows.map((r) => presentReferralSummary(r, ctx.actor, now));
  return {
    received: view.filter((r) => r.status === 'completed'),
    pending: view.filter((r) => !['completed', 'declined', 'cancelled'].includes(r.status)),
    refused: view.filter((r) => r.status === 'declined' || r.status === 'cancelled'),
  };
}
