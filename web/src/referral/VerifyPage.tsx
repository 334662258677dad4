import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useResource } from '../api/use-resource.ts';
import { formatDateTime } from '../registry/format.ts';
import { LoadFailedPage, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { StatusBadge } from './ReferralBadges.tsx';
import { verifyReferral } from './referral.api.ts';

/** `/rujukan/:id/verifikasi`: where the letter's QR code leads; confirms the letter is genuine. */
export function VerifyPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const result = useResource(`verify/${id}`, (signal) => verifyReferral(id, signal));
  const title = t('referral.verify.title', 'Verifikasi surat rujukan');
  useDocumentTitle(title);
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  if (result.error) {
    return (
      <LoadFailedPage
        title={title}
        error={result.error}
        notFoundMessage={t(
          'referral.verify.invalid',
          'Surat rujukan ini tidak dikenal, atau bukan untuk organisasi Anda.',
        )}
        onRetry={result.reload}
      />
    );
  }
  if (!result.data) return <Loading />;
  const v = result.data;
  return (
    <section className="page">
      <h1>{title}</h1>
      <p role="status" className="alert alert-success">
        {t('referral.verify.valid', 'Surat rujukan ini asli dan tercatat di Selaras.')}
      </p>
      <dl className="facts facts-compact card">
        <dt>{t('referral.detail.number', 'Nomor rujukan')}</dt>
        <dd className="id-number">{v.number}</dd>
        <dt>{t('referral.board.status', 'Status')}</dt>
        <dd>
          <StatusBadge status={v.status} />
        </dd>
        <dt>{t('referral.verify.service', 'Layanan')}</dt>
        <dd>{v.serviceName}</dd>
        <dt>{t('referral.detail.organisation', 'Penyedia')}</dt>
        <dd>{v.organisationName}</dd>
        <dt>{t('referral.detail.acceptDue', 'Batas diterima')}</dt>
        <dd>{when(v.acceptDueAt)}</dd>
        <dt>{t('referral.detail.completeDue', 'Batas selesai')}</dt>
        <dd>{when(v.completeDueAt)}</dd>
      </dl>
      <p>
        <Link to={`/rujukan/${encodeURIComponent(v.referralId)}`} className="button button-primary">
          {t('referral.verify.open', 'Buka rujukan')}
        </Link>
      </p>
    </section>
  );
}
