import { useTranslation } from 'react-i18next';
import type { Desa } from '../../api/types.ts';
import { CheckboxField, FieldGroup, SelectField, TextAreaField, TextField } from '../../ui/fields.tsx';
import type { FieldErrors } from '../../ui/use-form.ts';
import { desaOptionGroups } from '../../wilayah/wilayah.api.ts';
import type { HouseholdDraft } from './household-form.ts';

interface Props {
  draft: HouseholdDraft;
  onChange: (draft: HouseholdDraft) => void;
  errors: FieldErrors;
  /** The desa the user may register in (already scoped by the server). */
  desa: Desa[];
}

/** KK number, desa and address of a new household. */
export function HouseholdFields({ draft: d, onChange, errors, desa }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof HouseholdDraft>(key: K, value: HouseholdDraft[K]) =>
    onChange({ ...d, [key]: value });
  return (
    <>
      <FieldGroup title={t('register.familyCard', 'Kartu Keluarga')}>
        <TextField
          id="hh-kk"
          label={t('register.kk', 'Nomor KK')}
          hint={t('register.kkHint', '16 angka di bagian atas Kartu Keluarga.')}
          value={d.kk}
          onChange={(kk) => set('kk', kk)}
          inputMode="numeric"
          maxLength={24}
          disabled={d.noKk}
          required={!d.noKk}
          error={errors.kk}
        />
        <CheckboxField
          id="hh-noKk"
          label={t('register.noKk', 'Belum punya KK')}
          checked={d.noKk}
          onChange={(noKk) => onChange({ ...d, noKk, kk: noKk ? '' : d.kk })}
        />
      </FieldGroup>
      <FieldGroup title={t('register.location', 'Tempat tinggal')}>
        <SelectField
          id="hh-desa"
          label={t('register.desa', 'Desa/kelurahan')}
          value={d.desa}
          onChange={(code) => set('desa', code)}
          groups={desaOptionGroups(desa, (name) =>
            t('wilayah.kelurahanName', '{{name}} (kelurahan)', { name }),
          )}
          required
          error={errors.desa}
        />
        <TextField
          id="hh-address-dusun"
          label={t('register.dusun', 'Dusun/lingkungan')}
          value={d.dusun}
          onChange={(v) => set('dusun', v)}
          error={errors['address.dusun']}
        />
        <div className="grid grid-2 grid-compact">
          <TextField
            id="hh-address-rt"
            label={t('register.rt', 'RT')}
            value={d.rt}
            onChange={(v) => set('rt', v)}
            inputMode="numeric"
            maxLength={3}
            error={errors['address.rt']}
          />
          <TextField
            id="hh-address-rw"
            label={t('register.rw', 'RW')}
            value={d.rw}
            onChange={(v) => set('rw', v)}
            inputMode="numeric"
            maxLength={3}
            error={errors['address.rw']}
          />
        </div>
        <TextAreaField
          id="hh-address-text"
          label={t('register.addressText', 'Alamat (jalan, nomor rumah, patokan)')}
          value={d.addressText}
          onChange={(v) => set('addressText', v)}
          error={errors['address.text']}
        />
      </FieldGroup>
    </>
  );
}
