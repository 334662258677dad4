import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorSet, SimulationResult } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { localized } from '../assessment/labels.tsx';
import { getSet, listSets } from '../indicators/indicators.api.ts';
import { SelectField } from '../ui/fields.tsx';
import { ErrorAlert, FormSummary, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { type FieldErrors, useFormSubmission } from '../ui/use-form.ts';
import { AdjustmentFields, type Adjustments, toOverrides } from './AdjustmentFields.tsx';
import { SimulationResults } from './SimulationResults.tsx';
import { runSimulation } from './simulation.api.ts';

/** `/simulasi` (planners, administrators): what a draft or ad-hoc change would do to every household. */
export function SimulationPage() {
  const { t, i18n } = useTranslation();
  const title = t('simulation.title', 'Simulasi kebijakan');
  useDocumentTitle(title);
  const sets = useResource('indicator-sets/simulation', async (signal) => {
    const [drafts, active] = await Promise.all([
      listSets({ status: 'draft' }, signal),
      listSets({ status: 'active' }, signal),
    ]);
    return [...drafts.items, ...active.items];
  });
  const [setId, setSetId] = useState('');
  const chosen = useResource(setId ? `indicator-set/${setId}` : null, (signal) => getSet(setId, signal));
  const [adjustments, setAdjustments] = useState<Adjustments>({});
  const [result, setResult] = useState<SimulationResult | null>(null);
  const form = useFormSubmission();

  if (sets.error) return <ErrorAlert error={sets.error} onRetry={sets.reload} />;
  if (!sets.data) return <Loading />;

  const options = sets.data.map((s) => ({
    value: s.id,
    label: `${localized(s.name, i18n.language)} · ${t('assessment.result.version', 'versi {{version}}', {
      version: s.version,
    })} (${t(`vocab.setStatus.${s.status}`, { defaultValue: s.status })})`,
  }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const set = chosen.data;
    void form.submit({
      validate: (): FieldErrors =>
        setId
          ? {}
          : { setId: { field: 'setId', code: 'REQUIRED', detail: t('validation.required', 'Wajib diisi.') } },
      send: () => runSimulation({ setId, overrides: set ? toOverrides(set, adjustments) : undefined }),
      fieldKey: (field) => (field === 'setId' ? 'setId' : field.startsWith('overrides') ? field : undefined),
      onSuccess: setResult,
    });
  }

  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="lead">
        {t(
          'simulation.lead',
          'Lihat berapa keluarga di tiap desa dan klaster yang berpindah kelas bila draf atau perubahan bobot dan batas dipakai. Tidak ada data yang disimpan.',
        )}
      </p>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <SelectField
          id="sim-set"
          label={t('simulation.set', 'Set indikator calon')}
          hint={t('simulation.setHint', 'Pilih draf, atau set aktif lalu ubah bobot dan batasnya di bawah.')}
          required
          value={setId}
          onChange={(value) => {
            setSetId(value);
            setAdjustments({});
            setResult(null);
          }}
          options={options}
          error={form.errors.setId}
        />
        {chosen.error ? <ErrorAlert error={chosen.error} onRetry={chosen.reload} /> : null}
        {chosen.data ? (
          <AdjustmentFields
            set={chosen.data}
            value={adjustments}
            onChange={setAdjustments}
            errors={form.errors}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting
              ? t('simulation.running', 'Menghitung…')
              : t('simulation.run', 'Jalankan simulasi')}
          </button>
        </div>
      </form>
      {result ? <SimulationResults result={result} set={chosen.data as IndicatorSet | undefined} /> : null}
    </section>
  );
}
