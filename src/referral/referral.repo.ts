import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';
import { desaColumnInScope } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import type { DB } from '../db/schema.ts';

/**
 * Object-level scope of referrals: a partner sees only those addressed to its organisation; every
 * other role those of the desa in its scope. Out of scope is simply not found (404).
 */
export function referralInScope(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'referral'>) => {
    const sameRegency = eb('referral.kabupaten_code', '=', actor.kabupatenCode);
    // A partner sees what was sent to it, never the referring side's drafts.
    if (actor.scope.kind === 'organisation')
      return eb.and([
        sameRegency,
        eb('referral.organisation_id', '=', actor.scope.organisation),
        eb('referral.status', '!=', 'draft'),
      ]);
    // Regency-wide roles need no desa condition (it would only stop index-only scans).
    if (actor.scope.kind === 'regency') return sameRegency;
    return eb.and([sameRegency, desaColumnInScope(actor, 'referral.desa_code')]);
  };
}

/** Open and past the current deadline, as SQL (the same rule as `isOverdue`). */
export function overdueCondition(now: Date) {
  // The leading status list lets the planner use the partial index of open referrals.
  return sql<SqlBool>`(referral.status in ('sent', 'accepted', 'in_progress')
    and ((referral.status = 'sent' and referral.accept_due_at <= ${now})
    or (referral.status in ('accepted', 'in_progress') and referral.complete_due_at <= ${now})))`;
}

/** Referrals with service, organisation, desa and the person's name, in one query. */
export function referralRows(db: Executor) {
  return db
    .selectFrom('referral')
    .innerJoin('service', 'service.id', 'referral.service_id')
    .innerJoin('organisation', 'organisation.id', 'referral.organisation_id')
    .innerJoin('desa', 'desa.code', 'referral.desa_code')
    .innerJoin('intake', 'intake.id', 'referral.intake_id')
    .leftJoin('person', 'person.id', 'referral.person_id')
    .selectAll('referral')
    .select([
      'service.code as service_code',
      'service.name as service_name',
      'service.category as service_category',
      'service.person_fields',
      'service.required_documents',
      'service.accept_days',
      'service.complete_days',
      'organisation.code as organisation_code',
      'organisation.name as organisation_name',
      'desa.name as desa_name',
      'intake.number as intake_number',
      'intake.category as intake_category',
      'intake.urgency as intake_urgency',
      'intake.unregistered as intake_unregistered',
      sql<string | null>`coalesce(person.full_name, intake.unregistered->>'name')`.as('person_name'),
    ]);
}

export type ReferralRecord = NonNullable<
  Awaited<ReturnType<ReturnType<typeof referralRows>['executeTakeFirst']>>
>;

export function findReferral(db: Executor, actor: Actor, id: string): Promise<ReferralRecord | undefined> {
  return referralRows(db).where(referralInScope(actor)).where('referral.id', '=', id).executeTakeFirst();
}

/** The row locked for a change (concurrent transitions on one referral queue here). */
export function lockReferral(db: Executor, actor: Actor, id: string) {
  return db
    .selectFrom('referral')
    .where(referralInScope(actor))
    .where('referral.id', '=', id)
    .selectAll()
    .forUpdate()
    .executeTakeFirst();
}

export function eventsOf(db: Executor, referralId: string) {
  return db
    .selectFrom('referral_event')
    .leftJoin('app_user', 'app_user.id', 'referral_event.actor_id')
    .leftJoin('organisation', 'organisation.id', 'app_user.scope_organisation')
    .where('referral_event.referral_id', '=', referralId)
    .selectAll('referral_event')
    .select(['app_user.username', 'app_user.role', 'organisation.name as actor_organisation_name'])
    .orderBy('referral_event.id')
    .execute();
}

export interface NewEvent {
  referralId: string;
  kabupatenCode: string;
  at: Date;
  actorId: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  fromTier: number;
  toTier: number;
  note?: string | null | undefined;
  reason?: string | null | undefined;
  outcome?: string | null | undefined;
  cause?: string | null | undefined;
  attachments?: { name: string; reference?: string | undefined }[] | undefined;
  escalationKey?: string | null | undefined;
}

export async function insertEvents(db: Executor, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('referral_event')
    .values(
      events.map((e) => ({
        referral_id: e.referralId,
        kabupaten_code: e.kabupatenCode,
        at: e.at,
        actor_id: e.actorId,
        action: e.action,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        from_tier: e.fromTier,
        to_tier: e.toTier,
        note: e.note ?? null,
        reason: e.reason ?? null,
        outcome: e.outcome ?? null,
        cause: e.cause ?? null,
        attachments: JSON.stringify(
          (e.attachments ?? []).map((a) => ({ name: a.name, reference: a.reference ?? null })),
        ),
        escalation_key: e.escalationKey ?? null,
      })),
    )
    .execute();
}
