import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLUSTERS } from '../../../src/registry/vocabulary.ts';
import type { Cluster, Desa } from '../api/types.ts';
import { vocabLabel, vocabOptions } from '../registry/labels.ts';
import { SelectField } from '../ui/fields.tsx';
import { describeError, ErrorAlert, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { kecamatanOf, updateDesaCluster, useDesaList } from './wilayah.api.ts';

/** `/wilayah` (administrators): the poverty-indicator cluster of every desa, until the regency confirms it. */
export function WilayahPage() {
  const { t } = useTranslation();
  const desa = useDesaList();
  const title = t('wilayah.title', 'Klaster desa');
  useDocumentTitle(title);

  const items = desa.data?.items ?? [];
  const onSaved = (saved: Desa) =>
    desa.mutate({ items: items.map((d) => (d.code === saved.code ? saved : d)) });
  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="lead">
        {t(
          'wilayah.lead',
          'Klaster menentukan indikator kemiskinan lokal yang dipakai. Klaster bertanda "sementara" belum dikonfirmasi kabupaten.',
        )}
      </p>
      {desa.error ? <ErrorAlert error={desa.error} onRetry={desa.reload} /> : null}
      {desa.data ? null : desa.error ? null : <Loading />}
      {kecamatanOf(items).map((k) => (
        <section key={k.code} aria-labelledby={`kec-${k.code}`} className="section">
          <h2 id={`kec-${k.code}`}>{t('wilayah.kecamatan', 'Kecamatan {{name}}', { name: k.name })}</h2>
          <ul className="results">
            {items
              .filter((d) => d.kecamatanCode === k.code)
              .map((d) => (
                <DesaClusterRow key={d.code} desa={d} onSaved={onSaved} />
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function DesaClusterRow({ desa: d, onSaved }: { desa: Desa; onSaved: (desa: Desa) => void }) {
  const { t } = useTranslation();
  const [cluster, setCluster] = useState<Cluster>(d.cluster);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = cluster !== d.cluster;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      onSaved(await updateDesaCluster(d.code, cluster));
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card">
      <h3 className="result-title">
        {d.kind === 'kelurahan'
          ? t('wilayah.kelurahanName', '{{name}} (kelurahan)', { name: d.name })
          : d.name}
      </h3>
      {d.clusterProvisional ? (
        <ul className="badges">
          <li className="badge badge-warn">{t('wilayah.provisional', 'Sementara')}</li>
        </ul>
      ) : null}
      <SelectField
        id={`cluster-${d.code}`}
        label={t('wilayah.clusterOf', 'Klaster {{name}}', { name: d.name })}
        value={cluster}
        onChange={(v) => setCluster(CLUSTERS.find((c) => c === v) ?? d.cluster)}
        options={vocabOptions(t, 'cluster', CLUSTERS)}
        placeholder={false}
        error={error ? { code: 'SAVE_FAILED', field: 'cluster', detail: error } : undefined}
      />
      {changed ? (
        <button type="button" className="button button-primary" disabled={busy} onClick={save}>
          {busy
            ? t('common.saving', 'Menyimpan…')
            : t('wilayah.save', 'Simpan: {{cluster}}', { cluster: vocabLabel(t, 'cluster', cluster) })}
        </button>
      ) : null}
    </li>
  );
}
