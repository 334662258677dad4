import { apiGet, apiRequest, type QueryValue } from '../api/client.ts';
import type {
  Items,
  Organisation,
  Page,
  PersonServices,
  Referral,
  ReferralInput,
  ReferralQuery,
  ReferralStatus,
  ReferralSummary,
  Service,
  TransitionInput,
} from '../api/types.ts';

export function listReferrals(query: ReferralQuery, signal?: AbortSignal) {
  return apiGet<Page<ReferralSummary>>('/referrals', query as Record<string, QueryValue>, signal);
}

export function getReferral(id: string, signal?: AbortSignal) {
  return apiGet<Referral>(`/referrals/${encodeURIComponent(id)}`, undefined, signal);
}

/** Creates (and by default sends) a referral; the key makes a retry after a broken connection safe. */
export function createReferral(input: ReferralInput, idempotencyKey: string) {
  return apiRequest<Referral>('/referrals', {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/**
 * Moves a referral to its next status. `idempotencyKey` is one per user action: a retry after a
 * broken connection sends the same key, so the server applies the action once.
 */
export function transitionReferral(id: string, input: TransitionInput, idempotencyKey: string) {
  return apiRequest<Referral>(`/referrals/${encodeURIComponent(id)}/transitions`, {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** The services of the catalogue: the active ones, or all of them for administrators. */
export function listServices(signal?: AbortSignal, includeInactive = false) {
  return apiGet<Items<Service>>(
    '/services',
    includeInactive ? { includeInactive: 'true' } : undefined,
    signal,
  );
}

export function listOrganisations(signal?: AbortSignal) {
  return apiGet<Items<Organisation>>('/organisations', undefined, signal);
}

export function getPersonServices(personId: string, signal?: AbortSignal) {
  return apiGet<PersonServices>(`/people/${encodeURIComponent(personId)}/services`, undefined, signal);
}

/** The referral letter (A4 PDF) of a referral. */
export function letterHref(id: string): string {
  return `/api/v1/referrals/${encodeURIComponent(id)}/letter.pdf`;
}

/** What the letter's QR code confirms: the letter is genuine, and its current status. */
export interface Verification {
  valid: true;
  number: string;
  status: ReferralStatus;
  serviceName: string;
  organisationName: string;
  acceptDueAt: string | null;
  completeDueAt: string | null;
  referralId: string;
}

export function verifyReferral(id: string, signal?: AbortSignal) {
  return apiGet<Verification>(`/referrals/${encodeURIComponent(id)}/verify`, undefined, signal);
}

/** A change to a catalogue service (administrators); `version` is the one that was read. */
export interface ServicePatch {
  version: number;
  name?: string;
  tier?: number;
  acceptDays?: number;
  completeDays?: number;
  requiredDocuments?: string[];
  eligibility?: string;
  active?: boolean;
}

export function updateService(id: string, patch: ServicePatch) {
  return apiRequest<Service>(`/services/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });
}
