import { CHANNEL_PREFIX, type Channel } from '../referral/vocabulary.ts';

/**
 * The intake number, readable on paper: channel prefix, desa code, year, and a yearly sequence per
 * desa and channel, e.g. `PKS-7303021001-2026-000123`.
 */
export function formatIntakeNumber(
  channel: Channel,
  desaCode: string,
  year: number,
  sequence: number,
): string {
  return `${CHANNEL_PREFIX[channel]}-${desaCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The referral number: regency, year and a yearly sequence of the regency, e.g. `RJK-7303-2026-000045`. */
export function formatReferralNumber(regencyCode: string, year: number, sequence: number): string {
  return `RJK-${regencyCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Parses a number back into its parts (null when it is not one of ours). */
export function parseIntakeNumber(value: string) {
  const match = /^([A-Z0-9]+)-(\d{10})-(\d{4})-(\d{6})$/.exec(value);
  if (!match) return null;
  const channel = (Object.keys(CHANNEL_PREFIX) as Channel[]).find((c) => CHANNEL_PREFIX[c] === match[1]);
  if (!channel) return null;
  return { channel, desaCode: match[2]!, year: Number(match[3]), sequence: Number(match[4]) };
}

/** Which person fields an intake must have: a registry id or minimal data, never both or neither. */
export function intakePersonProblem(input: {
  personId?: string | undefined;
  unregistered?: unknown;
}): { field: string; code: string } | null {
  if (input.personId && input.unregistered) return { field: 'unregistered', code: 'INTAKE_PERSON_AMBIGUOUS' };
  if (!input.personId && !input.unregistered) return { field: 'personId', code: 'INTAKE_PERSON_REQUIRED' };
  return null;
}
