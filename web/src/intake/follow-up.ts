import type { IdempotencyKeys } from '../api/idempotency.ts';
import type { Intake, Referral } from '../api/types.ts';
import { createReferral } from '../referral/referral.api.ts';
import { resolveIntake } from './intake.api.ts';
import type { FollowUp, ReferralDraft } from './intake-form.ts';

/** A saved intake and how far its follow-up got. */
export interface FollowUpState {
  intake: Intake;
  followUp: FollowUp;
  resolution: string;
  /** Referrals still to create (kept when creating one failed, for "try again"). */
  pending: ReferralDraft[];
  created: Referral[];
  resolved: boolean;
  error: unknown;
  working: boolean;
}

export function startFollowUp(
  intake: Intake,
  draft: { followUp: FollowUp; resolution: string; referrals: ReferralDraft[] },
): FollowUpState {
  return {
    intake,
    followUp: draft.followUp,
    resolution: draft.resolution,
    pending: draft.followUp === 'refer' ? draft.referrals : [],
    created: [],
    resolved: false,
    error: null,
    working: false,
  };
}

/**
 * Resolves the intake in the village, or creates its referrals one by one (each with its own
 * idempotency key, kept for a retry after a broken connection). Reports every step, so a failure
 * halfway leaves exactly the remaining work to try again.
 */
export async function runFollowUp(
  state: FollowUpState,
  keys: IdempotencyKeys,
  report: (state: FollowUpState) => void,
): Promise<FollowUpState> {
  let next: FollowUpState = { ...state, working: true, error: null };
  report(next);
  try {
    if (next.followUp === 'resolve' && !next.resolved) {
      const intake = await resolveIntake(next.intake.id, next.intake.version, next.resolution.trim());
      next = { ...next, intake, resolved: true };
    }
    while (next.pending.length > 0) {
      const row = next.pending[0]!;
      const input = {
        intakeId: next.intake.id,
        serviceId: row.serviceId,
        note: row.note.trim() || undefined,
      };
      const key = keys.keyFor(JSON.stringify(input));
      try {
        const referral = await createReferral({ ...input, send: true }, key);
        keys.settle();
        next = { ...next, pending: next.pending.slice(1), created: [...next.created, referral] };
        report(next);
      } catch (error) {
        keys.settle(error);
        throw error;
      }
    }
    next = { ...next, working: false };
  } catch (error) {
    next = { ...next, working: false, error };
  }
  report(next);
  return next;
}
