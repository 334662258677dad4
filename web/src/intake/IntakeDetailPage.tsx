import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { IdempotencyKeys } from '../api/idempotency.ts';
import type { Intake } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { useAuthenticated } from '../auth/session.tsx';
import { referralLabel } from '../referral/labels.ts';
import { StatusBadge } from '../referral/ReferralBadges.tsx';
import { listServices } from '../referral/referral.api.ts';
import { formatDateTime } from '../registry/format.ts';
import { describeError, ErrorAlert, FormSummary, LoadFailedPage, Loading, Notice } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { useFormSubmission } from '../ui/use-form.ts';
import { type FollowUpDraft, FollowUpFields } from './FollowUpFields.tsx';
import { type FollowUpState, runFollowUp, startFollowUp } from './follow-up.ts';
import { getIntake } from './intake.api.ts';
import { emptyReferral, validateFollowUp } from './intake-form.ts';

/** `/pengaduan/:id`: one intake, its referrals, and its follow-up while it is still open. */
export function IntakeDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const intake = useResource(`intake/${id}`, (signal) => getIntake(id, signal));
  const title = t('intake.detail.title', 'Pengaduan');
  useDocumentTitle(intake.data ? `${title} ${intake.data.number}` : title);
  if (intake.error && !intake.data) {
    return (
      <LoadFailedPage
        title={title}
        error={intake.error}
        notFoundMessage={t(
          'intake.detail.notFound',
          'Pengaduan tidak ditemukan, atau berada di luar wilayah kerja Anda.',
        )}
        onRetry={intake.reload}
      />
    );
  }
  if (!intake.data) return <Loading />;
  const i = intake.data;
  return (
    <section className="page">
      <p className="eyebrow">
        <Link to="/pengaduan">{t('intake.detail.back', 'Kembali ke daftar pengaduan')}</Link>
      </p>
      <p className="eyebrow">{title}</p>
      <h1 className="id-number">{i.number}</h1>
      <p className="badges">
        <span className="badge badge-muted">{referralLabel(t, 'intakeStatus', i.status)}</span>
        <span className="badge badge-muted">{referralLabel(t, 'urgency', i.urgency)}</span>
      </p>
      <IntakeFacts intake={i} />
      {i.referrals.length > 0 ? (
        <section aria-labelledby="intake-referrals" className="section">
          <h2 id="intake-referrals">{t('intake.detail.referrals', 'Rujukan')}</h2>
          <ul className="results">
            {i.referrals.map((r) => (
              <li key={r.id} className="card result">
                <h3 className="result-title">
                  <Link to={`/rujukan/${encodeURIComponent(r.id)}`} className="stretched-link">
                    {r.serviceName}
                  </Link>
                </h3>
                <p className="id-number muted">{r.number}</p>
                <p className="muted">
                  {r.organisationName} · {referralLabel(t, 'tier', r.tier)}
                </p>
                <p className="badges">
                  <StatusBadge status={r.status} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {i.status !== 'resolved' ? <FollowUpForm intake={i} onSaved={intake.reload} /> : null}
    </section>
  );
}

function IntakeFacts({ intake: i }: { intake: Intake }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts facts-compact card">
      <dt>{t('intake.detail.person', 'Orang')}</dt>
      <dd>
        {i.person.householdId ? (
          <Link to={`/keluarga/${encodeURIComponent(i.person.householdId)}`}>{i.person.name}</Link>
        ) : (
          <>
            {i.person.name} ({t('referral.person.unregistered', 'Belum terdaftar')})
          </>
        )}
      </dd>
      {i.person.nik ? (
        <>
          <dt>{t('person.nik', 'NIK')}</dt>
          <dd className="id-number">{i.person.nik}</dd>
        </>
      ) : null}
      <dt>{t('intake.kind', 'Jenis')}</dt>
      <dd>{referralLabel(t, 'kind', i.kind)}</dd>
      <dt>{t('intake.channel', 'Saluran')}</dt>
      <dd>{referralLabel(t, 'channel', i.channel)}</dd>
      <dt>{t('intake.category', 'Kategori')}</dt>
      <dd>{referralLabel(t, 'category', i.category)}</dd>
      <dt>{t('referral.detail.desa', 'Desa/kelurahan')}</dt>
      <dd>{i.desaName}</dd>
      <dt>{t('intake.detail.recorded', 'Dicatat')}</dt>
      <dd>
        {formatDateTime(i.createdAt, i18n.language)}
        {i.createdBy ? ` · ${i.createdBy}` : ''}
      </dd>
      <dt>{t('intake.description', 'Uraian masalah')}</dt>
      <dd>{i.description}</dd>
      {i.resolution ? (
        <>
          <dt>{t('intake.detail.resolution', 'Penyelesaian di desa')}</dt>
          <dd>{i.resolution}</dd>
        </>
      ) : null}
    </dl>
  );
}

function FollowUpForm({ intake, onSaved }: { intake: Intake; onSaved: () => void }) {
  const { t } = useTranslation();
  const { abilities } = useAuthenticated();
  const services = useResource(abilities.intakeWrite ? 'services' : null, listServices);
  const choices = intake.status === 'open' ? (['refer', 'resolve'] as const) : (['refer'] as const);
  const [draft, setDraft] = useState<FollowUpDraft>(() => ({
    followUp: 'refer',
    resolution: '',
    referrals: [emptyReferral()],
    category: intake.category,
  }));
  const [state, setState] = useState<FollowUpState | null>(null);
  const keys = useRef(new IdempotencyKeys());
  const form = useFormSubmission();
  if (!abilities.intakeWrite) return null;
  if (services.error) return <ErrorAlert error={services.error} onRetry={services.reload} />;
  if (!services.data) return <Loading />;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const start = state?.error ? state : startFollowUp(intake, draft);
    void form.submit({
      validate: () => validateFollowUp(draft, t),
      send: () => runFollowUp(start, keys.current, setState),
      fieldKey: () => undefined,
      onSuccess: (done) => {
        if (done.error) return;
        setState(null);
        setDraft({ ...draft, resolution: '', referrals: [emptyReferral()] });
        onSaved();
      },
    });
  }

  return (
    <section aria-labelledby="follow-up-heading" className="section card">
      <h2 id="follow-up-heading">
        {intake.status === 'open'
          ? t('intake.detail.followUp', 'Tindak lanjut')
          : t('intake.detail.addReferral', 'Tambah rujukan')}
      </h2>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      {state?.error ? (
        <p role="alert" className="alert alert-error">
          {describeError(state.error, t)}
        </p>
      ) : null}
      {state && !state.error && !state.working ? (
        <Notice>{t('intake.detail.saved', 'Tindak lanjut tersimpan.')}</Notice>
      ) : null}
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <FollowUpFields
          draft={draft}
          onChange={setDraft}
          errors={form.errors}
          services={services.data.items}
          choices={choices}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting
              ? t('common.saving', 'Menyimpan…')
              : t('intake.detail.submit', 'Simpan tindak lanjut')}
          </button>
        </div>
      </form>
    </section>
  );
}
