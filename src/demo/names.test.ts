import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEMALE_MIDDLE,
  FEMALE_OLD,
  FEMALE_YOUNG,
  MALE_MIDDLE,
  MALE_OLD,
  MALE_YOUNG,
  personName,
  spellingVariant,
  typo,
} from './names.ts';
import { Rng } from './random.ts';

const allNames = [
  ...MALE_OLD,
  ...MALE_MIDDLE,
  ...MALE_YOUNG,
  ...FEMALE_OLD,
  ...FEMALE_MIDDLE,
  ...FEMALE_YOUNG,
];
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe('demo names', () => {
  it('gives the same name for the same seed', () => {
    fc.assert(
      fc.property(seeds, fc.integer({ min: 1930, max: 2025 }), fc.boolean(), (seed, birthYear, noble) => {
        const options = { sex: 'P' as const, birthYear, noble, adult: true, haji: false };
        expect(personName(new Rng(seed), options)).toBe(personName(new Rng(seed), options));
      }),
    );
  });

  it('puts Andi first for nobles and H./Hj. before it for hajis', () => {
    const rng = new Rng(3);
    expect(personName(rng, { sex: 'L', birthYear: 1950, noble: true, adult: true, haji: true })).toMatch(
      /^H\. Andi /,
    );
    expect(
      personName(rng, { sex: 'P', birthYear: 2010, noble: false, adult: false, haji: false }),
    ).not.toMatch(/Daeng/);
  });

  it.each([
    ['Sitti Ramlah', /^Siti Ramlah$/],
    ['Hasanuddin', /^Hasanudin$/],
    ['Rizky', /^Rizk?i$/],
  ])('spells %s another accepted way', (name, expected) => {
    const variants = new Set(Array.from({ length: 40 }, (_, seed) => spellingVariant(new Rng(seed), name)));
    expect([...variants].some((v) => expected.test(v))).toBe(true);
  });

  it('turns Muhammad into its usual abbreviations', () => {
    const variants = new Set(
      Array.from({ length: 60 }, (_, seed) => spellingVariant(new Rng(seed), 'Muhammad Akbar')),
    );
    expect(variants).toEqual(new Set(['Muhamad Akbar', 'Muh. Akbar', 'Moh. Akbar', 'M. Akbar']));
  });

  it('makes a typo that always changes the name a little', () => {
    fc.assert(
      fc.property(seeds, fc.constantFrom(...allNames), (seed, name) => {
        const typed = typo(new Rng(seed), name);
        expect(typed).not.toBe(name);
        expect(Math.abs(typed.length - name.length)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
