import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../api/client.ts';
import type { Indicator } from '../api/types.ts';
import { RadioGroup, TextField } from '../ui/fields.tsx';
import { rangeText } from './answer-form.ts';
import { localized } from './labels.tsx';

export interface AnswerControlProps {
  indicator: Indicator;
  value: string;
  onChange: (value: string) => void;
  error?: FieldProblem | undefined;
  /** Visible question number, e.g. "3." */
  number: number;
}

/** The input for one indicator, by its answer type: yes/no, one choice, or a number with unit and range. */
export function AnswerControl({ indicator, value, onChange, error, number }: AnswerControlProps) {
  const { t, i18n } = useTranslation();
  const id = `answer-${indicator.key}`;
  const label = `${number}. ${localized(indicator.question, i18n.language)}`;
  const hint = localized(indicator.help, i18n.language) || undefined;
  const { answer } = indicator;
  switch (answer.type) {
    case 'boolean':
      return (
        <RadioGroup
          id={id}
          name={id}
          label={label}
          hint={hint}
          error={error}
          required={indicator.required}
          value={value}
          onChange={onChange}
          options={[
            { value: 'true', label: t('common.yes', 'Ya') },
            { value: 'false', label: t('common.no', 'Tidak') },
          ]}
        />
      );
    case 'choice':
      return (
        <RadioGroup
          id={id}
          name={id}
          label={label}
          hint={hint}
          error={error}
          required={indicator.required}
          value={value}
          onChange={onChange}
          options={answer.options.map((o) => ({ value: o.value, label: localized(o.label, i18n.language) }))}
        />
      );
    case 'number': {
      const range = rangeText(indicator, t);
      return (
        <TextField
          id={id}
          label={answer.unit ? `${label} (${answer.unit})` : label}
          hint={[hint, range].filter(Boolean).join(' ') || undefined}
          error={error}
          required={indicator.required}
          value={value}
          onChange={onChange}
          inputMode="decimal"
          className="field-number"
        />
      );
    }
  }
}
