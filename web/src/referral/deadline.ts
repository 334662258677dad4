import type { ReferralSummary } from '../api/types.ts';

/** A deadline is "due soon" within this time (the inbox uses the same two days). */
export const DUE_SOON_MS = 2 * 24 * 60 * 60 * 1000;

export type DueState = 'overdue' | 'dueSoon' | 'onTime' | 'none';

type Deadlines = Pick<ReferralSummary, 'status' | 'acceptDueAt' | 'completeDueAt' | 'overdue'>;

/** The deadline that matters now: acceptance while sent, completion while accepted or in progress. */
export function activeDeadline(r: Deadlines): string | null {
  if (r.status === 'sent') return r.acceptDueAt;
  if (r.status === 'accepted' || r.status === 'in_progress') return r.completeDueAt;
  return null;
}

/** Overdue as the server says; due soon when the active deadline is less than two days away. */
export function dueState(r: Deadlines, now: Date): DueState {
  const due = activeDeadline(r);
  if (r.overdue) return 'overdue';
  if (!due) return 'none';
  const left = new Date(due).getTime() - now.getTime();
  if (Number.isNaN(left)) return 'none';
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'dueSoon' : 'onTime';
}
