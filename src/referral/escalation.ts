import { sql } from 'kysely';
import { recordAudit } from '../audit/audit.repo.ts';
import type { NotificationMessage } from '../notification/notifier.ts';
import type { AppDeps } from '../server/deps.ts';
import { insertEvents, type NewEvent } from './referral.repo.ts';
import { dueEscalation, MAX_TIER } from './referral.rules.ts';
import { messagesFor, notifierOf } from './referral.service.ts';
import type { ReferralStatus, Tier } from './vocabulary.ts';

type SweepDeps = Pick<AppDeps, 'db' | 'clock' | 'notifier'>;

export interface SweepResult {
  /** Referrals escalated by this sweep. */
  escalated: number;
  /** Due candidates looked at (some may have been taken by a concurrent sweep). */
  checked: number;
}

/**
 * One escalation sweep at the injected clock's time. Referrals whose acceptance or completion
 * deadline has passed, and declined ones, move to the next tier (status `escalated`), each with
 * an event and notifications. Exactly once per missed deadline:
 * - due rows are locked (`for update skip locked`), re-checked by the pure rule, and changed in
 *   the same transaction, so concurrent sweeps take disjoint rows and a changed row is no longer due;
 * - the event carries the missed deadline as `escalation_key`, unique per referral in the database.
 * All state is in the database: a sweep after a restart finds exactly the work still due.
 */
export async function runEscalationSweep(
  deps: SweepDeps,
  options: { batchSize?: number } = {},
): Promise<SweepResult> {
  const batchSize = options.batchSize ?? 500;
  const now = deps.clock.now();
  const notifier = notifierOf(deps);
  const total: SweepResult = { escalated: 0, checked: 0 };
  for (;;) {
    const messages: NotificationMessage[] = [];
    const batch = await deps.db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('referral')
        .where('referral.tier', '<', MAX_TIER)
        .where(
          sql<boolean>`((referral.status = 'sent' and referral.accept_due_at <= ${now})
            or (referral.status in ('accepted', 'in_progress') and referral.complete_due_at <= ${now})
            or referral.status = 'declined')`,
        )
        .selectAll()
        .orderBy('referral.id')
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      const due = rows.flatMap((r) => {
        const escalation = dueEscalation(
          {
            status: r.status as ReferralStatus,
            tier: r.tier as Tier,
            acceptDueAt: r.accept_due_at ? new Date(r.accept_due_at) : null,
            completeDueAt: r.complete_due_at ? new Date(r.complete_due_at) : null,
            updatedAt: new Date(r.updated_at),
          },
          now,
        );
        return escalation ? [{ r, escalation }] : [];
      });
      if (due.length === 0) return { checked: rows.length, escalated: 0 };
      const ids = due.map((d) => d.r.id);
      await tx
        .updateTable('referral')
        .set({
          status: 'escalated',
          tier: sql`tier + 1`,
          version: sql`version + 1`,
          escalated_at: now,
          updated_at: now,
        })
        .where('id', 'in', ids)
        .execute();
      const events: NewEvent[] = due.map(({ r, escalation }) => ({
        referralId: r.id,
        kabupatenCode: r.kabupaten_code,
        at: now,
        actorId: null,
        action: 'escalate',
        fromStatus: r.status,
        toStatus: 'escalated',
        fromTier: r.tier,
        toTier: r.tier + 1,
        cause: escalation.cause,
        escalationKey: escalation.key,
      }));
      await insertEvents(tx, events);
      for (const { r } of due)
        messages.push(...messagesFor(r, 'escalate', { status: 'escalated', tier: r.tier + 1 }, null));
      await notifier.store(tx, messages, now);
      await recordAudit(tx, undefined, {
        action: 'referral.escalation_sweep',
        objectType: 'referral',
        details: { escalated: ids.length, ids },
      });
      return { checked: rows.length, escalated: due.length };
    });
    total.checked += batch.checked;
    total.escalated += batch.escalated;
    await notifier.dispatch(messages);
    // A short batch means nothing more is due (or the rest is locked by a concurrent sweep).
    if (batch.checked < batchSize || batch.escalated === 0) return total;
  }
}

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * Runs the sweep now (work that fell due while the server was down) and then every `intervalMs`,
 * never two at once. `stop` clears the timer and waits for a running sweep.
 */
export function startEscalationScheduler(
  deps: SweepDeps,
  options: { intervalMs: number; onError: (error: unknown) => void; onSweep?: (result: SweepResult) => void },
): Scheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runEscalationSweep(deps)
      .then((result) => options.onSweep?.(result), options.onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
