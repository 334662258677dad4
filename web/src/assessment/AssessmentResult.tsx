import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Assessment, Explanation } from '../api/types.ts';
import { formatDate } from '../registry/format.ts';
import { ClassBadge, classLabel, localized } from './labels.tsx';

/** "Memenuhi 10 dari 14 kriteria; batas miskin: 9" (count rule) or the weighted equivalent. */
export function thresholdLine(explanation: Explanation, t: TFunction): string {
  const cls = classLabel(t, explanation.threshold.class);
  // The best-off class is the fallback (threshold 0): naming it adds nothing; the summary says
  // which threshold the score stayed under.
  if (explanation.threshold.minScore === 0) {
    const values = {
      met: explanation.criteriaMet,
      total: explanation.criteriaTotal,
      score: explanation.score,
      max: explanation.maxScore,
    };
    return explanation.rule === 'count'
      ? t('assessment.result.countOnly', 'Memenuhi {{met}} dari {{total}} kriteria', values)
      : t(
          'assessment.result.weightedOnly',
          'Skor {{score}} dari {{max}} poin ({{met}} dari {{total}} kriteria)',
          values,
        );
  }
  if (explanation.rule === 'count')
    return t(
      'assessment.result.countLine',
      'Memenuhi {{met}} dari {{total}} kriteria; batas {{class}}: {{min}}',
      {
        met: explanation.criteriaMet,
        total: explanation.criteriaTotal,
        class: cls,
        min: explanation.threshold.minScore,
      },
    );
  return t(
    'assessment.result.weightedLine',
    'Skor {{score}} dari {{max}} poin ({{met}} dari {{total}} kriteria); batas {{class}}: {{min}} poin',
    {
      score: explanation.score,
      max: explanation.maxScore,
      met: explanation.criteriaMet,
      total: explanation.criteriaTotal,
      class: cls,
      min: explanation.threshold.minScore,
    },
  );
}

function answerText(item: Explanation['items'][number], t: TFunction, language: string): string {
  if (item.unanswered || item.answer === null) return t('assessment.result.unanswered', 'Tidak dijawab');
  if (item.answerLabel) return localized(item.answerLabel, language);
  if (item.answer === true) return t('common.yes', 'Ya');
  if (item.answer === false) return t('common.no', 'Tidak');
  if (typeof item.answer === 'number')
    return item.answer.toLocaleString(language.startsWith('en') ? 'en-GB' : 'id-ID');
  return String(item.answer);
}

/** Each indicator: the answer, whether its criterion is met, and what it added to the score. */
export function ExplanationList({ explanation }: { explanation: Explanation }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="explanation">
      {explanation.items.map((item) => (
        <li key={item.key} className={item.met ? 'explanation-item met' : 'explanation-item'}>
          <p className="explanation-question">{localized(item.question, i18n.language)}</p>
          <p className="explanation-answer">
            <span className="muted">{t('assessment.result.answer', 'Jawaban')}:</span>{' '}
            {answerText(item, t, i18n.language)}
          </p>
          {item.criterionText ? (
            <p className="muted">{localized(item.criterionText, i18n.language)}</p>
          ) : null}
          <p className="explanation-verdict">
            {item.met === null ? (
              <span className="badge badge-muted">
                {t('assessment.result.supporting', 'Pertanyaan pendukung')}
              </span>
            ) : item.met ? (
              <span className="badge badge-warn">{t('assessment.result.met', 'Kriteria terpenuhi')}</span>
            ) : (
              <span className="badge badge-ok">{t('assessment.result.notMet', 'Tidak terpenuhi')}</span>
            )}{' '}
            {item.met ? t('assessment.result.points', '+{{points}} poin', { points: item.points }) : null}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** One result: class, set and version, date and assessor, and the explanation in plain words. */
export function AssessmentResult({
  assessment: a,
  headingLevel = 3,
  itemsOpen = false,
}: {
  assessment: Assessment;
  headingLevel?: 2 | 3;
  /** Show the per-indicator details unfolded (right after saving); folded on the profile. */
  itemsOpen?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `result-${a.id}`;
  return (
    <article className="card result-card" aria-labelledby={headingId}>
      <Heading id={headingId} className="result-title">
        {localized(a.set.name, i18n.language)}{' '}
        <span className="muted">
          {t('assessment.result.version', 'versi {{version}}', { version: a.set.version })}
        </span>
      </Heading>
      <p className="result-class">
        <span className="visually-hidden">{t('assessment.result.class', 'Kelas kesejahteraan')}: </span>
        <ClassBadge value={a.class} />
      </p>
      <p className="threshold-line">
        <strong>{thresholdLine(a.explanation, t)}</strong>
      </p>
      {a.explanation.summary ? <p>{a.explanation.summary}</p> : null}
      <p className="muted">
        {t('assessment.result.assessedOn', 'Dinilai {{date}} oleh {{assessor}}', {
          date: formatDate(a.assessedOn, i18n.language),
          assessor: a.assessor?.username ?? t('history.system', 'Sistem'),
        })}
        {a.kind === 'reclassify'
          ? ` · ${t('assessment.result.reclassified', 'dinilai ulang dari jawaban terakhir')}`
          : ''}
      </p>
      <details className="explanation-details" open={itemsOpen}>
        <summary>
          {t('assessment.result.details', 'Rincian per indikator ({{count}})', {
            count: a.explanation.items.length,
          })}
        </summary>
        <ExplanationList explanation={a.explanation} />
      </details>
    </article>
  );
}
