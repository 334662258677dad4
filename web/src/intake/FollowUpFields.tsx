import { useTranslation } from 'react-i18next';
import type { Service } from '../api/types.ts';
import { referralLabel } from '../referral/labels.ts';
import { type OptionGroup, RadioGroup, SelectField, TextAreaField } from '../ui/fields.tsx';
import type { FieldErrors } from '../ui/use-form.ts';
import { emptyReferral, type FollowUp, type IntakeDraft, type ReferralDraft } from './intake-form.ts';

/** The part of a form that holds the follow-up. */
export type FollowUpDraft = Pick<IntakeDraft, 'followUp' | 'resolution' | 'referrals' | 'category'>;

interface Props<D extends FollowUpDraft> {
  draft: D;
  onChange: (draft: D) => void;
  errors: FieldErrors;
  services: Service[];
  /** The choices offered; by default refer, resolve and later. */
  choices?: readonly FollowUp[];
}

/** Services grouped by category; the intake's own category first. */
function serviceGroups(
  services: Service[],
  first: string,
  label: (category: string) => string,
): OptionGroup[] {
  const categories = [...new Set(services.map((s) => s.category))].sort((a, b) =>
    a === first ? -1 : b === first ? 1 : 0,
  );
  return categories.map((c) => ({
    label: label(c),
    options: services
      .filter((s) => s.category === c)
      .map((s) => ({ value: s.id, label: `${s.name} — ${s.organisation.name}` })),
  }));
}

/** What happens next: handled in the village (tier 1), referred to one or more services, or later. */
export function FollowUpFields<D extends FollowUpDraft>({
  draft,
  onChange,
  errors,
  services,
  choices = ['refer', 'resolve', 'later'],
}: Props<D>) {
  const { t } = useTranslation();
  const labels: Record<FollowUp, string> = {
    refer: t('intake.followUp.refer', 'Rujuk ke layanan'),
    resolve: t('intake.followUp.resolve', 'Selesai di desa (tingkat 1)'),
    later: t('intake.followUp.later', 'Simpan dulu, tindak lanjut nanti'),
  };
  const setRow = (index: number, row: ReferralDraft) =>
    onChange({ ...draft, referrals: draft.referrals.map((r, i) => (i === index ? row : r)) });
  const groups = serviceGroups(services, draft.category, (c) => referralLabel(t, 'category', c));
  return (
    <fieldset className="field-group follow-up">
      <legend>{t('intake.followUp.legend', 'Tindak lanjut')}</legend>
      {choices.length > 1 ? (
        <RadioGroup
          id="followUp"
          name="followUp"
          label={t('intake.followUp.choice', 'Bagaimana ditangani?')}
          value={draft.followUp}
          onChange={(followUp) => onChange({ ...draft, followUp: followUp as FollowUp })}
          options={choices.map((c) => ({ value: c, label: labels[c] }))}
        />
      ) : null}
      {draft.followUp === 'resolve' ? (
        <TextAreaField
          id="resolution"
          label={t('intake.followUp.resolution', 'Bagaimana masalah diselesaikan di desa')}
          required
          value={draft.resolution}
          onChange={(resolution) => onChange({ ...draft, resolution })}
          error={errors.resolution}
        />
      ) : null}
      {draft.followUp === 'refer'
        ? draft.referrals.map((row, index) => {
            const service = services.find((s) => s.id === row.serviceId);
            return (
              <div key={row.key} className="referral-row card">
                <SelectField
                  id={`referrals-${index}-serviceId`}
                  label={t('intake.referral.service', 'Layanan {{number}}', { number: index + 1 })}
                  required
                  value={row.serviceId}
                  onChange={(serviceId) => setRow(index, { ...row, serviceId })}
                  groups={groups}
                  error={errors[`referrals.${index}.serviceId`]}
                />
                {service ? <ServiceInfo service={service} /> : null}
                <TextAreaField
                  id={`referrals-${index}-note`}
                  label={t('intake.referral.note', 'Pesan untuk penyedia (pilihan)')}
                  value={row.note}
                  onChange={(note) => setRow(index, { ...row, note })}
                />
                {draft.referrals.length > 1 ? (
                  <button
                    type="button"
                    className="button button-danger-quiet"
                    onClick={() =>
                      onChange({ ...draft, referrals: draft.referrals.filter((_, i) => i !== index) })
                    }
                  >
                    {t('intake.referral.remove', 'Hapus layanan {{number}}', { number: index + 1 })}
                  </button>
                ) : null}
              </div>
            );
          })
        : null}
      {draft.followUp === 'refer' ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ ...draft, referrals: [...draft.referrals, emptyReferral()] })}
        >
          {t('intake.referral.add', 'Tambah layanan lain')}
        </button>
      ) : null}
    </fieldset>
  );
}

/** The provider, tier, deadlines and documents of the chosen service. */
function ServiceInfo({ service }: { service: Service }) {
  const { t } = useTranslation();
  return (
    <dl
      className="facts facts-compact service-info"
      aria-label={t('intake.referral.info', 'Keterangan layanan')}
    >
      <dt>{t('intake.referral.provider', 'Penyedia')}</dt>
      <dd>{service.organisation.name}</dd>
      <dt>{t('intake.referral.tier', 'Tingkat')}</dt>
      <dd>{referralLabel(t, 'tier', service.tier)}</dd>
      <dt>{t('intake.referral.deadline', 'Batas waktu')}</dt>
      <dd>
        {t(
          'intake.referral.deadlineDays',
          'Diterima dalam {{accept}} hari, selesai {{complete}} hari setelah diterima',
          {
            accept: service.acceptDays,
            complete: service.completeDays,
          },
        )}
      </dd>
      <dt>{t('intake.referral.documents', 'Dokumen yang perlu dibawa')}</dt>
      <dd>
        {service.requiredDocuments.length > 0 ? (
          <ul className="plain-list">
            {service.requiredDocuments.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : (
          t('common.none', 'Tidak ada')
        )}
      </dd>
      {service.eligibility ? (
        <>
          <dt>{t('intake.referral.eligibility', 'Syarat')}</dt>
          <dd>{service.eligibility}</dd>
        </>
      ) : null}
    </dl>
  );
}
