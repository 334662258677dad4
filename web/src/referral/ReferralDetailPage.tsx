import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Referral, ReferralAction } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { useAuthenticated } from '../auth/session.tsx';
import { formatDateTime } from '../registry/format.ts';
import { LoadFailedPage, Loading, Notice } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { referralLabel } from './labels.ts';
import { DueBadge, StatusBadge } from './ReferralBadges.tsx';
import { ReferralPersonFacts } from './ReferralPerson.tsx';
import { getReferral, letterHref } from './referral.api.ts';
import { Timeline } from './Timeline.tsx';
import { TransitionPanel } from './TransitionPanel.tsx';

/** `/rujukan/:id`: one referral, its person (as far as this user may see), actions and timeline. */
export function ReferralDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const referral = useResource(`referral/${id}`, (signal) => getReferral(id, signal));
  const [done, setDone] = useState<ReferralAction | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const title = t('referral.detail.title', 'Rujukan');
  useDocumentTitle(referral.data ? `${title} ${referral.data.number}` : title);

  useEffect(() => {
    if (done) noticeRef.current?.focus();
  }, [done]);

  if (referral.error && !referral.data) {
    return (
      <LoadFailedPage
        title={title}
        error={referral.error}
        notFoundMessage={t('referral.detail.notFound', 'Rujukan tidak ditemukan, atau bukan untuk Anda.')}
        onRetry={referral.reload}
      />
    );
  }
  if (!referral.data) return <Loading />;
  const r = referral.data;
  return (
    <section className="page">
      <p className="eyebrow">
        <Link to="/rujukan">{t('referral.detail.back', 'Kembali ke papan rujukan')}</Link>
      </p>
      {done ? (
        <div ref={noticeRef} tabIndex={-1}>
          <Notice>
            {t('referral.detail.done', 'Tersimpan: {{action}}.', {
              action: referralLabel(t, 'action', done),
            })}
          </Notice>
        </div>
      ) : null}
      <h1>{r.service.name}</h1>
      <p className="badges">
        <StatusBadge status={r.status} />
        <span className="badge badge-muted">{referralLabel(t, 'tier', r.tier)}</span>
        <DueBadge referral={r} />
      </p>
      <ReferralFacts referral={r} />
      <p>
        <a
          href={r.letterUrl || letterHref(r.id)}
          className="button button-secondary"
          target="_blank"
          rel="noopener"
        >
          {t('referral.detail.letter', 'Surat rujukan (PDF)')}
        </a>
      </p>

      <TransitionPanel
        referral={r}
        onDone={(updated, action) => {
          referral.mutate(updated);
          setDone(action);
        }}
        onConflict={() => {
          setDone(null);
          referral.reload();
        }}
      />

      <section aria-labelledby="person-heading" className="section">
        <h2 id="person-heading">{t('referral.detail.person', 'Orang yang dirujuk')}</h2>
        <ReferralPersonFacts person={r.person} />
      </section>

      <section aria-labelledby="timeline-heading" className="section">
        <h2 id="timeline-heading">{t('referral.detail.timeline', 'Riwayat rujukan')}</h2>
        <Timeline entries={r.timeline} />
      </section>
    </section>
  );
}

function ReferralFacts({ referral: r }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  const { abilities } = useAuthenticated();
  const canReadIntake = abilities.intakeRead;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  return (
    <dl className="facts facts-compact card">
      <dt>{t('referral.detail.number', 'Nomor rujukan')}</dt>
      <dd className="id-number">{r.number}</dd>
      <dt>{t('referral.detail.organisation', 'Penyedia')}</dt>
      <dd>{r.organisation.name}</dd>
      <dt>{t('referral.detail.desa', 'Desa/kelurahan')}</dt>
      <dd>{r.desaName}</dd>
      {r.intake ? (
        <>
          <dt>{t('referral.detail.intake', 'Nomor pengaduan')}</dt>
          <dd className="id-number">
            {canReadIntake ? (
              <Link to={`/pengaduan/${encodeURIComponent(r.intake.id)}`}>{r.intake.number}</Link>
            ) : (
              r.intake.number
            )}
          </dd>
          <dt>{t('referral.detail.urgency', 'Urgensi')}</dt>
          <dd>{referralLabel(t, 'urgency', r.intake.urgency)}</dd>
        </>
      ) : null}
      {r.referredBy ? (
        <>
          <dt>{t('referral.detail.referredBy', 'Dirujuk oleh')}</dt>
          <dd>{r.referredBy.username}</dd>
        </>
      ) : null}
      <dt>{t('referral.detail.acceptDue', 'Batas diterima')}</dt>
      <dd>{when(r.acceptDueAt)}</dd>
      <dt>{t('referral.detail.completeDue', 'Batas selesai')}</dt>
      <dd>{when(r.completeDueAt)}</dd>
      {r.requiredDocuments.length > 0 ? (
        <>
          <dt>{t('referral.detail.documents', 'Dokumen yang diperlukan')}</dt>
          <dd>{r.requiredDocuments.join(', ')}</dd>
        </>
      ) : null}
      {r.note ? (
        <>
          <dt>{t('referral.detail.note', 'Pesan untuk penyedia')}</dt>
          <dd>{r.note}</dd>
        </>
      ) : null}
      {r.outcome ? (
        <>
          <dt>{t('referral.detail.outcome', 'Hasil (rujukan balik)')}</dt>
          <dd>{referralLabel(t, 'outcome', r.outcome)}</dd>
        </>
      ) : null}
      {r.declineReason ? (
        <>
          <dt>{t('referral.detail.declineReason', 'Alasan ditolak')}</dt>
          <dd>{r.declineReason}</dd>
        </>
      ) : null}
    </dl>
  );
}
