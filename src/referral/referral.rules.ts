/**
 * The referral workflow as an explicit transition table, pure: no I/O, no clock of its own.
 *
 *   draft ─send→ sent ─accept→ accepted ─start→ in_progress ─complete→ completed
 *                 │ └decline→ declined            │ (accepted may complete directly)
 *                 └─────────── escalate (deadline passed, declined, or by a coordinator) → escalated
 *   escalated ─send→ sent (re-routed at the higher tier) | ─complete→ completed (handled there)
 *   cancel from any open state; completed and cancelled are final.
 */
import type { EscalationCause, ReferralAction, ReferralStatus, Tier } from './vocabulary.ts';

/** In which capacity someone acts on a referral (derived from role and scope by the policy). */
export type Capacity = 'referrer' | 'provider' | 'coordinator' | 'system';

export interface ReferralState {
  status: ReferralStatus;
  tier: Tier;
}

interface Rule {
  action: ReferralAction;
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  by: readonly Capacity[];
}

const OPEN: readonly ReferralStatus[] = ['draft', 'sent', 'accepted', 'in_progress', 'declined', 'escalated'];

export const TRANSITIONS: readonly Rule[] = [
  { action: 'send', from: ['draft'], to: 'sent', by: ['referrer', 'coordinator'] },
  { action: 'send', from: ['escalated'], to: 'sent', by: ['coordinator'] },
  { action: 'accept', from: ['sent'], to: 'accepted', by: ['provider'] },
  { action: 'decline', from: ['sent'], to: 'declined', by: ['provider'] },
  { action: 'start', from: ['accepted'], to: 'in_progress', by: ['provider'] },
  { action: 'complete', from: ['accepted', 'in_progress'], to: 'completed', by: ['provider'] },
  { action: 'complete', from: ['escalated'], to: 'completed', by: ['coordinator'] },
  { action: 'cancel', from: OPEN, to: 'cancelled', by: ['referrer', 'coordinator'] },
  {
    action: 'escalate',
    from: ['sent', 'accepted', 'in_progress', 'declined'],
    to: 'escalated',
    by: ['system', 'coordinator'],
  },
];

export const FINAL_STATUSES: readonly ReferralStatus[] = ['completed', 'cancelled'];
export const MAX_TIER: Tier = 3;

export interface TransitionRequest {
  action: ReferralAction;
  capacities: readonly Capacity[];
  reason?: string | undefined;
  outcome?: string | undefined;
}

export type TransitionResult =
  | { ok: true; next: ReferralState }
  | { ok: false; status: 403 | 409 | 422; code: string; field?: string };

/** The next state, or why the transition is refused. Never throws. */
export function transition(state: ReferralState, request: TransitionRequest): TransitionResult {
  const rule = TRANSITIONS.find((r) => r.action === request.action && r.from.includes(state.status));
  if (!rule) return { ok: false, status: 409, code: 'REFERRAL_TRANSITION_NOT_ALLOWED' };
  if (!rule.by.some((c) => request.capacities.includes(c)))
    return { ok: false, status: 403, code: 'REFERRAL_ACTION_FORBIDDEN' };
  if ((request.action === 'decline' || request.action === 'cancel') && !request.reason?.trim())
    return { ok: false, status: 422, code: 'REASON_REQUIRED', field: 'reason' };
  if (request.action === 'complete' && !request.outcome)
    return { ok: false, status: 422, code: 'OUTCOME_REQUIRED', field: 'outcome' };
  if (request.action === 'escalate') {
    if (state.tier >= MAX_TIER) return { ok: false, status: 409, code: 'ESCALATION_MAX_TIER' };
    return { ok: true, next: { status: 'escalated', tier: (state.tier + 1) as Tier } };
  }
  return { ok: true, next: { status: rule.to, tier: state.tier } };
}

/** The actions the given capacities may take now (the UI shows only these). */
export function allowedActions(state: ReferralState, capacities: readonly Capacity[]): ReferralAction[] {
  const actions = new Set<ReferralAction>();
  for (const rule of TRANSITIONS) {
    if (!rule.from.includes(state.status) || !rule.by.some((c) => capacities.includes(c))) continue;
    if (rule.action === 'escalate' && state.tier >= MAX_TIER) continue;
    actions.add(rule.action);
  }
  return [...actions];
}

export interface Deadlines {
  status: ReferralStatus;
  tier: Tier;
  acceptDueAt: Date | null;
  completeDueAt: Date | null;
  /** When the referral was last changed (identifies one decline). */
  updatedAt: Date;
}

export interface DueEscalation {
  cause: EscalationCause;
  /** Identifies the missed deadline: at most one escalation per key and referral. */
  key: string;
}

/** Whether a deadline has passed (or a decline waits) so the sweep must escalate; null when not. */
export function dueEscalation(r: Deadlines, now: Date): DueEscalation | null {
  if (r.tier >= MAX_TIER) return null;
  if (r.status === 'sent' && r.acceptDueAt && r.acceptDueAt.getTime() <= now.getTime())
    return { cause: 'accept_overdue', key: `accept:${r.acceptDueAt.toISOString()}` };
  if (
    (r.status === 'accepted' || r.status === 'in_progress') &&
    r.completeDueAt &&
    r.completeDueAt.getTime() <= now.getTime()
  )
    return { cause: 'complete_overdue', key: `complete:${r.completeDueAt.toISOString()}` };
  if (r.status === 'declined') return { cause: 'declined', key: `declined:${r.updatedAt.toISOString()}` };
  return null;
}

/** Open and past its current deadline (shown on the board whatever the tier). */
export function isOverdue(
  r: Pick<Deadlines, 'status' | 'acceptDueAt' | 'completeDueAt'>,
  now: Date,
): boolean {
  const t = now.getTime();
  if (r.status === 'sent') return r.acceptDueAt !== null && r.acceptDueAt.getTime() <= t;
  if (r.status === 'accepted' || r.status === 'in_progress')
    return r.completeDueAt !== null && r.completeDueAt.getTime() <= t;
  return false;
}

const DAY_MS = 86_400_000;

/** Deadline columns set by a transition: acceptance counts from sending, completion from acceptance. */
export function deadlinesAfter(
  action: ReferralAction,
  now: Date,
  service: { acceptDays: number; completeDays: number },
): { acceptDueAt?: Date | null; completeDueAt?: Date | null } {
  if (action === 'send')
    return { acceptDueAt: new Date(now.getTime() + service.acceptDays * DAY_MS), completeDueAt: null };
  if (action === 'accept') return { completeDueAt: new Date(now.getTime() + service.completeDays * DAY_MS) };
  return {};
}
