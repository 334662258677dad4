import { apiGet, apiPatch, apiPost } from '../api/client.ts';
import type { Items, NewUserInput, UserItem, UserPatch } from '../api/types.ts';

export function listUsers(signal?: AbortSignal) {
  return apiGet<Items<UserItem>>('/users', undefined, signal);
}

export function createUser(input: NewUserInput) {
  return apiPost<UserItem>('/users', input);
}

export function updateUser(id: string, patch: UserPatch) {
  return apiPatch<UserItem>(`/users/${encodeURIComponent(id)}`, patch);
}
