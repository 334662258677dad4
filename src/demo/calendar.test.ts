import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, birthDateForAge, toDay, toIso, yearsBefore } from './calendar.ts';
import { Rng } from './random.ts';

const MS_PER_DAY = 86_400_000;

describe('calendar', () => {
  it('converts days and ISO dates both ways, as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60_000, max: 40_000 }), (day) => {
        const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
        expect(toIso(day)).toBe(iso);
        expect(toDay(iso)).toBe(day);
      }),
    );
  });

  it.each([
    ['2024-02-29', 1, '2023-02-28'],
    ['2024-02-29', 4, '2020-02-29'],
    ['2026-01-15', 30, '1996-01-15'],
  ])('goes back from %s by %i years to %s', (from, years, expected) => {
    expect(toIso(yearsBefore(from, years))).toBe(expected);
  });

  it('draws a birth date that gives exactly the requested age', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 100 }),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        (seed, age, date) => {
          const today = date.toISOString().slice(0, 10);
          expect(ageOn(birthDateForAge(new Rng(seed), today, age), today)).toBe(age);
        },
      ),
    );
  });
});
