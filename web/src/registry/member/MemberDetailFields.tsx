import { useTranslation } from 'react-i18next';
import {
  DISABILITY_SEVERITIES,
  DISABILITY_TYPES,
  EDUCATION_LEVELS,
  INSURANCE_STATUSES,
  INSURANCE_TYPES,
  MARITAL_STATUSES,
  OCCUPATIONS,
} from '../../../../src/registry/vocabulary.ts';
import { CheckboxField, FieldGroup, SelectField, TextField } from '../../ui/fields.tsx';
import type { FieldErrors } from '../../ui/use-form.ts';
import { vocabOptions } from '../labels.ts';
import type { MemberDraft } from './member-form.ts';

interface Props {
  id: (path: string) => string;
  draft: MemberDraft;
  onChange: (draft: MemberDraft) => void;
  errors: FieldErrors;
}

/** Status, health and disability, documents and health insurance of one member. */
export function MemberDetailFields({ id, draft: d, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) =>
    onChange({ ...d, [key]: value });
  const insured = d.insuranceStatus !== '' && d.insuranceStatus !== 'tidak_ada';

  return (
    <>
      <FieldGroup title={t('member.status', 'Status, pendidikan, pekerjaan')}>
        <SelectField
          id={id('maritalStatus')}
          label={t('member.maritalStatus', 'Status perkawinan')}
          value={d.maritalStatus}
          onChange={(v) => set('maritalStatus', v)}
          options={vocabOptions(t, 'maritalStatus', MARITAL_STATUSES)}
          error={errors.maritalStatus}
        />
        <SelectField
          id={id('education')}
          label={t('member.education', 'Pendidikan terakhir')}
          value={d.education}
          onChange={(v) => set('education', v)}
          options={vocabOptions(t, 'education', EDUCATION_LEVELS)}
          error={errors.education}
        />
        <SelectField
          id={id('occupation')}
          label={t('member.occupation', 'Pekerjaan')}
          value={d.occupation}
          onChange={(v) => set('occupation', v)}
          options={vocabOptions(t, 'occupation', OCCUPATIONS)}
          error={errors.occupation}
        />
      </FieldGroup>
      <FieldGroup title={t('member.health', 'Kesehatan dan disabilitas')}>
        <SelectField
          id={id('disability.type')}
          label={t('member.disabilityType', 'Jenis disabilitas')}
          value={d.disabilityType}
          onChange={(v) =>
            onChange({ ...d, disabilityType: v, disabilitySeverity: v ? d.disabilitySeverity : '' })
          }
          options={vocabOptions(t, 'disabilityType', DISABILITY_TYPES)}
          placeholder={t('member.noDisability', 'Tidak ada')}
          error={errors['disability.type']}
        />
        {d.disabilityType ? (
          <SelectField
            id={id('disability.severity')}
            label={t('member.disabilitySeverity', 'Tingkat disabilitas')}
            value={d.disabilitySeverity}
            onChange={(v) => set('disabilitySeverity', v)}
            options={vocabOptions(t, 'disabilitySeverity', DISABILITY_SEVERITIES)}
            required
            error={errors['disability.severity']}
          />
        ) : null}
        <TextField
          id={id('chronicIllness')}
          label={t('member.chronicIllness', 'Penyakit kronis/menahun')}
          hint={t(
            'member.chronicIllnessHint',
            'Misalnya hipertensi, diabetes, TBC. Kosongkan jika tidak ada.',
          )}
          value={d.chronicIllness}
          onChange={(v) => set('chronicIllness', v)}
          error={errors.chronicIllness}
        />
        {d.sex === 'P' ? (
          <CheckboxField
            id={id('pregnant')}
            label={t('member.pregnant', 'Sedang hamil')}
            checked={d.pregnant}
            onChange={(v) => set('pregnant', v)}
            error={errors.pregnant}
          />
        ) : null}
      </FieldGroup>
      <FieldGroup title={t('member.documents', 'Dokumen yang dimiliki')}>
        <CheckboxField
          id={id('documents')}
          label={t('member.hasKtp', 'KTP')}
          checked={d.hasKtp}
          onChange={(v) => set('hasKtp', v)}
          error={errors.documents}
        />
        <CheckboxField
          id={id('documents-kk')}
          label={t('member.hasKk', 'Kartu Keluarga (KK)')}
          checked={d.hasKk}
          onChange={(v) => set('hasKk', v)}
        />
        <CheckboxField
          id={id('documents-birthCertificate')}
          label={t('member.hasBirthCertificate', 'Akta kelahiran')}
          checked={d.hasBirthCertificate}
          onChange={(v) => set('hasBirthCertificate', v)}
        />
      </FieldGroup>
      <FieldGroup title={t('member.insurance', 'Jaminan kesehatan')}>
        <SelectField
          id={id('insurance.status')}
          label={t('member.insuranceStatus', 'Status BPJS Kesehatan/KIS')}
          value={d.insuranceStatus}
          onChange={(v) =>
            onChange({
              ...d,
              insuranceStatus: v,
              insuranceType: v && v !== 'tidak_ada' ? d.insuranceType : '',
            })
          }
          options={vocabOptions(t, 'insuranceStatus', INSURANCE_STATUSES)}
          placeholder={t('member.unknown', 'Belum diketahui')}
          error={errors['insurance.status']}
        />
        {insured ? (
          <SelectField
            id={id('insurance.type')}
            label={t('member.insuranceType', 'Jenis kepesertaan')}
            value={d.insuranceType}
            onChange={(v) => set('insuranceType', v)}
            options={vocabOptions(t, 'insuranceType', INSURANCE_TYPES)}
            error={errors['insurance.type']}
          />
        ) : null}
      </FieldGroup>
    </>
  );
}
