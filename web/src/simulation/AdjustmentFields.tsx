import { useTranslation } from 'react-i18next';
import type { IndicatorSet, SimulationRequest } from '../api/types.ts';
import { parseDecimal } from '../assessment/answer-form.ts';
import { classLabel, fillParams, localized } from '../assessment/labels.tsx';
import { TextField } from '../ui/fields.tsx';
import type { FieldErrors } from '../ui/use-form.ts';

/** Ad-hoc changes typed by the planner, as raw text by kind and key. */
export interface Adjustments {
  weights?: Record<string, string>;
  classes?: Record<string, string>;
  parameters?: Record<string, string>;
}

/** Only what differs from the set is sent; undefined when nothing was changed. */
export function toOverrides(set: IndicatorSet, a: Adjustments): SimulationRequest['overrides'] {
  const d = set.definition;
  const weights: Record<string, number> = {};
  for (const i of d.indicators) {
    const v = parseDecimal(a.weights?.[i.key] ?? '');
    if (v !== undefined && v !== i.weight) weights[i.key] = v;
  }
  const parameters: Record<string, number> = {};
  for (const p of d.parameters) {
    const v = parseDecimal(a.parameters?.[p.key] ?? '');
    if (v !== undefined && v !== p.value) parameters[p.key] = v;
  }
  const classes = d.classes.map((c) => ({
    ...c,
    minScore: parseDecimal(a.classes?.[c.class] ?? '') ?? c.minScore,
  }));
  const classesChanged = classes.some((c, i) => c.minScore !== d.classes[i]?.minScore);
  const overrides = {
    ...(Object.keys(weights).length > 0 ? { weights } : {}),
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    ...(classesChanged ? { classes } : {}),
  };
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}

export function AdjustmentFields({
  set,
  value,
  onChange,
  errors,
}: {
  set: IndicatorSet;
  value: Adjustments;
  onChange: (value: Adjustments) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation();
  const d = set.definition;
  const put = (kind: keyof Adjustments, key: string, text: string) =>
    onChange({ ...value, [kind]: { ...value[kind], [key]: text } });
  return (
    <details className="adjustments">
      <summary>
        {t('simulation.adjust', 'Ubah batas, bobot dan parameter (hanya untuk simulasi ini)')}
      </summary>
      <fieldset className="field-group">
        <legend>{t('simulation.thresholds', 'Batas kelas (skor terendah)')}</legend>
        <div className="grid">
          {d.classes.map((c, index) => (
            <TextField
              key={c.class}
              id={`adj-class-${c.class}`}
              label={classLabel(t, c.class)}
              inputMode="numeric"
              value={value.classes?.[c.class] ?? String(c.minScore)}
              onChange={(text) => put('classes', c.class, text)}
              error={errors[`overrides.classes.${index}.minScore`]}
            />
          ))}
        </div>
      </fieldset>
      {d.scoring === 'weighted' ? (
        <fieldset className="field-group">
          <legend>{t('simulation.weights', 'Bobot indikator')}</legend>
          <div className="grid">
            {d.indicators
              .filter((i) => i.criterion !== null)
              .map((i) => (
                <TextField
                  key={i.key}
                  id={`adj-weight-${i.key}`}
                  label={fillParams(localized(i.criterionText ?? i.question, i18n.language), d.parameters)}
                  inputMode="numeric"
                  value={value.weights?.[i.key] ?? String(i.weight)}
                  onChange={(text) => put('weights', i.key, text)}
                  error={errors[`overrides.weights.${i.key}`]}
                />
              ))}
          </div>
        </fieldset>
      ) : null}
      {d.parameters.length > 0 ? (
        <fieldset className="field-group">
          <legend>{t('simulation.parameters', 'Parameter')}</legend>
          <div className="grid">
            {d.parameters.map((p) => (
              <TextField
                key={p.key}
                id={`adj-param-${p.key}`}
                label={`${localized(p.label, i18n.language)}${p.unit ? ` (${p.unit})` : ''}`}
                inputMode="decimal"
                value={value.parameters?.[p.key] ?? String(p.value)}
                onChange={(text) => put('parameters', p.key, text)}
                error={errors[`overrides.parameters.${p.key}`]}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
    </details>
  );
}
