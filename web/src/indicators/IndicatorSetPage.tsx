import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { IndicatorSet, IndicatorSetDefinition, ReclassifyResult } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { parseDecimal } from '../assessment/answer-form.ts';
import { reclassify } from '../assessment/assessment.api.ts';
import { classLabel, fillParams, localized } from '../assessment/labels.tsx';
import { useAuthenticated } from '../auth/session.tsx';
import { formatDateTime } from '../registry/format.ts';
import { vocabLabel } from '../registry/labels.ts';
import { CheckboxField, TextField } from '../ui/fields.tsx';
import { describeError, ErrorAlert, FormSummary, Loading, Notice } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { type FieldErrors, useFormSubmission } from '../ui/use-form.ts';
import { activateSet, copyToDraft, exportUrl, getSet, updateDraft } from './indicators.api.ts';

/** `/indikator/:id`: one version; drafts are edited here, then activated (and the registry re-classified). */
export function IndicatorSetPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const set = useResource(`indicator-set/${id}`, (signal) => getSet(id, signal));
  const title = t('indicators.setTitle', 'Set indikator');
  useDocumentTitle(title);
  if (set.error) return <ErrorAlert error={set.error} onRetry={set.reload} />;
  if (!set.data) return <Loading />;
  const s = set.data;
  const d = s.definition;
  return (
    <section className="page">
      <p className="eyebrow">{title}</p>
      <h1>{localized(d.name, i18n.language)}</h1>
      <dl className="facts card">
        <dt>{t('indicators.code', 'Kode')}</dt>
        <dd>{d.code}</dd>
        <dt>{t('indicators.version', 'Versi')}</dt>
        <dd>{s.version}</dd>
        <dt>{t('indicators.status', 'Status')}</dt>
        <dd>{t(`vocab.setStatus.${s.status}`, { defaultValue: s.status })}</dd>
        <dt>{t('indicators.clusters', 'Klaster')}</dt>
        <dd>{d.clusters.map((c) => vocabLabel(t, 'cluster', c)).join(', ')}</dd>
        <dt>{t('indicators.scoring', 'Aturan skor')}</dt>
        <dd>{t(`vocab.scoring.${d.scoring}`, { defaultValue: d.scoring })}</dd>
        {s.activatedAt ? (
          <>
            <dt>{t('indicators.activated', 'Diaktifkan')}</dt>
            <dd>
              {formatDateTime(s.activatedAt, i18n.language)} · {s.activatedBy?.username ?? '—'}
            </dd>
          </>
        ) : null}
        {d.source ? (
          <>
            <dt>{t('indicators.source', 'Sumber')}</dt>
            <dd>{d.source}</dd>
          </>
        ) : null}
      </dl>
      {d.example ? (
        <p className="alert alert-warning">
          {t(
            'indicators.exampleLong',
            'Set contoh: rumusan resmi kabupaten belum ada. Ubah atau ganti dengan impor.',
          )}
        </p>
      ) : null}
      <SetActions set={s} onChanged={set.mutate} />
      {s.status === 'draft' && s.abilities.edit ? (
        <DraftEditor set={s} onSaved={set.mutate} />
      ) : (
        <SetView definition={d} />
      )}
    </section>
  );
}

