import { describe, expect, it } from 'vitest';
import { checkAnswers, cleanAnswers } from './answers.rules.ts';
import { answersMeeting, BPS } from './scoring.fixtures.ts';

describe('checkAnswers', () => {
  const valid = answersMeeting(BPS, new Set());

  it('accepts complete answers, and optional questions left empty', () => {
    expect(checkAnswers(BPS, valid)).toEqual([]);
    expect(checkAnswers(BPS, { ...valid, head_land_area_m2: null })).toEqual([]);
  });

  it('names each invalid answer at answers.<key> with a stable code', () => {
    const { meals_per_day: _dropped, ...missing } = valid;
    expect(
      checkAnswers(BPS, {
        ...missing,
        floor_type: 'marmer',
        electric_lighting: 'ya',
        household_members: 2.5,
        protein_per_week: 30,
        colour: 'blue',
      }),
    ).toEqual([
      { field: 'answers.colour', code: 'ANSWER_UNKNOWN_INDICATOR' },
      { field: 'answers.household_members', code: 'ANSWER_NOT_INTEGER' },
      { field: 'answers.floor_type', code: 'ANSWER_CHOICE_INVALID' },
      { field: 'answers.electric_lighting', code: 'ANSWER_TYPE_INVALID', params: { expected: 'boolean' } },
      {
        field: 'answers.protein_per_week',
        code: 'ANSWER_OUT_OF_RANGE',
        params: { min: 0, max: 21, unit: 'kali/minggu' },
      },
      { field: 'answers.meals_per_day', code: 'ANSWER_REQUIRED' },
    ]);
  });

  it('keeps only known, answered keys', () => {
    expect(cleanAnswers(BPS, { ...valid, head_land_area_m2: null, other: 1 })).toEqual(
      Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'head_land_area_m2')),
    );
  });
});
