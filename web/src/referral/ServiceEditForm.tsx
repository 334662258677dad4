import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../api/types.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/fields.tsx';
import { FormSummary } from '../ui/status.tsx';
import { type FieldErrors, useFormSubmission } from '../ui/use-form.ts';
import { referralLabel, TIER_CODES } from './labels.ts';
import { type ServicePatch, updateService } from './referral.api.ts';

interface Draft {
  name: string;
  tier: string;
  acceptDays: string;
  completeDays: string;
  documents: string;
  eligibility: string;
  active: boolean;
}

const FIELDS: Record<string, keyof Draft> = {
  name: 'name',
  tier: 'tier',
  acceptDays: 'acceptDays',
  completeDays: 'completeDays',
  requiredDocuments: 'documents',
  eligibility: 'eligibility',
};

/** Edits one service of the catalogue (administrators), with the version read; 409 when stale. */
export function ServiceEditForm(props: {
  service: Service;
  onSaved: (s: Service) => void;
  onCancel: () => void;
  /** Someone else saved first: the page loads the current data into a fresh form. */
  onConflict: () => void;
}) {
  const { service } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>({
    name: service.name,
    tier: String(service.tier),
    acceptDays: String(service.acceptDays),
    completeDays: String(service.completeDays),
    documents: service.requiredDocuments.join('\n'),
    eligibility: service.eligibility,
    active: service.active,
  });
  const form = useFormSubmission();
  const id = (field: string) => `service-${service.id}-${field}`;

  function validate(): FieldErrors {
    const errors: FieldErrors = {};
    const days = t('catalogue.edit.days', 'Isi jumlah hari, 1 atau lebih.');
    if (!draft.name.trim())
      errors.name = { code: 'REQUIRED', field: 'name', detail: t('validation.required', 'Wajib diisi.') };
    for (const field of ['acceptDays', 'completeDays'] as const)
      if (!/^\d+$/.test(draft[field].trim()) || Number(draft[field]) < 1)
        errors[field] = { code: 'INVALID', field, detail: days };
    return errors;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const patch: ServicePatch = {
      version: service.version,
      name: draft.name.trim(),
      tier: Number(draft.tier),
      acceptDays: Number(draft.acceptDays),
      completeDays: Number(draft.completeDays),
      requiredDocuments: draft.documents
        .split('\n')
        .map((d) => d.trim())
        .filter(Boolean),
      eligibility: draft.eligibility.trim(),
      active: draft.active,
    };
    void form.submit({
      validate,
      send: () => updateService(service.id, patch),
      fieldKey: (field) => FIELDS[field.split('.')[0] ?? ''],
      onSuccess: props.onSaved,
      onFailure: (error) => {
        if (error.status !== 409) return undefined;
        props.onConflict();
        return t('referral.conflict', 'Data sudah diubah orang lain, muat ulang.');
      },
    });
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return (
    <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <TextField
        id={id('name')}
        label={t('catalogue.edit.name', 'Nama layanan')}
        required
        value={draft.name}
        onChange={(name) => set({ name })}
        error={form.errors.name}
      />
      <div className="grid grid-2">
        <SelectField
          id={id('tier')}
          label={t('intake.referral.tier', 'Tingkat')}
          value={draft.tier}
          onChange={(tier) => set({ tier })}
          placeholder={false}
          options={TIER_CODES.map((c) => ({ value: String(c), label: referralLabel(t, 'tier', c) }))}
          error={form.errors.tier}
        />
        <TextField
          id={id('acceptDays')}
          label={t('catalogue.edit.acceptDays', 'Batas diterima (hari)')}
          inputMode="numeric"
          required
          value={draft.acceptDays}
          onChange={(acceptDays) => set({ acceptDays })}
          error={form.errors.acceptDays}
        />
        <TextField
          id={id('completeDays')}
          label={t('catalogue.edit.completeDays', 'Batas selesai setelah diterima (hari)')}
          inputMode="numeric"
          required
          value={draft.completeDays}
          onChange={(completeDays) => set({ completeDays })}
          error={form.errors.completeDays}
        />
      </div>
      <TextAreaField
        id={id('documents')}
        label={t('catalogue.edit.documents', 'Dokumen yang diperlukan (satu per baris)')}
        value={draft.documents}
        onChange={(documents) => set({ documents })}
        error={form.errors.documents}
      />
      <TextAreaField
        id={id('eligibility')}
        label={t('intake.referral.eligibility', 'Syarat')}
        value={draft.eligibility}
        onChange={(eligibility) => set({ eligibility })}
        error={form.errors.eligibility}
      />
      <CheckboxField
        id={id('active')}
        label={t('catalogue.edit.active', 'Aktif (bisa dipilih saat merujuk)')}
        checked={draft.active}
        onChange={(active) => set({ active })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {form.submitting ? t('common.saving', 'Menyimpan…') : t('catalogue.edit.submit', 'Simpan layanan')}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t('common.cancel', 'Batal')}
        </button>
      </div>
    </form>
  );
}