function SetView({ definition: d }: { definition: IndicatorSetDefinition }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h2>{t('indicators.classes', 'Batas kelas')}</h2>
      <ul>
        {d.classes.map((c) => (
          <li key={c.class}>
            {classLabel(t, c.class)}:{' '}
            {t('indicators.minScore', 'skor paling sedikit {{min}}', { min: c.minScore })}
          </li>
        ))}
      </ul>
      {d.parameters.length > 0 ? (
        <>
          <h2>{t('simulation.parameters', 'Parameter')}</h2>
          <ul>
            {d.parameters.map((p) => (
              <li key={p.key}>
                {localized(p.label, i18n.language)}: {p.value} {p.unit ?? ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('indicators.indicators', 'Indikator ({{count}})', { count: d.indicators.length })}</h2>
      <ol className="explanation">
        {d.indicators.map((i) => (
          <li key={i.key} className="explanation-item">
            <p className="explanation-question">{localized(i.question, i18n.language)}</p>
            {i.criterionText ? (
              <p className="muted">{fillParams(localized(i.criterionText, i18n.language), d.parameters)}</p>
            ) : null}
            <p className="muted">
              {t(`vocab.answerType.${i.answer.type}`, { defaultValue: i.answer.type })}
              {d.scoring === 'weighted' ? ` · ${t('indicators.weight', 'Bobot')} ${i.weight}` : ''}
              {i.required ? ` · ${t('indicators.required', 'wajib')}` : ''}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}

function SetActions({ set: s, onChanged }: { set: IndicatorSet; onChanged: (set: IndicatorSet) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { abilities } = useAuthenticated();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [activated, setActivated] = useState(false);
  const [counts, setCounts] = useState<ReclassifyResult | null>(null);

  async function run<T>(action: () => Promise<T>, then: (value: T) => void) {
    setBusy(true);
    setError(null);
    try {
      then(await action());
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="section">
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
      {activated ? (
        <Notice>
          {t(
            'indicators.activatedNotice',
            'Versi ini sekarang aktif. Hasil lama tetap tersimpan dengan versinya.',
          )}
        </Notice>
      ) : null}
      <div className="form-actions">
        {s.abilities.copy ? (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() =>
              run(
                () => copyToDraft(s.id),
                (draft) => navigate(`/indikator/${encodeURIComponent(draft.id)}`),
              )
            }
          >
            {t('indicators.copy', 'Buat draf versi baru')}
          </button>
        ) : null}
        <a className="button button-quiet" href={exportUrl(s.id, 'json')} download>
          {t('indicators.exportJson', 'Unduh JSON')}
        </a>
        <a className="button button-quiet" href={exportUrl(s.id, 'yaml')} download>
          {t('indicators.exportYaml', 'Unduh YAML')}
        </a>
        {s.status === 'draft' && s.abilities.activate && !confirming ? (
          <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
            {t('indicators.activate', 'Aktifkan versi ini')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <fieldset className="confirm">
          <legend>
            {t(
              'indicators.confirmActivate',
              'Aktifkan versi {{version}}? Versi aktif sebelumnya akan dipensiunkan.',
              {
                version: s.version,
              },
            )}
          </legend>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() =>
              run(
                () => activateSet(s.id, s.revision),
                (result) => {
                  setConfirming(false);
                  setActivated(true);
                  onChanged(result.set);
                },
              )
            }
          >
            {t('indicators.confirmYes', 'Ya, aktifkan')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel', 'Batal')}
          </button>
        </fieldset>
      ) : null}
      {s.status === 'active' && abilities.reclassify ? (
        <div className="card">
          <p>
            {t(
              'indicators.reclassifyHint',
              'Nilai ulang semua keluarga dengan jawaban terakhir mereka memakai versi aktif ini.',
            )}
          </p>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => run(() => reclassify([s.id]), setCounts)}
          >
            {busy
              ? t('indicators.reclassifying', 'Menilai ulang…')
              : t('indicators.reclassify', 'Nilai ulang semua keluarga')}
          </button>
          {counts ? (
            <div role="status">
              {counts.sets.map((c) => (
                <p key={c.id}>
                  {t(
                    'indicators.reclassified',
                    '{{households}} keluarga dinilai ulang, {{changed}} berubah kelas.',
                    {
                      households: c.households,
                      changed: c.changed,
                    },
                  )}{' '}
                  {Object.entries(c.byClass)
                    .map(([cls, n]) => `${classLabel(t, cls)}: ${n}`)
                    .join(' · ')}
                </p>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Draft editing: questions, weights, required marks, thresholds and parameters; saved as a whole document. */
function DraftEditor({ set: s, onSaved }: { set: IndicatorSet; onSaved: (set: IndicatorSet) => void }) {
  const { t, i18n } = useTranslation();
  const [d, setD] = useState<IndicatorSetDefinition>(s.definition);
  const [saved, setSaved] = useState(false);
  const form = useFormSubmission();
  // Numbers are typed as text (an emptied field stays empty); the document gets them once they parse.
  const [texts, setTexts] = useState<Record<string, string>>({});
  const numberInput = (id: string, current: number, apply: (value: number) => void) => ({
    id,
    inputMode: 'numeric' as const,
    value: texts[id] ?? String(current),
    onChange: (text: string) => {
      setTexts((prev) => ({ ...prev, [id]: text }));
      const value = parseDecimal(text);
      if (value !== undefined) apply(value);
    },
  });
  const setIndicator = (index: number, change: Partial<IndicatorSetDefinition['indicators'][number]>) =>
    setD((prev) => ({
      ...prev,
      indicators: prev.indicators.map((x, i) => (i === index ? { ...x, ...change } : x)),
    }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void form.submit({
      validate: () => {
        const errors: FieldErrors = {};
        for (const [id, text] of Object.entries(texts)) {
          if (parseDecimal(text) === undefined) {
            const field = id.replace(/-/g, '.');
            errors[field] = {
              field,
              code: 'NOT_A_NUMBER',
              detail: t('assessment.validation.number', 'Isi dengan angka.'),
            };
          }
        }
        return errors;
      },
      send: () => updateDraft(s.id, s.revision, d),
      fieldKey: (field) => field.replace(/^definition\./, ''),
      onSuccess: (updated) => {
        setSaved(true);
        onSaved(updated);
      },
    });
  }

  const lang = i18n.language.startsWith('en') ? 'en' : 'id';
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <h2>{t('indicators.editDraft', 'Ubah draf')}</h2>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      {saved ? <Notice>{t('indicators.saved', 'Draf tersimpan.')}</Notice> : null}
      <fieldset className="field-group">
        <legend>{t('indicators.classes', 'Batas kelas')}</legend>
        <div className="grid">
          {d.classes.map((c, index) => (
            <TextField
              key={c.class}
              label={classLabel(t, c.class)}
              {...numberInput(`classes-${index}-minScore`, c.minScore, (minScore) =>
                setD((prev) => ({
                  ...prev,
                  classes: prev.classes.map((x, i) => (i === index ? { ...x, minScore } : x)),
                })),
              )}
              error={form.errors[`classes.${index}.minScore`]}
            />
          ))}
        </div>
      </fieldset>
      {d.parameters.length > 0 ? (
        <fieldset className="field-group">
          <legend>{t('simulation.parameters', 'Parameter')}</legend>
          <div className="grid">
            {d.parameters.map((p, index) => (
              <TextField
                key={p.key}
                label={`${localized(p.label, i18n.language)}${p.unit ? ` (${p.unit})` : ''}`}
                {...numberInput(`parameters-${index}-value`, p.value, (value) =>
                  setD((prev) => ({
                    ...prev,
                    parameters: prev.parameters.map((x, i) => (i === index ? { ...x, value } : x)),
                  })),
                )}
                error={form.errors[`parameters.${index}.value`]}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {d.indicators.map((indicator, index) => (
        <fieldset key={indicator.key} className="field-group">
          <legend>{t('indicators.indicatorN', 'Indikator {{number}}', { number: index + 1 })}</legend>
          <TextField
            id={`indicators-${index}-question`}
            label={t('indicators.question', 'Pertanyaan')}
            hint={
              indicator.criterionText
                ? t('indicators.criterionHint', 'Kriteria: {{text}}', {
                    text: fillParams(indicator.criterionText[lang], d.parameters),
                  })
                : t('indicators.noCriterion', 'Pertanyaan pendukung, tanpa skor')
            }
            value={indicator.question[lang]}
            onChange={(text) => setIndicator(index, { question: { ...indicator.question, [lang]: text } })}
            error={
              form.errors[`indicators.${index}.question.${lang}`] ??
              form.errors[`indicators.${index}.question`]
            }
          />
          <div className="grid">
            <TextField
              label={t('indicators.weight', 'Bobot')}
              {...numberInput(`indicators-${index}-weight`, indicator.weight, (weight) =>
                setIndicator(index, { weight }),
              )}
              error={form.errors[`indicators.${index}.weight`]}
            />
            <CheckboxField
              id={`indicators-${index}-required`}
              label={t('indicators.requiredLabel', 'Wajib dijawab')}
              checked={indicator.required}
              onChange={(required) => setIndicator(index, { required })}
            />
          </div>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {form.submitting ? t('common.saving', 'Menyimpan…') : t('indicators.saveDraft', 'Simpan draf')}
        </button>
      </div>
    </form>
  );
}
