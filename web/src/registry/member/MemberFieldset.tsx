import { useTranslation } from 'react-i18next';
import { NO_NIK_REASONS, RELATIONS, SEXES } from '../../../../src/registry/vocabulary.ts';
import { CheckboxField, FieldGroup, RadioGroup, SelectField, TextField } from '../../ui/fields.tsx';
import type { FieldErrors } from '../../ui/use-form.ts';
import { todayIso } from '../format.ts';
import { vocabOptions } from '../labels.ts';
import { MemberDetailFields } from './MemberDetailFields.tsx';
import { type MemberDraft, needsMismatchReason } from './member-form.ts';

export interface MemberFieldsetProps {
  /** Prefix of the element ids, e.g. `hh-members-0-`; field paths follow with dots as dashes. */
  idPrefix: string;
  legend: string;
  draft: MemberDraft;
  onChange: (draft: MemberDraft) => void;
  /** Errors keyed by member-relative path (`nik`, `disability.type`). */
  errors: FieldErrors;
  /** `head`: the member is the head of household; `other`: any relation but head; `any`: free. */
  relationChoice: 'head' | 'other' | 'any';
  onRemove?: () => void;
  removeLabel?: string;
}

/** One member of a household: identity first, then status, health, documents and insurance. */
export function MemberFieldset(props: MemberFieldsetProps) {
  const { t } = useTranslation();
  const { idPrefix, draft: d, onChange, errors } = props;
  const set = <K extends keyof MemberDraft>(key: K, value: MemberDraft[K]) =>
    onChange({ ...d, [key]: value });
  const id = (path: string) => `${idPrefix}${path.replace(/\./g, '-')}`;
  const relations = RELATIONS.filter((r) =>
    props.relationChoice === 'head'
      ? r === 'kepala_keluarga'
      : props.relationChoice === 'other'
        ? r !== 'kepala_keluarga'
        : true,
  );

  return (
    <fieldset className="member-fieldset card">
      <legend>{props.legend}</legend>
      <FieldGroup title={t('member.identity', 'Identitas')}>
        <TextField
          id={id('nik')}
          label={t('member.nik', 'NIK')}
          hint={t('member.nikHint', '16 angka seperti di KTP atau KK.')}
          value={d.nik}
          onChange={(nik) => set('nik', nik)}
          inputMode="numeric"
          maxLength={24}
          disabled={d.noNik}
          required={!d.noNik}
          error={errors.nik}
        />
        <CheckboxField
          id={id('noNik')}
          label={t('member.noNik', 'Tidak punya NIK')}
          checked={d.noNik}
          onChange={(noNik) => onChange({ ...d, noNik, nik: noNik ? '' : d.nik })}
        />
        {d.noNik ? (
          <SelectField
            id={id('noNikReason')}
            label={t('member.noNikReason', 'Alasan tidak ada NIK')}
            value={d.noNikReason}
            onChange={(v) => set('noNikReason', v)}
            options={vocabOptions(t, 'noNikReason', NO_NIK_REASONS)}
            required
            error={errors.noNikReason}
          />
        ) : null}
        {!d.noNik && needsMismatchReason(d, errors) ? (
          <TextField
            id={id('nikMismatchReason')}
            label={t('member.nikMismatchReason', 'Alasan NIK tidak cocok')}
            hint={t(
              'member.nikMismatchHint',
              'NIK tidak cocok dengan jenis kelamin atau tanggal lahir. Jika data sudah benar sesuai dokumen, tuliskan alasannya untuk tetap menyimpan.',
            )}
            value={d.nikMismatchReason}
            onChange={(v) => set('nikMismatchReason', v)}
            error={errors.nikMismatchReason}
            className="field-wide"
          />
        ) : null}
        <TextField
          id={id('name')}
          label={t('member.name', 'Nama lengkap')}
          value={d.name}
          onChange={(v) => set('name', v)}
          autoComplete="off"
          required
          error={errors.name}
        />
        <RadioGroup
          id={id('sex')}
          name={id('sex')}
          label={t('member.sex', 'Jenis kelamin')}
          value={d.sex}
          onChange={(v) =>
            onChange({ ...d, sex: v === 'P' ? 'P' : 'L', pregnant: v === 'P' ? d.pregnant : false })
          }
          options={vocabOptions(t, 'sex', SEXES)}
          required
          error={errors.sex}
        />
        <TextField
          id={id('birthPlace')}
          label={t('member.birthPlace', 'Tempat lahir')}
          value={d.birthPlace}
          onChange={(v) => set('birthPlace', v)}
          error={errors.birthPlace}
        />
        <TextField
          id={id('birthDate')}
          type="date"
          label={t('member.birthDate', 'Tanggal lahir')}
          value={d.birthDate}
          onChange={(v) => set('birthDate', v)}
          max={todayIso()}
          required
          error={errors.birthDate}
        />
        <SelectField
          id={id('relation')}
          label={t('member.relation', 'Hubungan dalam keluarga')}
          value={d.relation}
          onChange={(v) => set('relation', v)}
          options={vocabOptions(t, 'relation', relations)}
          placeholder={props.relationChoice === 'head' ? false : undefined}
          required
          error={errors.relation}
        />
      </FieldGroup>
      <MemberDetailFields id={id} draft={d} onChange={onChange} errors={errors} />
      {props.onRemove ? (
        <button type="button" className="button button-danger-quiet" onClick={props.onRemove}>
          {props.removeLabel ?? t('member.remove', 'Hapus anggota ini')}
        </button>
      ) : null}
    </fieldset>
  );
}
