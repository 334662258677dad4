import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { useAuthenticated } from '../auth/session.tsx';
import { ErrorAlert, Loading, Notice } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { REFERRAL_VOCAB, referralLabel } from './labels.ts';
import { listServices } from './referral.api.ts';
import { ServiceEditForm } from './ServiceEditForm.tsx';

/** `/layanan`: the services catalogue by category: provider, tier, deadlines, documents, eligibility. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { abilities } = useAuthenticated();
  const admin = abilities.catalogueManage;
  // Administrators also see inactive services, to switch them on again.
  const services = useResource(admin ? 'services?all' : 'services', (signal) => listServices(signal, admin));
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const title = t('catalogue.title', 'Katalog layanan');
  useDocumentTitle(title);
  if (services.error) return <ErrorAlert error={services.error} onRetry={services.reload} />;
  if (!services.data) return <Loading />;
  const items = services.data.items;
  return (
    <section className="page">
      <h1>{title}</h1>
      {conflict ? (
        <p role="alert" className="alert alert-warning">
          {t(
            'catalogue.conflict',
            'Data sudah diubah orang lain, muat ulang. Formulir sekarang berisi data terbaru; periksa lalu simpan lagi.',
          )}
        </p>
      ) : null}
      {saved ? (
        <Notice>{t('catalogue.saved', 'Layanan tersimpan: {{name}}.', { name: saved })}</Notice>
      ) : null}
      <p className="lead">
        {t('catalogue.lead', 'Layanan yang bisa dirujuk, dengan batas waktu dan dokumen yang perlu dibawa.')}
      </p>
      {REFERRAL_VOCAB.category
        .filter((c) => items.some((s) => s.category === c))
        .map((category) => (
          <section key={category} aria-labelledby={`catalogue-${category}`} className="section">
            <h2 id={`catalogue-${category}`}>{referralLabel(t, 'category', category)}</h2>
            <ul className="results">
              {items
                .filter((s) => s.category === category)
                .map((s) => (
                  <li key={s.id} className="card">
                    {editing === s.id ? (
                      <ServiceEditForm
                        key={`${s.id}:${s.version}`}
                        service={s}
                        onConflict={() => {
                          setConflict(true);
                          services.reload();
                        }}
                        onCancel={() => setEditing(null)}
                        onSaved={(updated) => {
                          services.mutate({ items: items.map((x) => (x.id === updated.id ? updated : x)) });
                          setEditing(null);
                          setConflict(false);
                          setSaved(updated.name);
                        }}
                      />
                    ) : (
                      <ServiceCard service={s} />
                    )}
                    {admin && editing !== s.id ? (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => {
                          setSaved(null);
                          setEditing(s.id);
                        }}
                        aria-label={t('catalogue.editNamed', 'Ubah {{name}}', { name: s.name })}
                      >
                        {t('catalogue.edit.open', 'Ubah')}
                      </button>
                    ) : null}
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </section>
  );
}

function ServiceCard({ service: s }: { service: Service }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{s.name}</h3>
      {s.active ? null : <p className="badge badge-muted">{t('catalogue.inactive', 'Tidak aktif')}</p>}
      <p className="muted">
        {s.organisation.name} · {referralLabel(t, 'tier', s.tier)}
      </p>
      <dl className="facts facts-compact">
        <dt>{t('intake.referral.deadline', 'Batas waktu')}</dt>
        <dd>
          {t(
            'intake.referral.deadlineDays',
            'Diterima dalam {{accept}} hari, selesai {{complete}} hari setelah diterima',
            { accept: s.acceptDays, complete: s.completeDays },
          )}
        </dd>
        <dt>{t('intake.referral.documents', 'Dokumen yang perlu dibawa')}</dt>
        <dd>
          {s.requiredDocuments.length > 0 ? s.requiredDocuments.join(', ') : t('common.none', 'Tidak ada')}
        </dd>
        {s.eligibility ? (
          <>
            <dt>{t('intake.referral.eligibility', 'Syarat')}</dt>
            <dd>{s.eligibility}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
