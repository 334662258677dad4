import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IdempotencyKeys } from '../api/idempotency.ts';
import { useResource } from '../api/use-resource.ts';
import { useAuthenticated } from '../auth/session.tsx';
import { referralOptions } from '../referral/labels.ts';
import { listServices } from '../referral/referral.api.ts';
import { RadioGroup, SelectField, TextAreaField } from '../ui/fields.tsx';
import { describeError, ErrorAlert, FormSummary, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { useFormSubmission } from '../ui/use-form.ts';
import { useDesaList } from '../wilayah/wilayah.api.ts';
import { FollowUpFields } from './FollowUpFields.tsx';
import { type FollowUpState, runFollowUp, startFollowUp } from './follow-up.ts';
import { createIntake } from './intake.api.ts';
import {
  emptyIntake,
  type IntakeDraft,
  intakeFieldKey,
  toIntakeInput,
  validateIntake,
} from './intake-form.ts';
import { PersonPicker } from './PersonPicker.tsx';

/** `/pengaduan/baru`: record an intake at any door, then resolve it in the village or refer it. */
export function IntakePage() {
  const { t } = useTranslation();
  const { user } = useAuthenticated();
  const [draft, setDraft] = useState<IntakeDraft>(() => emptyIntake(user.role));
  const [saved, setSaved] = useState<FollowUpState | null>(null);
  const desaList = useDesaList();
  const services = useResource('services', listServices);
  const form = useFormSubmission();
  const keys = useRef(new IdempotencyKeys());
  const title = t('intake.title', 'Catat pengaduan');
  useDocumentTitle(title);

  if (desaList.error) return <ErrorAlert error={desaList.error} onRetry={desaList.reload} />;
  if (services.error) return <ErrorAlert error={services.error} onRetry={services.reload} />;
  if (!desaList.data || !services.data) return <Loading />;
  const inScope = desaList.data.items.filter((d) => d.inScope);
  const only = inScope.length === 1 ? (inScope[0]?.code ?? '') : '';
  const current = draft.desa || !only ? draft : { ...draft, desa: only };

  const followUp = (state: FollowUpState) => runFollowUp(state, keys.current, setSaved);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const snapshot = current;
    void form.submit({
      validate: () => validateIntake(snapshot, t),
      send: () => createIntake(toIntakeInput(snapshot)),
      fieldKey: intakeFieldKey,
      onSuccess: (intake) => void followUp(startFollowUp(intake, snapshot)),
    });
  }

  if (saved) {
    return (
      <SavedIntake
        saved={saved}
        onRetry={() => void followUp(saved)}
        onNew={() => {
          setSaved(null);
          setDraft(emptyIntake(user.role));
        }}
      />
    );
  }

  return (
    <section className="page">
      <h1>{title}</h1>
      <p className="lead">
        {t(
          'intake.lead',
          'Cek dulu di registri agar orang yang sama tidak tercatat dua kali. Tanda * wajib diisi.',
        )}
      </p>
      <p>
        <Link to="/layanan">{t('intake.catalogueLink', 'Lihat katalog layanan')}</Link>
      </p>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <PersonPicker draft={current} onChange={setDraft} errors={form.errors} desa={inScope} />
        <fieldset className="field-group">
          <legend>{t('intake.details', 'Pengaduan atau permohonan')}</legend>
          <div className="grid">
            <RadioGroup
              id="kind"
              name="kind"
              label={t('intake.kind', 'Jenis')}
              required
              value={current.kind}
              onChange={(kind) => setDraft({ ...current, kind: kind as IntakeDraft['kind'] })}
              options={referralOptions(t, 'kind')}
              error={form.errors.kind}
            />
            <SelectField
              id="channel"
              label={t('intake.channel', 'Saluran')}
              required
              value={current.channel}
              onChange={(channel) => setDraft({ ...current, channel: channel as IntakeDraft['channel'] })}
              options={referralOptions(t, 'channel')}
              error={form.errors.channel}
            />
            <SelectField
              id="category"
              label={t('intake.category', 'Kategori')}
              required
              value={current.category}
              onChange={(category) => setDraft({ ...current, category: category as IntakeDraft['category'] })}
              options={referralOptions(t, 'category')}
              error={form.errors.category}
            />
            <RadioGroup
              id="urgency"
              name="urgency"
              label={t('intake.urgency', 'Urgensi')}
              required
              value={current.urgency}
              onChange={(urgency) => setDraft({ ...current, urgency: urgency as IntakeDraft['urgency'] })}
              options={referralOptions(t, 'urgency')}
              error={form.errors.urgency}
            />
            <TextAreaField
              id="description"
              label={t('intake.description', 'Uraian masalah')}
              hint={t('intake.descriptionHint', 'Catatan kasus: hanya dilihat petugas yang berwenang.')}
              required
              rows={4}
              value={current.description}
              onChange={(description) => setDraft({ ...current, description })}
              error={form.errors.description}
            />
          </div>
        </fieldset>
        <FollowUpFields
          draft={current}
          onChange={setDraft}
          errors={form.errors}
          services={services.data.items}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting ? t('common.saving', 'Menyimpan…') : t('intake.submit', 'Simpan pengaduan')}
          </button>
        </div>
      </form>
    </section>
  );
}

function SavedIntake({
  saved,
  onRetry,
  onNew,
}: {
  saved: FollowUpState;
  onRetry: () => void;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const { intake } = saved;
  return (
    <section className="page">
      <div role="status" className="alert alert-success">
        <h1>{t('intake.saved.title', 'Pengaduan tercatat')}</h1>
        <p>{t('intake.saved.number', 'Nomor pengaduan')}</p>
        <p className="intake-number id-number">{intake.number}</p>
        <p>{intake.person.name}</p>
      </div>
      {saved.working ? <Loading label={t('intake.saved.working', 'Mengirim tindak lanjut…')} /> : null}
      {saved.resolved ? (
        <p className="alert alert-info">
          {t('intake.saved.resolved', 'Ditandai selesai di desa (tingkat 1).')}
        </p>
      ) : null}
      {saved.created.length > 0 ? (
        <section aria-labelledby="created-heading">
          <h2 id="created-heading">{t('intake.saved.referrals', 'Rujukan yang dikirim')}</h2>
          <ul className="results">
            {saved.created.map((r) => (
              <li key={r.id} className="card">
                <Link to={`/rujukan/${encodeURIComponent(r.id)}`}>{r.service.name}</Link>
                <p className="id-number muted">{r.number}</p>
                <p className="muted">{r.organisation.name}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {saved.error ? <FollowUpFailed error={saved.error} onRetry={onRetry} /> : null}
      <p className="form-actions">
        <Link to={`/pengaduan/${encodeURIComponent(intake.id)}`} className="button button-secondary">
          {t('intake.saved.open', 'Buka pengaduan')}
        </Link>
        <button type="button" className="button button-secondary" onClick={onNew}>
          {t('intake.saved.new', 'Catat pengaduan lain')}
        </button>
      </p>
    </section>
  );
}

function FollowUpFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      <p>
        {t(
          'intake.saved.followUpFailed',
          'Pengaduan sudah tercatat, tetapi tindak lanjutnya belum tersimpan.',
        )}
      </p>
      <p>{describeError(error, t)}</p>
      <button type="button" className="button button-secondary" onClick={onRetry}>
        {t('common.retry', 'Coba lagi')}
      </button>
    </div>
  );
}
