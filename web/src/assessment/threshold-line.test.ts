import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { assessment } from '../test/assessment-fixtures.ts';
import { thresholdLine } from './AssessmentResult.tsx';

const t = i18n.t.bind(i18n);
const base = assessment().explanation;

describe('threshold line', () => {
  it('names the criteria met and the threshold of the class reached (count rule)', () => {
    expect(thresholdLine(base, t)).toBe('Memenuhi 10 dari 14 kriteria; batas Miskin: 9');
  });

  it('gives points for a weighted set', () => {
    const weighted = {
      ...base,
      rule: 'weighted' as const,
      score: 55,
      maxScore: 100,
      criteriaMet: 4,
      criteriaTotal: 8,
      threshold: { class: 'hampir_miskin' as const, minScore: 50 },
    };
    expect(thresholdLine(weighted, t)).toBe(
      'Skor 55 dari 100 poin (4 dari 8 kriteria); batas Hampir miskin: 50 poin',
    );
  });

  it('leaves out the threshold of the best-off class, which is always 0', () => {
    const notPoor = {
      ...base,
      criteriaMet: 4,
      score: 4,
      threshold: { class: 'tidak_miskin' as const, minScore: 0 },
    };
    expect(thresholdLine(notPoor, t)).toBe('Memenuhi 4 dari 14 kriteria');
  });
});
