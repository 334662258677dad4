import { useTranslation } from 'react-i18next';
import type { Indicator } from '../api/types.ts';
import type { FieldErrors } from '../ui/use-form.ts';
import type { DraftAnswers } from './answer-draft.ts';
import { answerField, formatNumber } from './answer-form.ts';
import { localized } from './labels.tsx';

/** The answers on one screen, each with a button back to its step; errors stay at their question. */
export function ReviewList({
  indicators,
  answers,
  errors,
  onEdit,
}: {
  indicators: readonly Indicator[];
  answers: DraftAnswers;
  errors: FieldErrors;
  onEdit: (step: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const text = (indicator: Indicator): string => {
    const raw = answers[indicator.key] ?? '';
    if (raw === '') return t('assessment.result.unanswered', 'Tidak dijawab');
    const { answer } = indicator;
    if (answer.type === 'boolean') return raw === 'true' ? t('common.yes', 'Ya') : t('common.no', 'Tidak');
    if (answer.type === 'choice') {
      const option = answer.options.find((o) => o.value === raw);
      return option ? localized(option.label, i18n.language) : raw;
    }
    return formatNumber(raw, answer.unit, i18n.language);
  };
  return (
    <ol className="review-list" aria-labelledby="review-heading">
      {indicators.map((indicator, index) => {
        const error = errors[answerField(indicator.key)];
        const question = localized(indicator.question, i18n.language);
        return (
          <li key={indicator.key} className={error ? 'review-item review-item-error' : 'review-item'}>
            <p className="review-question">
              {index + 1}. {question}
              {indicator.required ? (
                <span className="req" aria-hidden="true">
                  {' '}
                  *
                </span>
              ) : null}
            </p>
            <p className="review-answer">
              <strong>{text(indicator)}</strong>{' '}
              <button
                type="button"
                className="button button-quiet"
                onClick={() => onEdit(index)}
                aria-label={t('assessment.editAnswer', 'Ubah jawaban {{number}}', { number: index + 1 })}
              >
                {t('assessment.edit', 'Ubah')}
              </button>
            </p>
            {error ? <p className="field-error">{error.detail}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
