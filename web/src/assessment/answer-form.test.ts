import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { definition } from '../test/assessment-fixtures.ts';
import { draftKey, emptyDraft, forgetStaleDrafts, readDraft } from './answer-draft.ts';
import {
  assessmentFieldKey,
  firstErrorStep,
  formatNumber,
  parseDecimal,
  toAnswers,
  validateAnswers,
} from './answer-form.ts';

const t = i18n.t.bind(i18n);
const indicators = definition().indicators;

describe('answer form', () => {
  it.each([
    ['24,5', 24.5],
    [' 30 ', 30],
    ['1.5', 1.5],
    ['-2', -2],
    ['', undefined],
    ['12a', undefined],
    ['1,2,3', undefined],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseDecimal(raw)).toBe(expected);
  });

  it('types the answers by answer type and leaves out the unanswered', () => {
    expect(toAnswers(indicators, { electricity: 'false', floor: 'tanah', floor_area: '' })).toEqual({
      electricity: false,
      floor: 'tanah',
    });
    expect(toAnswers(indicators, { electricity: 'true', floor_area: '24,5' })).toEqual({
      electricity: true,
      floor_area: 24.5,
    });
  });

  it('checks required answers, numbers and ranges, and finds the first step with an error', () => {
    const errors = validateAnswers(indicators, { electricity: 'true', floor_area: '5000' }, t);
    expect(Object.keys(errors)).toEqual(['answers.floor', 'answers.floor_area']);
    expect(errors['answers.floor']?.detail).toBe('Pertanyaan ini wajib dijawab.');
    expect(errors['answers.floor_area']?.detail).toBe('Antara 1 dan 1000 m².');
    expect(
      validateAnswers(indicators, { electricity: 'x', floor: 'tanah', floor_area: 'sepuluh' }, t),
    ).toEqual({
      'answers.floor_area': {
        field: 'answers.floor_area',
        code: 'NOT_A_NUMBER',
        detail: 'Isi dengan angka.',
      },
    });
    expect(firstErrorStep(indicators, Object.keys(errors))).toBe(1);
    expect(firstErrorStep(indicators, [])).toBe(-1);
  });

  it('maps server fields to the form: answers to their indicator, coordinates to the location', () => {
    expect(assessmentFieldKey(indicators, 'answers.floor_area')).toBe('answers.floor_area');
    expect(assessmentFieldKey(indicators, 'answers.floor.value')).toBe('answers.floor');
    expect(assessmentFieldKey(indicators, 'answers.unknown')).toBeUndefined();
    expect(assessmentFieldKey(indicators, 'latitude')).toBe('location');
    expect(assessmentFieldKey(indicators, 'assessedOn')).toBeUndefined();
  });

  it('formats numbers as people read them', () => {
    expect(formatNumber('2000000', 'Rp', 'id')).toBe('Rp 2.000.000');
    expect(formatNumber('24.5', 'm²', 'id')).toBe('24,5 m²');
    expect(formatNumber('24.5', 'm²', 'en')).toBe('24.5 m²');
    expect(formatNumber('abc', undefined, 'id')).toBe('abc');
  });
});

describe('answer draft', () => {
  it('keeps one draft per household and set version', () => {
    expect(draftKey('h-1', 's-1', 2)).not.toBe(draftKey('h-1', 's-1', 3));
  });

  it('reads back what was stored and treats anything unreadable as empty', () => {
    localStorage.setItem(
      'a',
      JSON.stringify({ answers: { x: '1', y: 2 }, step: 4, latitude: -5.5, longitude: 'no' }),
    );
    expect(readDraft('a')).toEqual({ answers: { x: '1' }, step: 4, latitude: -5.5, longitude: null });
    localStorage.setItem('b', '{not json');
    expect(readDraft('b')).toEqual(emptyDraft());
    localStorage.setItem('c', JSON.stringify(['answers']));
    expect(readDraft('c')).toEqual(emptyDraft());
    expect(readDraft('missing')).toEqual(emptyDraft());
  });

  it('forgets the drafts of versions that can no longer be used, of this household only', () => {
    for (const key of [draftKey('h-1', 's-1', 1), draftKey('h-1', 's-1', 2), draftKey('h-2', 's-1', 1)]) {
      localStorage.setItem(key, '{}');
    }
    forgetStaleDrafts('h-1', [draftKey('h-1', 's-1', 2)]);
    expect(localStorage.getItem(draftKey('h-1', 's-1', 1))).toBeNull();
    expect(localStorage.getItem(draftKey('h-1', 's-1', 2))).toBe('{}');
    expect(localStorage.getItem(draftKey('h-2', 's-1', 1))).toBe('{}');
  });
});
