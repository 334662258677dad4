import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSearchKey, normalizeName, scoreNameMatch } from './name.rules.ts';

const score = (query: string, candidate: string) =>
  scoreNameMatch(normalizeName(query), normalizeName(candidate));

describe('normalizeName', () => {
  it.each([
    ['Siti Aminah', 'siti aminah'],
    ['Sitti Aminah', 'siti aminah'],
    ['St. Aminah', 'siti aminah'],
    ['Nurhayati', 'nurhaiati'],
    ['Nurhaiati', 'nurhaiati'],
    ['Muhammad Ali', 'muhamad ali'],
    ['Muhamad Ali', 'muhamad ali'],
    ['Muh. Ali', 'muhamad ali'],
    ['Moh. Ali', 'muhamad ali'],
    ['Mohammad Ali', 'muhamad ali'],
    ['Mochammad Ali', 'muhamad ali'],
    ['Md Ali', 'muhamad ali'],
    ['A. Baso', 'andi baso'],
    ['Andi Baso', 'andi baso'],
    ['Hasanuddin', 'hasanudin'],
    ['Syamsuddin', 'samsudin'],
    ['Samsudin', 'samsudin'],
    ['Djamaluddin', 'jamaludin'],
    ['Soekarno', 'sukarno'],
    ['Tjokro', 'cokro'],
    ['Chairul', 'kairul'],
    ['Khairul', 'kairul'],
    ['Ramadhan', 'ramadan'],
    ['Abd. Rahman', 'abdul rahman'],
    ['Baso Dg. Nai', 'baso daeng nai'],
    ['Hj. Sitti Aminah, S.Pd', 'siti aminah'],
    ['Dr. H. Muh. Basri, S.E., M.M.', 'muhamad basri'],
    ['Hj. St. Aminah', 'siti aminah'],
    ['Andi Baso, S.T.', 'andi baso'],
    ["Pa'jukukang", 'pajukukang'],
    ['Pa`jukukang', 'pajukukang'],
    ['  SITI   aminah  ', 'siti aminah'],
    ['Sītî Ámînah', 'siti aminah'],
    ['Ayyub', 'aiub'],
    ['Sofie', 'sofi'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it.each([
    // A final "A" is an initial, not Andi.
    ['Baso A', 'baso a'],
    // "H" only counts as Haji in front of the name.
    ['Baso H Nai', 'baso h nai'],
    // A lone title is kept so the record stays findable.
    ['Haji', 'haji'],
    // Non-title text after a comma is part of the name.
    ['Aminah, Siti', 'aminah siti'],
    ['', ''],
    ['  ,. ', ''],
  ])('keeps name parts that only look like titles or abbreviations: %j → %j', (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it('keeps distinct names distinct', () => {
    expect(normalizeName('Siti Aminah')).not.toBe(normalizeName('Siti Rahma'));
    expect(normalizeName('Muhammad Ali')).not.toBe(normalizeName('Muhammad Alwi'));
    expect(normalizeName('Yusuf')).toBe('yusuf');
  });
});

describe('nameSearchKey', () => {
  it('produces exactly the stored normal form so the trigram query compares like with like', () => {
    for (const raw of ['Hj. Sitti Aminah, S.Pd', 'Muh. Ali', 'A. Baso', "Pa'jukukang"]) {
      expect(nameSearchKey(raw)).toBe(normalizeName(raw));
    }
  });
});

const unrelated = 'La Ode Kamaruddin';

describe('scoreNameMatch: spelling variants of the same person', () => {
  it.each([
    ['Siti Aminah', 'Sitti Aminah'],
    ['St. Aminah', 'Siti Aminah'],
    ['Nurhayati', 'Nurhaiati'],
    ['Muhammad Ali', 'Muh. Ali'],
    ['Moh. Ali', 'Mohammad Ali'],
    ['Muhamad Ali', 'Muhammad Ali'],
    ['A. Baso', 'Andi Baso'],
    ['Hasanuddin', 'Hasanudin'],
    ['Syamsuddin', 'Samsudin'],
    ['Djamaluddin', 'Jamaludin'],
    ['Soekarno', 'Sukarno'],
    ['Hj. Sitti Aminah, S.Pd', 'Siti Aminah'],
    ["Pa'jukukang", 'Pajukukang'],
    ['siti   AMINAH', 'Siti Aminah'],
    // A typo on top of a spelling variant still ranks as the same person.
    ['Siti Aminha', 'Sitti Aminah'],
    ['Jamaludin', 'Djamaludin Baso'],
  ])('%j ~ %j', (a, b) => {
    const s = score(a, b);
    expect(s).toBeGreaterThanOrEqual(0.85);
    expect(s).toBeGreaterThan(score(a, unrelated));
  });

  it('ignores word order', () => {
    expect(score('Baso Daeng Nai', 'Daeng Nai Baso')).toBe(1);
    expect(score('Baso Dg. Nai', 'Daeng Nai Baso')).toBe(1);
    expect(scoreNameMatch('baso andi', 'andi baso')).toBe(1);
  });

  it('accepts a partial last token as a prefix', () => {
    expect(scoreNameMatch('siti nur', 'siti nurhaiati')).toBeGreaterThanOrEqual(0.85);
    expect(scoreNameMatch('siti nur', 'siti nurhaiati')).toBeLessThan(1);
    // Too short to be a meaningful prefix.
    expect(scoreNameMatch('nu', 'nurhaiati')).toBe(0);
  });
});

describe('scoreNameMatch: ranking and rejection', () => {
  it('rejects a different given name with the same first token', () => {
    expect(score('Siti Aminah', 'Siti Rahma')).toBeLessThan(0.85);
  });

  it('ranks a near-miss below the exact name', () => {
    const exact = score('Muhammad Ali', 'Muhammad Ali');
    const near = score('Muhammad Ali', 'Muhammad Alwi');
    expect(exact).toBe(1);
    expect(near).toBeLessThan(exact);
  });

  it('ranks the exact name above a longer name containing it, and keeps both', () => {
    const exact = scoreNameMatch('siti aminah', 'siti aminah');
    const longer = scoreNameMatch('siti aminah', 'siti aminah binti baso');
    expect(exact).toBeGreaterThan(longer);
    expect(longer).toBeGreaterThanOrEqual(0.85);
  });

  it('scores token matches by tier: exact > prefix > one edit > two edits on long tokens', () => {
    const prefix = scoreNameMatch('aminah nur', 'aminah nurdin');
    const oneEdit = scoreNameMatch('aminah nurdin', 'aminah nurdim');
    const twoEdits = scoreNameMatch('aminah kamarudin', 'aminah kamarodim');
    expect(prefix).toBeCloseTo(0.95, 10);
    expect(oneEdit).toBeCloseTo(0.9, 10);
    expect(twoEdits).toBeCloseTo(0.85, 10);
    // Two edits on a short token is a different name.
    expect(scoreNameMatch('nurdin', 'nasrin')).toBe(0);
    // One edit on a 3-letter token (ali/adi) is a different name too.
    expect(scoreNameMatch('ali', 'adi')).toBe(0);
  });

  it('uses each candidate token at most once', () => {
    // Both query tokens want the single "baso"; only one may have it.
    expect(scoreNameMatch('baso baso', 'baso')).toBeCloseTo(0.5, 10);
  });

  it('applies the documented formula for unmatched candidate tokens', () => {
    // mean 1, coverage (1 + 0.5*1)/2 = 0.75 → 0.85 + 0.15*0.75
    expect(scoreNameMatch('aminah', 'aminah baso')).toBeCloseTo(0.9625, 10);
  });

  it('returns 0 for empty input', () => {
    expect(scoreNameMatch('', 'siti')).toBe(0);
    expect(scoreNameMatch('siti', '')).toBe(0);
    expect(scoreNameMatch('', '')).toBe(0);
  });
});

// Random strings rarely hit the interesting rules, so mix in real name parts, titles,
// abbreviations and punctuation alongside arbitrary text.
const namePart = fc.oneof(
  fc.constantFrom(
    'Siti',
    'Sitti',
    'St.',
    'A.',
    'a',
    'H.',
    'Hj',
    'haji',
    'Dr.',
    'Muh.',
    'Mdd',
    'Dg',
    'Abd',
    'Baso',
    'Daeng',
    'Nai',
    'Nurhayati',
    'Ayyub',
    'kiee',
    'Djamaluddin',
    'Soekarno',
    'Syamsuddin',
    "Pa'jukukang",
    ', S.Pd',
    ', S.T.',
    ',',
    'M.M.',
    'st',
    'Sofie',
    'Tjhin',
    'qoeq',
    'yy',
    'ÄÖÜ',
    '1945',
  ),
  fc.string({ maxLength: 8 }),
  fc.stringMatching(/^[a-z]{1,8}$/),
);
const rawName = fc.array(namePart, { maxLength: 6 }).map((parts) => parts.join(' '));
const normToken = fc.stringMatching(/^[a-z]{1,9}$/);
const normName = fc.array(normToken, { minLength: 1, maxLength: 5 }).map((t) => t.join(' '));

describe('properties', () => {
  it('normalizeName is idempotent', () => {
    fc.assert(
      fc.property(rawName, (raw) => {
        const once = normalizeName(raw);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizeName outputs only lowercase letters separated by single spaces', () => {
    fc.assert(
      fc.property(fc.oneof(rawName, fc.string()), (raw) => {
        expect(normalizeName(raw)).toMatch(/^[a-z]+( [a-z]+)*$|^$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('a normalised name matches itself perfectly', () => {
    fc.assert(
      fc.property(normName, (name) => {
        expect(scoreNameMatch(name, name)).toBe(1);
      }),
    );
  });

  it('scores stay within [0, 1]', () => {
    fc.assert(
      fc.property(normName, normName, (q, c) => {
        const s = scoreNameMatch(q, c);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('reordering the candidate tokens does not change the score', () => {
    // Small alphabet so prefixes, near-misses and ties between candidate tokens are common.
    const tok = fc.stringMatching(/^[abn]{3,9}$/);
    fc.assert(
      fc.property(
        fc.array(tok, { minLength: 1, maxLength: 4 }),
        fc
          .array(tok, { minLength: 1, maxLength: 5 })
          .chain((c) =>
            fc.tuple(fc.constant(c), fc.shuffledSubarray(c, { minLength: c.length, maxLength: c.length })),
          ),
        (q, [c, shuffled]) => {
          expect(scoreNameMatch(q.join(' '), shuffled.join(' '))).toBe(
            scoreNameMatch(q.join(' '), c.join(' ')),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
