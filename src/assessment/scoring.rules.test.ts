import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from './assessment.schema.ts';
import { checkDefinition } from './indicator-set.rules.ts';
import type { ClassThreshold } from './indicator-set.schema.ts';
import {
  answersMeeting,
  BPS,
  BUILT_IN,
  candidateAnswers,
  criteriaKeys,
  DATARAN_RENDAH,
  PEGUNUNGAN,
  PESISIR,
} from './scoring.fixtures.ts';
import { applyOverrides, classify, scoreAnswers, storedExplanationOf } from './scoring.rules.ts';
import { classRank, WELFARE_CLASSES } from './vocabulary.ts';

const BPS_KEYS = criteriaKeys(BPS);
const first = (n: number) => new Set(BPS_KEYS.slice(0, n));

describe('built-in sets', () => {
  it('are valid documents: BPS with 14 criteria, each example local set with 8 weighted ones', () => {
    for (const set of BUILT_IN) expect(checkDefinition(set)).toEqual([]);
    expect(BPS_KEYS).toHaveLength(14);
    expect(BPS.scoring).toBe('count');
    expect(BPS.parameters.find((p) => p.key === 'land_area_max_m2')?.value).toBe(500);
    for (const local of [PESISIR, DATARAN_RENDAH, PEGUNUNGAN]) {
      expect(local.example).toBe(true);
      expect(local.scoring).toBe('weighted');
      expect(criteriaKeys(local)).toHaveLength(8);
      expect(local.indicators.reduce((sum, i) => sum + i.weight, 0)).toBe(100);
      expect(local.classes.map((c) => c.class)).toEqual([...WELFARE_CLASSES]);
    }
  });
});

describe('BPS 14 criteria (golden)', () => {
  it('a household meeting exactly 8 criteria is not poor', () => {
    const result = scoreAnswers(BPS, answersMeeting(BPS, first(8)));
    expect(result).toMatchObject({
      score: 8,
      criteriaMet: 8,
      criteriaTotal: 14,
      maxScore: 14,
      welfareClass: 'tidak_miskin',
    });
    expect(result.threshold).toEqual({ class: 'tidak_miskin', minScore: 0 });
    expect(result.nextClass).toBeNull();
  });

  it('a household meeting exactly 9 criteria is poor, and the explanation names them', () => {
    const result = scoreAnswers(BPS, answersMeeting(BPS, first(9)));
    expect(result).toMatchObject({ score: 9, criteriaMet: 9, welfareClass: 'miskin' });
    expect(result.threshold).toEqual({ class: 'miskin', minScore: 9 });
    expect(result.nextClass).toEqual({ class: 'tidak_miskin', belowScore: 9 });
    expect(storedExplanationOf(result).met).toEqual(BPS_KEYS.slice(0, 9));
    expect(result.items.find((i) => i.key === 'household_members')).toEqual({
      key: 'household_members',
      met: null,
      unanswered: false,
      points: 0,
    });
  });

  it('a household meeting all 14 criteria is poor with score 14', () => {
    const result = scoreAnswers(BPS, answersMeeting(BPS, new Set(BPS_KEYS)));
    expect(result).toMatchObject({ score: 14, criteriaMet: 14, welfareClass: 'miskin' });
  });

  it('unanswered questions count as not met and are listed', () => {
    const answers = answersMeeting(BPS, first(9));
    delete answers[BPS_KEYS[0]!];
    answers[BPS_KEYS[1]!] = null;
    const result = scoreAnswers(BPS, answers);
    expect(result).toMatchObject({ score: 7, welfareClass: 'tidak_miskin' });
    expect(result.items.filter((i) => i.unanswered).map((i) => i.key)).toEqual([BPS_KEYS[0], BPS_KEYS[1]]);
  });

  it('reads the criteria exactly at their bounds', () => {
    const base = answersMeeting(BPS, new Set());
    const met = (answers: Answers, key: string) =>
      scoreAnswers(BPS, answers).items.find((i) => i.key === key)?.met;
    // Floor area: under 8 m² per person, so exactly 8 m² per person is not met.
    expect(met({ ...base, household_members: 5, floor_area_m2: 40 }, 'floor_area_m2')).toBe(false);
    expect(met({ ...base, household_members: 5, floor_area_m2: 39.5 }, 'floor_area_m2')).toBe(true);
    // Farmer with 500 m² or less; income under Rp 600,000.
    const farmer = { ...base, head_occupation: 'petani', head_income_month_rp: 900_000 };
    expect(met({ ...farmer, head_land_area_m2: 500 }, 'head_occupation')).toBe(true);
    expect(met({ ...farmer, head_land_area_m2: 501 }, 'head_occupation')).toBe(false);
    expect(met({ ...farmer, head_land_area_m2: null }, 'head_occupation')).toBe(false);
    expect(
      met({ ...base, head_occupation: 'lainnya', head_income_month_rp: 600_000 }, 'head_occupation'),
    ).toBe(false);
    expect(
      met({ ...base, head_occupation: 'lainnya', head_income_month_rp: 599_999 }, 'head_occupation'),
    ).toBe(true);
    expect(met({ ...base, savings_value_rp: 500_000 }, 'savings_value_rp')).toBe(false);
    expect(met({ ...base, meals_per_day: 2 }, 'meals_per_day')).toBe(true);
  });

  it('takes the land area from the set parameter (0.5 ha in some published copies)', () => {
    const answers = { ...answersMeeting(BPS, new Set()), head_occupation: 'petani', head_land_area_m2: 3000 };
    const items = (set: typeof BPS) =>
      scoreAnswers(set, answers).items.find((i) => i.key === 'head_occupation')?.met;
    expect(items(BPS)).toBe(false);
    expect(items(applyOverrides(BPS, { parameters: { land_area_max_m2: 5000 } }))).toBe(true);
  });
});

