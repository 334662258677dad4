import { apiGet, apiPost } from '../api/client.ts';
import type { SessionInfo } from '../api/types.ts';

export function login(username: string, password: string): Promise<SessionInfo> {
  return apiPost<SessionInfo>('/auth/login', { username, password });
}

export function logout(): Promise<void> {
  return apiPost<void>('/auth/logout');
}

export function fetchSession(signal?: AbortSignal): Promise<SessionInfo> {
  return apiGet<SessionInfo>('/auth/me', undefined, signal);
}
