import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatKk,
  formatNik,
  isRealDate,
  maskIdNumber,
  nikMismatches,
  parseKk,
  parseNik,
  type RegionLookup,
} from './nik.rules.ts';

// A few real kecamatan codes (Bantaeng, Makassar, a retired Papua code) and the rule that no
// other code exists, so corrupted region parts are recognisable.
const KNOWN = new Set(['730301', '730302', '730308', '737101', '910101']);
const regions: RegionLookup = { isKecamatan: (code) => KNOWN.has(code) };

const region = fc.constantFrom(...KNOWN);
const sex = fc.constantFrom<'L' | 'P'>('L', 'P');
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const serial = fc.integer({ min: 1, max: 9999 });
const validNik = fc
  .record({ regionCode: region, sex, birthDate, serial })
  .map((parts) => ({ ...parts, nik: formatNik(parts) }));

describe('parseNik', () => {
  it('accepts every generated valid NIK and reads back region, sex and birth date', () => {
    fc.assert(
      fc.property(validNik, ({ nik, regionCode, sex, birthDate }) => {
        const parsed = parseNik(nik, regions);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.regionCode).toBe(regionCode);
        expect(parsed.value.sex).toBe(sex);
        expect(nikMismatches(parsed.value, { sex, birthDate })).toEqual([]);
      }),
    );
  });

  it('rejects a corrupted region code with NIK_INVALID_REGION', () => {
    const unknownRegion = fc.stringMatching(/^\d{6}$/).filter((code) => !KNOWN.has(code));
    fc.assert(
      fc.property(validNik, unknownRegion, ({ nik }, code) => {
        expect(parseNik(code + nik.slice(6), regions)).toEqual({ ok: false, code: 'NIK_INVALID_REGION' });
      }),
    );
  });

  it('rejects a date part that is not a real date with NIK_INVALID_DATE', () => {
    // Day 00, 32-40, 72-99; month 00 or 13-99; 31 in a 30-day month; 29 February of a year that is leap in neither century.
    const badDate = fc.oneof(
      fc.tuple(
        fc.constantFrom(0, 32, 35, 40, 72, 80, 99),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 99 }),
      ),
      fc.tuple(
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(0, 13, 20, 99),
        fc.integer({ min: 0, max: 99 }),
      ),
      fc.tuple(fc.constantFrom(31, 71), fc.constantFrom(4, 6, 9, 11), fc.integer({ min: 0, max: 99 })),
      fc.tuple(
        fc.constantFrom(29, 69),
        fc.constant(2),
        fc.integer({ min: 0, max: 99 }).filter((y) => y % 4 !== 0),
      ),
    );
    fc.assert(
      fc.property(validNik, badDate, ({ nik }, [dd, mm, yy]) => {
        const part = [dd, mm, yy].map((n) => String(n).padStart(2, '0')).join('');
        expect(parseNik(nik.slice(0, 6) + part + nik.slice(12), regions)).toEqual({
          ok: false,
          code: 'NIK_INVALID_DATE',
        });
      }),
    );
  });

  it('rejects a wrong length with NIK_INVALID_LENGTH', () => {
    fc.assert(
      fc.property(
        validNik,
        fc.integer({ min: 0, max: 30 }).filter((n) => n !== 16),
        ({ nik }, length) => {
          const changed = length < 16 ? nik.slice(0, length) : nik + '7'.repeat(length - 16);
          expect(parseNik(changed, regions)).toEqual({ ok: false, code: 'NIK_INVALID_LENGTH' });
        },
      ),
    );
  });

  it('rejects non-digit characters with NIK_INVALID_CHARACTERS', () => {
    const bad = fc.constantFrom('a', 'O', 'l', '/', '#', 'x', '+', 'é');
    fc.assert(
      fc.property(validNik, fc.integer({ min: 0, max: 15 }), bad, ({ nik }, position, char) => {
        const changed = nik.slice(0, position) + char + nik.slice(position + 1);
        expect(parseNik(changed, regions)).toEqual({ ok: false, code: 'NIK_INVALID_CHARACTERS' });
      }),
    );
  });

  it('rejects serial 0000 and accepts spaces and dots people type', () => {
    expect(parseNik('7303024512850000', regions)).toEqual({ ok: false, code: 'NIK_INVALID_SERIAL' });
    expect(parseNik('7303 0245 1285 0001', regions)).toMatchObject({
      ok: true,
      value: { nik: '7303024512850001', sex: 'P' },
    });
    expect(parseNik('73.03.02.451285.0001', regions).ok).toBe(true);
  });

  it('accepts retired region codes (a NIK never changes)', () => {
    expect(parseNik('9101010101900001', regions).ok).toBe(true);
  });

  it('flags sex and birth-date mismatches as warnings', () => {
    const parsed = parseNik(
      formatNik({ regionCode: '730302', sex: 'P', birthDate: '1985-12-05', serial: 12 }),
      regions,
    );
    if (!parsed.ok) throw new Error('expected valid');
    expect(parsed.value.birth).toEqual({ day: 5, month: 12, year2: 85 });
    expect(nikMismatches(parsed.value, { sex: 'L', birthDate: '1985-12-05' })).toEqual(['NIK_SEX_MISMATCH']);
    expect(nikMismatches(parsed.value, { sex: 'P', birthDate: '1986-12-05' })).toEqual([
      'NIK_BIRTHDATE_MISMATCH',
    ]);
  });
});

describe('parseKk', () => {
  it('accepts generated KK numbers and rejects corruptions with KK_ codes', () => {
    fc.assert(
      fc.property(region, birthDate, serial, (regionCode, issueDate, s) => {
        const kk = formatKk({ regionCode, issueDate, serial: s });
        expect(parseKk(kk, regions).ok).toBe(true);
        expect(parseKk(`999999${kk.slice(6)}`, regions)).toEqual({ ok: false, code: 'KK_INVALID_REGION' });
        expect(parseKk(kk.slice(0, 15), regions)).toEqual({ ok: false, code: 'KK_INVALID_LENGTH' });
        // A KK date has no +40: day 45 is never valid.
        expect(parseKk(`${kk.slice(0, 6)}45${kk.slice(8)}`, regions)).toEqual({
          ok: false,
          code: 'KK_INVALID_DATE',
        });
      }),
    );
  });
});

describe('isRealDate and maskIdNumber', () => {
  it('knows leap years in either century', () => {
    expect(isRealDate({ day: 29, month: 2, year2: 0 })).toBe(true); // 2000
    expect(isRealDate({ day: 29, month: 2, year2: 4 })).toBe(true);
    expect(isRealDate({ day: 29, month: 2, year2: 1 })).toBe(false);
  });
  it('masks the middle of a NIK', () => {
    expect(maskIdNumber('7303024512850001')).toBe('7303••••••••0001');
  });
});
