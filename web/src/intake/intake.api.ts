import { apiGet, apiPost, type QueryValue } from '../api/client.ts';
import type { Intake, IntakeInput, IntakeSummary, Items, Page, PersonMatch } from '../api/types.ts';

/** Likely registry matches for the person being entered (same NIK, or a similar name). */
export function findMatches(query: { nik?: string; name?: string; desa?: string }, signal?: AbortSignal) {
  return apiGet<Items<PersonMatch>>('/intakes/matches', query, signal);
}

export function createIntake(input: IntakeInput) {
  return apiPost<Intake>('/intakes', input);
}

export function getIntake(id: string, signal?: AbortSignal) {
  return apiGet<Intake>(`/intakes/${encodeURIComponent(id)}`, undefined, signal);
}

/** Handled in the village (tier 1) without a referral. */
export function resolveIntake(id: string, version: number, resolution: string) {
  return apiPost<Intake>(`/intakes/${encodeURIComponent(id)}/resolve`, { version, resolution });
}

export interface IntakeQuery {
  status?: string;
  page?: number;
  pageSize?: number;
}

/** Intakes in the user's area, newest first. */
export function listIntakes(query: IntakeQuery, signal?: AbortSignal) {
  return apiGet<Page<IntakeSummary>>('/intakes', query as Record<string, QueryValue>, signal);
}
