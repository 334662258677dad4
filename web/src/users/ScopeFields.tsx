import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_SCOPE } from '../../../src/auth/roles.ts';
import type { Desa } from '../api/types.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import type { FieldErrors } from '../ui/use-form.ts';
import { kecamatanOf } from '../wilayah/wilayah.api.ts';
import type { UserDraft } from './user-form.ts';

interface Props {
  draft: UserDraft;
  onChange: (draft: UserDraft) => void;
  errors: FieldErrors;
  desa: Desa[];
}

/** The part of the regency a new user works in; which input depends on the role. */
export function ScopeFields({ draft: d, onChange, errors, desa }: Props) {
  const { t } = useTranslation();
  if (!d.role) return null;
  const kind = ROLE_SCOPE[d.role];
  if (kind === 'regency') {
    return <p className="hint">{t('users.scopeRegency', 'Wilayah kerja: seluruh kabupaten.')}</p>;
  }
  if (kind === 'kecamatan') {
    return (
      <SelectField
        id="user-scope-kecamatan"
        label={t('users.scopeKecamatan', 'Kecamatan')}
        value={d.kecamatan}
        onChange={(kecamatan) => onChange({ ...d, kecamatan })}
        options={kecamatanOf(desa).map((k) => ({ value: k.code, label: k.name }))}
        required
        error={errors['scope.kecamatan']}
      />
    );
  }
  if (kind === 'organisation') {
    return (
      <TextField
        id="user-scope-organisation"
        label={t('users.scopeOrganisation', 'ID organisasi mitra')}
        hint={t(
          'users.scopeOrganisationHint',
          'Kode atau ID organisasi penyedia layanan, dari daftar mitra.',
        )}
        value={d.organisation}
        onChange={(organisation) => onChange({ ...d, organisation })}
        plain
        required
        error={errors['scope.organisation']}
      />
    );
  }
  return <DesaChecklist draft={d} onChange={onChange} errors={errors} desa={desa} />;
}

/** Desa as checkboxes grouped by kecamatan, with a filter: a long multi-select is unusable on a phone. */
function DesaChecklist({ draft: d, onChange, errors, desa }: Props) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const error = errors['scope.desa'];
  const toggle = (code: string, on: boolean) =>
    onChange({ ...d, desa: on ? [...d.desa, code] : d.desa.filter((c) => c !== code) });
  return (
    <fieldset
      id="user-scope-desa"
      className="field desa-checklist"
      aria-describedby={error ? 'user-scope-desa-error' : undefined}
    >
      <legend>
        {t('users.scopeDesa', 'Desa/kelurahan')}
        <span className="req" aria-hidden="true">
          {' '}
          *
        </span>
        <span className="hint">
          {' '}
          {t('users.selectedCount', '({{count}} dipilih)', { count: d.desa.length })}
        </span>
      </legend>
      <TextField
        id="user-scope-desa-filter"
        type="search"
        label={t('users.filterDesa', 'Saring desa')}
        value={filter}
        onChange={setFilter}
      />
      {error ? (
        <p id="user-scope-desa-error" className="field-error">
          {error.detail}
        </p>
      ) : null}
      <div className="checklist-scroll">
        {kecamatanOf(desa).map((k) => {
          const items = desa.filter(
            (x) =>
              x.kecamatanCode === k.code && (!needle || `${x.name} ${k.name}`.toLowerCase().includes(needle)),
          );
          if (items.length === 0) return null;
          return (
            <fieldset key={k.code} className="checklist-group">
              <legend>{k.name}</legend>
              {items.map((x) => (
                <label key={x.code} className="check">
                  <input
                    type="checkbox"
                    checked={d.desa.includes(x.code)}
                    onChange={(e) => toggle(x.code, e.target.checked)}
                    aria-invalid={error ? true : undefined}
                  />
                  {x.name}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