describe('example local sets (golden)', () => {
  const meeting = (set: typeof PESISIR, keys: string[]) =>
    scoreAnswers(set, answersMeeting(set, new Set(keys)));

  it('pesisir: all criteria → sangat_miskin; boat, catch and income → miskin at exactly 50', () => {
    expect(meeting(PESISIR, criteriaKeys(PESISIR))).toMatchObject({
      score: 100,
      welfareClass: 'sangat_miskin',
    });
    expect(meeting(PESISIR, ['fishing_assets', 'daily_catch_dependence', 'income_month_rp'])).toMatchObject({
      score: 50,
      welfareClass: 'miskin',
      threshold: { class: 'miskin', minScore: 50 },
      nextClass: { class: 'hampir_miskin', belowScore: 50 },
    });
    expect(meeting(PESISIR, ['fishing_assets', 'income_month_rp'])).toMatchObject({
      score: 35,
      welfareClass: 'hampir_miskin',
    });
  });

  it('pegunungan: small land and a far health post → rentan; dataran rendah: nothing met → tidak_miskin', () => {
    expect(meeting(PEGUNUNGAN, ['land_area_m2', 'distance_health_post_km'])).toMatchObject({
      score: 30,
      welfareClass: 'rentan',
    });
    expect(meeting(PEGUNUNGAN, ['land_area_m2'])).toMatchObject({ score: 15, welfareClass: 'tidak_miskin' });
    expect(meeting(DATARAN_RENDAH, [])).toMatchObject({ score: 0, welfareClass: 'tidak_miskin' });
    expect(meeting(DATARAN_RENDAH, criteriaKeys(DATARAN_RENDAH).slice(0, 5))).toMatchObject({
      score: 70,
      welfareClass: 'sangat_miskin',
    });
  });
});

describe('properties', () => {
  const setArb = fc.constantFrom(...BUILT_IN);

  it('meeting one more criterion never gives a better-off class', () => {
    fc.assert(
      fc.property(
        setArb.chain((set) =>
          fc.tuple(fc.constant(set), fc.subarray(criteriaKeys(set)), fc.constantFrom(...criteriaKeys(set))),
        ),
        ([set, met, extra]) => {
          const before = scoreAnswers(set, answersMeeting(set, new Set(met)));
          const after = scoreAnswers(set, answersMeeting(set, new Set([...met, extra])));
          expect(after.score).toBeGreaterThanOrEqual(before.score);
          expect(classRank(after.welfareClass)).toBeLessThanOrEqual(classRank(before.welfareClass));
        },
      ),
    );
  });

  it('the same answers and version always give the same result', () => {
    const answersArb = (set: typeof BPS) =>
      fc.record(
        Object.fromEntries(
          set.indicators.map((i) => [
            i.key,
            fc.option(fc.constantFrom(...candidateAnswers(i, set)), { nil: null }),
          ]),
        ),
      );
    fc.assert(
      fc.property(
        setArb.chain((set) => fc.tuple(fc.constant(set), answersArb(set))),
        ([set, answers]) => {
          const once = scoreAnswers(set, answers as Answers);
          const again = scoreAnswers(structuredClone(set), structuredClone(answers) as Answers);
          expect(again).toEqual(once);
        },
      ),
    );
  });

  it('a higher score never gives a better-off class, whatever the thresholds', () => {
    const thresholdsArb = fc
      .tuple(
        fc.subarray([...WELFARE_CLASSES], { minLength: 2 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 4, maxLength: 4 }),
      )
      .map(([classes, mins]): ClassThreshold[] => {
        const sorted = [...mins].sort((a, b) => b - a);
        return classes.map((c, i) => ({
          class: c,
          minScore: i === classes.length - 1 ? 0 : sorted[i + 4 - (classes.length - 1)]!,
        }));
      });
    fc.assert(
      fc.property(thresholdsArb, fc.nat(250), fc.nat(250), (classes, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(classRank(classify(classes, high).welfareClass)).toBeLessThanOrEqual(
          classRank(classify(classes, low).welfareClass),
        );
      }),
    );
  });
});
