import { type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import { findService } from '../catalogue/catalogue.repo.ts';
import { findIntake, nextSequence } from '../intake/intake.repo.ts';
import { formatReferralNumber } from '../intake/intake.rules.ts';
import { type NotificationMessage, type Notifier, notifierFromEnv } from '../notification/notifier.ts';
import { localDate } from '../platform/clock.ts';
import { AppError, notFound, validationFailed, versionConflict } from '../platform/errors.ts';
import type { AppDeps } from '../server/deps.ts';
import { once, requestHash } from './idempotency.ts';
import { capacitiesOf } from './referral.policy.ts';
import { presentReferralFor } from './referral.read.ts';
import { findReferral, insertEvents, lockReferral } from './referral.repo.ts';
import { deadlinesAfter, transition } from './referral.rules.ts';
import type { ReferralCreateInput, ReferralView, TransitionInput } from './referral.schema.ts';
import type { ReferralStatus, Tier } from './vocabulary.ts';

export type ReferralDeps = Pick<AppDeps, 'db' | 'clock' | 'config' | 'notifier'>;

let defaultNotifier: Notifier | undefined;
/** The notifier of the deps, or the one configured by environment (created once). */
export function notifierOf(deps: Pick<AppDeps, 'notifier'>): Notifier {
  if (deps.notifier) return deps.notifier;
  defaultNotifier ??= notifierFromEnv();
  return defaultNotifier;
}

/** What the referring facilitator hears back (rujukan balik) after each provider or system step. */
const FEEDBACK_KIND: Record<string, string> = {
  accept: 'referral.accepted',
  decline: 'referral.declined',
  complete: 'referral.completed',
  escalate: 'referral.escalated',
  cancel: 'referral.cancelled',
};

/** Messages a transition sends: the provider learns of new work, the referrer of every outcome. */
export function messagesFor(
  r: {
    id: string;
    number: string;
    kabupaten_code: string;
    organisation_id: string;
    created_by: string | null;
  },
  action: string,
  next: { status: string; tier: number },
  actorId: string | null,
): NotificationMessage[] {
  const base = {
    kabupatenCode: r.kabupaten_code,
    referralId: r.id,
    referralNumber: r.number,
    status: next.status,
    tier: next.tier,
  };
  const messages: NotificationMessage[] = [];
  if (action === 'send')
    messages.push({ ...base, kind: 'referral.sent', recipient: { organisationId: r.organisation_id } });
  if (action === 'escalate')
    messages.push({ ...base, kind: 'referral.escalated', recipient: { tier: next.tier } });
  const feedback = FEEDBACK_KIND[action];
  if (feedback && r.created_by && r.created_by !== actorId)
    messages.push({ ...base, kind: feedback, recipient: { userId: r.created_by } });
  return messages;
}

/** Creates a referral from an intake, as a draft or sent at once (then with its acceptance deadline). */
export async function createReferral(
  deps: ReferralDeps,
  ctx: RequestContext,
  input: ReferralCreateInput,
  idempotencyKey?: string,
): Promise<ReferralView> {
  const now = deps.clock.now();
  const notifier = notifierOf(deps);
  const messages: NotificationMessage[] = [];
  const { value } = await once(
    deps.db,
    { userId: ctx.actor.id, key: idempotencyKey, hash: requestHash(['create', input]), now },
    async (tx) => {
      const intake = await findIntake(tx, ctx.actor, input.intakeId);
      if (!intake) throw validationFailed([{ field: 'intakeId', code: 'INTAKE_NOT_FOUND' }]);
      if (intake.status === 'resolved') throw new AppError(409, 'INTAKE_NOT_OPEN', { field: 'intakeId' });
      const service = await findService(tx, ctx.actor.kabupatenCode, input.serviceId);
      if (!service?.active) throw validationFailed([{ field: 'serviceId', code: 'SERVICE_UNKNOWN' }]);

      const year = Number(localDate(deps.clock).slice(0, 4));
      const sequence = await nextSequence(tx, 'RJK', ctx.actor.kabupatenCode, year);
      const tier = service.tier as Tier;
      let status: ReferralStatus = 'draft';
      let acceptDueAt: Date | null = null;
      const capacities = capacitiesOf(ctx.actor, {
        organisation_id: service.organisation_id,
        desa_code: intake.desa_code,
        tier,
      });
      if (input.send) {
        const result = transition({ status: 'draft', tier }, { action: 'send', capacities });
        if (!result.ok) throw new AppError(result.status, result.code);
        status = result.next.status;
        acceptDueAt =
          deadlinesAfter('send', now, {
            acceptDays: service.accept_days,
            completeDays: service.complete_days,
          }).acceptDueAt ?? null;
      } else if (!capacities.includes('referrer')) {
        throw new AppError(403, 'REFERRAL_ACTION_FORBIDDEN');
      }
      const row = await tx
        .insertInto('referral')
        .values({
          kabupaten_code: ctx.actor.kabupatenCode,
          number: formatReferralNumber(ctx.actor.kabupatenCode, year, sequence),
          intake_id: intake.id,
          service_id: service.id,
          organisation_id: service.organisation_id,
          desa_code: intake.desa_code,
          person_id: intake.person_id,
          status,
          tier,
          note: input.note ?? null,
          accept_due_at: acceptDueAt,
          sent_at: input.send ? now : null,
          created_by: ctx.actor.id,
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'number', 'kabupaten_code', 'organisation_id', 'created_by'])
        .executeTakeFirstOrThrow();
      const common = {
        referralId: row.id,
        kabupatenCode: row.kabupaten_code,
        at: now,
        actorId: ctx.actor.id,
        fromTier: tier,
        toTier: tier,
      };
      await insertEvents(tx, [
        {
          ...common,
          action: 'create',
          fromStatus: null,
          toStatus: 'draft',
          note: input.note,
          attachments: input.attachments,
        },
        ...(input.send ? [{ ...common, action: 'send', fromStatus: 'draft', toStatus: 'sent' }] : []),
      ]);
      if (intake.status === 'open')
        await tx
          .updateTable('intake')
          .set({ status: 'referred', version: intake.version + 1 })
          .where('id', '=', intake.id)
          .execute();
      if (input.send) messages.push(...messagesFor(row, 'send', { status, tier }, ctx.actor.id));
      await notifier.store(tx, messages, now);
      await recordAudit(tx, ctx, {
        action: 'referral.create',
        objectType: 'referral',
        objectId: row.id,
        details: { service: service.code, status },
      });
      const created = await findReferral(tx, ctx.actor, row.id);
      if (!created) throw notFound();
      return presentReferralFor(tx, deps, ctx.actor, created);
    },
  );
  await notifier.dispatch(messages);
  return value;
}

/**
 * Applies one transition: the row is locked, its version compared (stale → 409), the pure state
 * machine decides, and the change, its event and its notifications are written in one
 * transaction. With an Idempotency-Key a retry returns the first response and changes nothing.
 */
export async function transitionReferral(
  deps: ReferralDeps,
  ctx: RequestContext,
  id: string,
  input: TransitionInput,
  idempotencyKey?: string,
): Promise<ReferralView> {
  const now = deps.clock.now();
  const notifier = notifierOf(deps);
  const messages: NotificationMessage[] = [];
  const { value } = await once(
    deps.db,
    { userId: ctx.actor.id, key: idempotencyKey, hash: requestHash(['transition', id, input]), now },
    async (tx) => {
      const r = await lockReferral(tx, ctx.actor, id);
      if (!r) throw notFound();
      if (r.version !== input.version) throw versionConflict(r.version);
      const state = { status: r.status as ReferralStatus, tier: r.tier as Tier };
      const result = transition(state, {
        action: input.action,
        capacities: capacitiesOf(ctx.actor, r),
        reason: input.reason,
        outcome: input.outcome,
      });
      if (!result.ok) {
        const params = { from: state.status, action: input.action };
        if (result.field)
          throw new AppError(result.status, result.code, {
            field: result.field,
            params,
            errors: [{ field: result.field, code: result.code }],
          });
        throw new AppError(result.status, result.code, { params });
      }
      const next = result.next;

      let serviceId = r.service_id;
      let organisationId = r.organisation_id;
      if (input.serviceId !== undefined && input.serviceId !== r.service_id) {
        if (!(input.action === 'send' && state.status === 'escalated'))
          throw validationFailed([{ field: 'serviceId', code: 'SERVICE_CHANGE_NOT_ALLOWED' }]);
        const service = await findService(tx, ctx.actor.kabupatenCode, input.serviceId);
        if (!service?.active) throw validationFailed([{ field: 'serviceId', code: 'SERVICE_UNKNOWN' }]);
        serviceId = service.id;
        organisationId = service.organisation_id;
      }
      const service = await findService(tx, ctx.actor.kabupatenCode, serviceId);
      if (!service) throw notFound();
      const deadlines = deadlinesAfter(input.action, now, {
        acceptDays: service.accept_days,
        completeDays: service.complete_days,
      });
      const final = next.status === 'completed' || next.status === 'cancelled';
      const updated = await tx
        .updateTable('referral')
        .set({
          status: next.status,
          tier: next.tier,
          service_id: serviceId,
          organisation_id: organisationId,
          version: r.version + 1,
          updated_at: now,
          ...(deadlines.acceptDueAt !== undefined ? { accept_due_at: deadlines.acceptDueAt } : {}),
          ...(deadlines.completeDueAt !== undefined ? { complete_due_at: deadlines.completeDueAt } : {}),
          ...(input.action === 'send' ? { sent_at: now } : {}),
          ...(input.action === 'accept' ? { accepted_at: now } : {}),
          ...(input.action === 'escalate' ? { escalated_at: now } : {}),
          ...(input.action === 'decline' ? { decline_reason: input.reason ?? null } : {}),
          ...(input.action === 'complete' ? { outcome: input.outcome ?? null } : {}),
          ...(final ? { closed_at: now } : {}),
        })
        .where('id', '=', id)
        .where('version', '=', input.version)
        .returning('id')
        .executeTakeFirst();
      if (!updated) throw versionConflict(r.version);
      await insertEvents(tx, [
        {
          referralId: id,
          kabupatenCode: r.kabupaten_code,
          at: now,
          actorId: ctx.actor.id,
          action: input.action,
          fromStatus: state.status,
          toStatus: next.status,
          fromTier: state.tier,
          toTier: next.tier,
          note: input.note,
          reason: input.reason,
          outcome: input.outcome,
          cause: input.action === 'escalate' ? 'manual' : null,
          attachments: input.attachments,
        },
      ]);
      messages.push(
        ...messagesFor({ ...r, organisation_id: organisationId }, input.action, next, ctx.actor.id),
      );
      await notifier.store(tx, messages, now);
      await recordAudit(tx, ctx, {
        action: `referral.${input.action}`,
        objectType: 'referral',
        objectId: id,
        details: { from: state.status, to: next.status, tier: next.tier },
      });
      const after = await findReferral(tx, ctx.actor, id);
      if (!after) throw notFound();
      return presentReferralFor(tx, deps, ctx.actor, after);
    },
  );
  await notifier.dispatch(messages);
  return value;
}
