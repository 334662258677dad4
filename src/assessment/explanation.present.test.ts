import { describe, expect, it } from 'vitest';
import { presentExplanation } from './explanation.present.ts';
import { answersMeeting, BPS, criteriaKeys, PESISIR } from './scoring.fixtures.ts';
import { scoreAnswers, storedExplanationOf } from './scoring.rules.ts';

describe('explanation', () => {
  it('explains a BPS result in plain Indonesian, with parameter values in the criteria', () => {
    const answers = answersMeeting(BPS, new Set(criteriaKeys(BPS).slice(0, 9)));
    delete answers.savings_value_rp;
    const result = scoreAnswers(BPS, answers);
    const explanation = presentExplanation(BPS, answers, storedExplanationOf(result), result.score, 'id');
    expect(explanation.summary).toBe(
      'Memenuhi 9 dari 14 kriteria. Tergolong Miskin karena skor mencapai batas 9. ' +
        '1 pertanyaan belum dijawab dan dihitung tidak terpenuhi.',
    );
    const floor = explanation.items.find((i) => i.key === 'floor_area_m2')!;
    expect(floor.criterionText?.id).toBe('Luas lantai bangunan tempat tinggal kurang dari 8 m² per orang');
    const occupation = explanation.items.find((i) => i.key === 'head_occupation')!;
    expect(occupation.criterionText?.id).toContain('di bawah Rp 600.000 sebulan');
    expect(occupation.criterionText?.en).toContain('under Rp 600,000 a month');
    expect(explanation.items.filter((i) => i.met === true)).toHaveLength(9);
    expect(explanation.items.find((i) => i.key === 'floor_type')).toMatchObject({
      answerLabel: { id: 'Tanah', en: 'Earth' },
      met: true,
      points: 1,
    });
  });

  it('explains a weighted result with the score out of the maximum, in English on request', () => {
    const answers = answersMeeting(
      PESISIR,
      new Set(['fishing_assets', 'daily_catch_dependence', 'income_month_rp']),
    );
    const result = scoreAnswers(PESISIR, answers);
    const explanation = presentExplanation(PESISIR, answers, storedExplanationOf(result), result.score, 'en');
    expect(explanation).toMatchObject({ score: 50, maxScore: 100, criteriaMet: 3, criteriaTotal: 8 });
    expect(explanation.summary).toBe(
      'Score 50 of 100 (3 of 8 criteria met). Classified Poor because the score reaches the threshold of 50.',
    );
    const none = presentExplanation(PESISIR, {}, { met: [] }, 0, 'id');
    expect(none.summary).toBe(
      'Skor 0 dari 100 (0 dari 8 kriteria terpenuhi). Tergolong Tidak miskin karena skor di bawah 20. ' +
        '8 pertanyaan belum dijawab dan dihitung tidak terpenuhi.',
    );
  });
});
