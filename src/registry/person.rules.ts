import type { FieldError } from '../platform/errors.ts';
import { nikMismatches, normalizeIdNumber, parseNik, type RegionLookup } from './nik.rules.ts';
import type { PersonFlag } from './vocabulary.ts';

/** What the identity rules need to know about a person (from input, or input merged over the record). */
export interface PersonIdentity {
  nik?: string | null | undefined;
  sex: 'L' | 'P';
  birthDate: string;
  pregnant?: boolean | undefined;
  nikMismatchReason?: string | null | undefined;
}

export interface IdentityCheck {
  /** Normalised NIK (digits only) or null when none was given. */
  nik: string | null;
  flags: PersonFlag[];
  errors: FieldError[];
}

/**
 * Validates a person's NIK against the region codes and against their stated sex and birth date.
 * An invalid NIK is an error; a mismatch is accepted only with a reason and is then flagged;
 * no NIK at all is allowed (babies, people without documents) and flagged NIK_MISSING.
 */
export function checkIdentity(
  person: PersonIdentity,
  regions: RegionLookup,
  today: string,
  path: string,
): IdentityCheck {
  const errors: FieldError[] = [];
  const flags: PersonFlag[] = [];
  const at = (field: string) => (path ? `${path}.${field}` : field);

  if (person.birthDate > today) errors.push({ field: at('birthDate'), code: 'DATE_IN_FUTURE' });
  if (person.birthDate < '1900-01-01') errors.push({ field: at('birthDate'), code: 'INVALID_DATE' });
  if (person.pregnant && person.sex !== 'P')
    errors.push({ field: at('pregnant'), code: 'PREGNANT_ONLY_WOMEN' });

  const raw = person.nik?.trim();
  if (!raw) {
    flags.push('NIK_MISSING');
    return { nik: null, flags, errors };
  }
  const parsed = parseNik(raw, regions);
  if (!parsed.ok) {
    errors.push({ field: at('nik'), code: parsed.code });
    return { nik: normalizeIdNumber(raw), flags, errors };
  }
  const mismatches = nikMismatches(parsed.value, person);
  if (mismatches.length > 0) {
    if (person.nikMismatchReason?.trim()) flags.push(...mismatches);
    else for (const code of mismatches) errors.push({ field: at('nik'), code });
  }
  return { nik: parsed.value.nik, flags, errors };
}

/** Age in whole years on a given day (both 'YYYY-MM-DD'). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Household composition rule: exactly one head among the members being registered. */
export function checkHeads(relations: string[], path = 'members'): FieldError[] {
  const heads = relations.flatMap((relation, index) => (relation === 'kepala_keluarga' ? [index] : []));
  if (heads.length === 1) return [];
  if (heads.length === 0) return [{ field: `${path}.0.relation`, code: 'HEAD_REQUIRED' }];
  return heads.slice(1).map((index) => ({ field: `${path}.${index}.relation`, code: 'HEAD_DUPLICATE' }));
}

/** One entry per changed field; values are compared as JSON so arrays and objects compare by content. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { field: string; old: unknown; new: unknown }[] {
  return Object.entries(after).flatMap(([field, value]) => {
    if (value === undefined) return [];
    const old = before[field] ?? null;
    return JSON.stringify(old) === JSON.stringify(value ?? null) ? [] : [{ field, old, new: value ?? null }];
  });
}
