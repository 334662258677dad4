import { apiGet, apiPost } from '../api/client.ts';
import type { Inbox } from '../api/types.ts';

export function getInbox(signal?: AbortSignal) {
  return apiGet<Inbox>('/inbox', undefined, signal);
}

/** The referral lists of the inbox, most pressing first. */
export type Box = keyof Pick<Inbox, 'new' | 'dueSoon' | 'overdue' | 'escalated' | 'feedback'>;
export const BOXES: readonly Box[] = ['overdue', 'dueSoon', 'new', 'escalated', 'feedback'];

/** The lists that hold work to do (feedback is kept for reference and counted once as unread news). */
const WORK: readonly Box[] = ['overdue', 'dueSoon', 'new', 'escalated'];

/**
 * How many things need attention (the menu badge): referrals waiting for work, and referrals with
 * unread news (e.g. an outcome that came back); each referral counted once.
 */
export function inboxCount(inbox: Inbox): number {
  const ids = new Set<string>();
  for (const box of WORK) for (const r of inbox[box]) ids.add(r.id);
  for (const n of inbox.notifications) if (n.readAt === null) ids.add(n.referralId ?? n.id);
  return ids.size;
}

/** Marks notifications as read; answers how many changed. */
export function markRead(ids: string[]) {
  return apiPost<{ updated: number }>('/inbox/read', { ids });
}
