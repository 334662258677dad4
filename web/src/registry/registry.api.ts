import { apiGet, apiPatch, apiPost, type QueryValue } from '../api/client.ts';
import type {
  HistoryEntry,
  Household,
  HouseholdInput,
  HouseholdSummary,
  Items,
  MemberInput,
  Person,
  PersonPatch,
  PersonSummary,
} from '../api/types.ts';

export function searchPeople(query: Record<string, QueryValue>, signal?: AbortSignal) {
  return apiGet<Items<PersonSummary>>('/people', query, signal);
}

export function searchHouseholds(query: Record<string, QueryValue>, signal?: AbortSignal) {
  return apiGet<Items<HouseholdSummary>>('/households', query, signal);
}

export function getHousehold(id: string, signal?: AbortSignal) {
  return apiGet<Household>(`/households/${encodeURIComponent(id)}`, undefined, signal);
}

export function getHouseholdHistory(id: string, signal?: AbortSignal) {
  return apiGet<Items<HistoryEntry>>(`/households/${encodeURIComponent(id)}/history`, undefined, signal);
}

export function registerHousehold(input: HouseholdInput) {
  return apiPost<Household>('/households', input);
}

export function addMember(householdId: string, input: MemberInput) {
  return apiPost<Person>(`/households/${encodeURIComponent(householdId)}/members`, input);
}

export function getPerson(id: string, signal?: AbortSignal) {
  return apiGet<Person>(`/people/${encodeURIComponent(id)}`, undefined, signal);
}

export function updatePerson(id: string, patch: PersonPatch) {
  return apiPatch<Person>(`/people/${encodeURIComponent(id)}`, patch);
}
