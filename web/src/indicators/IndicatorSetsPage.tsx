import type { TFunction } from 'i18next';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { CLUSTERS } from '../../../src/registry/vocabulary.ts';
import { ApiError, type FieldProblem } from '../api/client.ts';
import type { SetStatus } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { localized } from '../assessment/labels.tsx';
import { useAuthenticated } from '../auth/session.tsx';
import { vocabLabel, vocabOptions } from '../registry/labels.ts';
import { SelectField } from '../ui/fields.tsx';
import { describeError, ErrorAlert, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { importSetFile, listSets } from './indicators.api.ts';

const STATUSES: SetStatus[] = ['active', 'draft', 'retired'];

/** Where in the set file a problem is, in words: "Indikator 3", "Kelas 2", "Parameter 1", or "Berkas". */
export function placeOf(field: string, t: TFunction): string {
  const match = /^(indicators|classes|parameters)\.(\d+)/.exec(field);
  if (!match) return t('indicators.place.file', 'Berkas');
  const number = Number(match[2]) + 1;
  if (match[1] === 'indicators') return t('indicators.indicatorN', 'Indikator {{number}}', { number });
  if (match[1] === 'classes') return t('indicators.place.class', 'Kelas {{number}}', { number });
  return t('indicators.place.parameter', 'Parameter {{number}}', { number });
}

/** `/indikator`: every indicator-set version by status, and the import of a set file as a new draft. */
export function IndicatorSetsPage() {
  const { t, i18n } = useTranslation();
  const { abilities } = useAuthenticated();
  const title = t('indicators.title', 'Set indikator');
  useDocumentTitle(title);
  const [cluster, setCluster] = useState('');
  const sets = useResource(`indicator-sets/${cluster}`, (signal) =>
    listSets({ cluster: cluster || undefined }, signal),
  );
  const items = sets.data?.items ?? [];
  return (
    <section className="page">
      <h1>{title}</h1>
      {abilities.indicatorSetEdit ? <ImportPanel /> : null}
      <SelectField
        id="sets-cluster"
        label={t('indicators.clusterFilter', 'Klaster')}
        value={cluster}
        onChange={setCluster}
        options={vocabOptions(t, 'cluster', CLUSTERS)}
        placeholder={t('indicators.allClusters', 'Semua klaster')}
      />
      {sets.error ? <ErrorAlert error={sets.error} onRetry={sets.reload} /> : null}
      {!sets.data && !sets.error ? <Loading /> : null}
      {STATUSES.map((status) => {
        const group = items.filter((s) => s.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`sets-${status}`} className="section">
            <h2 id={`sets-${status}`}>{t(`indicators.group.${status}`, { defaultValue: status })}</h2>
            <ul className="results">
              {group.map((s) => (
                <li key={s.id} className="card result">
                  <h3 className="result-title">
                    <Link to={`/indikator/${encodeURIComponent(s.id)}`} className="stretched-link">
                      {localized(s.name, i18n.language)}
                    </Link>
                  </h3>
                  <p className="muted">
                    {s.code} · {t('assessment.result.version', 'versi {{version}}', { version: s.version })} ·{' '}
                    {s.clusters.map((c) => vocabLabel(t, 'cluster', c)).join(', ')} ·{' '}
                    {t('assessment.questionCount', '{{count}} pertanyaan', { count: s.indicatorCount })}
                  </p>
                  {s.example ? (
                    <ul className="badges">
                      <li className="badge badge-warn">{t('indicators.example', 'Contoh, belum resmi')}</li>
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

/** Import a JSON or YAML file; the server's problems are listed one per line, at their place in the file. */
function ImportPanel() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setProblems([]);
    setError(null);
    try {
      const created = await importSetFile(file.name, await file.text());
      navigate(`/indikator/${encodeURIComponent(created.id)}`);
    } catch (err) {
      setError(describeError(err, t));
      if (err instanceof ApiError) setProblems(err.problems);
    } finally {
      setBusy(false);
      event.target.value = '';
    }
  }

  return (
    <section aria-labelledby="import-heading" className="card section">
      <h2 id="import-heading">{t('indicators.import.title', 'Impor berkas set (JSON/YAML)')}</h2>
      <div className="field">
        <label htmlFor="import-file">{t('indicators.import.file', 'Pilih berkas')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,.yaml,.yml,application/json,application/yaml"
          onChange={onFile}
          disabled={busy}
          aria-describedby="import-hint"
        />
        <p id="import-hint" className="hint">
          {t('indicators.import.hint', 'Berkas menjadi draf baru; periksa lalu aktifkan bila sudah benar.')}
        </p>
      </div>
      {error ? (
        <div role="alert" className="alert alert-error">
          <p>
            {t('indicators.import.failed', 'Berkas ditolak:')} {error}
          </p>
          {problems.length > 0 ? (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('indicators.import.where', 'Letak')}</th>
                  <th scope="col">{t('indicators.import.problem', 'Masalah')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((p) => (
                  <tr key={`${p.field}-${p.code}-${p.detail}`}>
                    <td>
                      {placeOf(p.field, t)} <code className="muted">{p.field}</code>
                    </td>
                    <td>{p.detail || p.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
