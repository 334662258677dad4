import { apiGet } from '../api/client.ts';
import type { Inbox } from '../api/types.ts';

export function getInbox(signal?: AbortSignal) {
  return apiGet<Inbox>('/inbox', undefined, signal);
}
