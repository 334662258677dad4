import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../referral/vocabulary.ts';
import {
  formatIntakeNumber,
  formatReferralNumber,
  intakePersonProblem,
  parseIntakeNumber,
} from './intake.rules.ts';

describe('intake numbers', () => {
  it('reads like the paper register', () => {
    expect(formatIntakeNumber('puskesos', '7303021001', 2026, 123)).toBe('PKS-7303021001-2026-000123');
    expect(formatIntakeNumber('call_center_119', '7303021001', 2026, 1)).toBe('CC119-7303021001-2026-000001');
    expect(formatReferralNumber('7303', 2026, 45)).toBe('RJK-7303-2026-000045');
  });
  it('round-trips through parsing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CHANNELS),
        fc.stringMatching(/^\d{10}$/),
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 999_999 }),
        (channel, desa, year, sequence) => {
          expect(parseIntakeNumber(formatIntakeNumber(channel, desa, year, sequence))).toEqual({
            channel,
            desaCode: desa,
            year,
            sequence,
          });
        },
      ),
    );
    expect(parseIntakeNumber('XYZ-7303021001-2026-000001')).toBeNull();
  });
  it('needs exactly one of a registry person or minimal data', () => {
    expect(intakePersonProblem({})).toEqual({ field: 'personId', code: 'INTAKE_PERSON_REQUIRED' });
    expect(intakePersonProblem({ personId: 'a', unregistered: {} })).toMatchObject({
      code: 'INTAKE_PERSON_AMBIGUOUS',
    });
    expect(intakePersonProblem({ personId: 'a' })).toBeNull();
  });
});
