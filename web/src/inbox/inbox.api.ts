import { apiGet, apiPost } from '../api/client.ts';
import type { Inbox } from '../api/types.ts';

export function getInbox(signal?: AbortSignal) {
  return apiGet<Inbox>('/inbox', undefined, signal);
}

/** The referral lists of the inbox, most pressing first. */
export type Box = keyof Pick<Inbox, 'new' | 'dueSoon' | 'overdue' | 'escalated' | 'feedback'>;
export const BOXES: readonly Box[] = ['overdue', 'dueSoon', 'new', 'escalated', 'feedback'];

/** How many referrals wait in the inbox (the menu badge); one counted once across lists. */
export function inboxCount(inbox: Inbox): number {
  const ids = new Set<string>();
  for (const box of BOXES) for (const r of inbox[box]) ids.add(r.id);
  return ids.size;
}

/** Marks notifications as read; answers how many changed. */
export function markRead(ids: string[]) {
  return apiPost<{ updated: number }>('/inbox/read', { ids });
}
