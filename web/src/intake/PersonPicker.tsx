import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desa, PersonMatch } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { formatDate } from '../registry/format.ts';
import { RadioGroup, SelectField, TextField } from '../ui/fields.tsx';
import type { FieldErrors } from '../ui/use-form.ts';
import { desaOptionGroups } from '../wilayah/wilayah.api.ts';
import { findMatches } from './intake.api.ts';
import { type IntakeDraft, matchQuery, type UnregisteredDraft } from './intake-form.ts';

/** Wait this long after the last key press before asking for matches (weak connections). */
const TYPING_PAUSE_MS = 300;

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

interface Props {
  draft: IntakeDraft;
  onChange: (draft: IntakeDraft) => void;
  errors: FieldErrors;
  desa: Desa[];
}

/**
 * Who is concerned: found in the registry (likely matches appear while typing a NIK or a name), or
 * recorded with minimal data. Matches stay visible while an unregistered person is typed in, so a
 * duplicate is noticed before it is created.
 */
export function PersonPicker({ draft, onChange, errors, desa }: Props) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const mode = draft.person.mode;
  const u = draft.unregistered;
  const typed = mode === 'unregistered' ? (u.nik.replace(/\s/g, '').length === 16 ? u.nik : u.name) : search;
  const settled = useSettled(typed);
  const query = mode === 'registered' ? null : matchQuery(settled);
  const key = query ? `matches?${new URLSearchParams(query)}` : null;
  const matches = useResource(key, (signal) => findMatches(query ?? {}, signal));
  const setUnregistered = (patch: Partial<UnregisteredDraft>) =>
    onChange({ ...draft, unregistered: { ...u, ...patch } });
  const choose = (match: PersonMatch) => onChange({ ...draft, person: { mode: 'registered', match } });

  if (draft.person.mode === 'registered') {
    const m = draft.person.match;
    return (
      <fieldset className="field-group">
        <legend>{t('intake.person.legend', 'Orang yang dilayani')}</legend>
        <div className="card chosen-person" role="status">
          <p>
            <strong>{m.name}</strong>
          </p>
          <p className="id-number">{m.nik ?? t('intake.person.noNik', 'Tanpa NIK')}</p>
          <p className="muted">
            {formatDate(m.birthDate, i18n.language)} · {m.desaName}
          </p>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onChange({ ...draft, person: { mode: 'search' } })}
          >
            {t('intake.person.change', 'Ganti orang')}
          </button>
        </div>
      </fieldset>
    );
  }

  const suggestions = matches.data?.items ?? [];
  return (
    <fieldset className="field-group">
      <legend>{t('intake.person.legend', 'Orang yang dilayani')}</legend>
      {mode === 'search' ? (
        <TextField
          id="person"
          type="search"
          label={t('intake.person.search', 'Cari di registri: NIK atau nama')}
          hint={t('intake.person.searchHint', 'Ketik 16 angka NIK atau paling sedikit 3 huruf nama.')}
          value={search}
          onChange={setSearch}
          error={errors.person}
        />
      ) : (
        <UnregisteredFields draft={u} onChange={setUnregistered} errors={errors} />
      )}
      {mode === 'unregistered' ? (
        <SelectField
          id="desa"
          label={t('intake.desa', 'Desa/kelurahan tempat tinggal')}
          required
          value={draft.desa}
          onChange={(code) => onChange({ ...draft, desa: code })}
          groups={desaOptionGroups(desa, (name) =>
            t('wilayah.kelurahanName', '{{name}} (kelurahan)', { name }),
          )}
          error={errors.desa}
        />
      ) : null}
      {suggestions.length > 0 ? (
        <section aria-labelledby="matches-heading" className="matches">
          <div role="status">
            <h3 id="matches-heading">
              {mode === 'unregistered'
                ? t('intake.person.maybeRegistered', 'Mungkin sudah terdaftar')
                : t('intake.person.matches', 'Kemungkinan orang yang dimaksud')}
            </h3>
          </div>
          <ul className="results">
            {suggestions.map((m) => (
              <li key={m.personId} className="card match">
                <p>
                  <strong>{m.name}</strong>{' '}
                  <span className="badge badge-muted">
                    {m.reason === 'nik'
                      ? t('intake.person.sameNik', 'NIK sama')
                      : t('intake.person.similarName', 'Nama mirip')}
                  </span>
                </p>
                <p className="id-number">{m.nik ?? t('intake.person.noNik', 'Tanpa NIK')}</p>
                <p className="muted">
                  {formatDate(m.birthDate, i18n.language)} · {m.desaName}
                </p>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => choose(m)}
                  aria-label={t('intake.person.chooseNamed', 'Pilih {{name}}', { name: m.name })}
                >
                  {t('intake.person.choose', 'Pilih')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mode === 'search' && query && matches.data && suggestions.length === 0 ? (
        <p role="status" className="muted">
          {t('intake.person.noMatches', 'Tidak ada yang cocok di registri.')}
        </p>
      ) : null}
      {mode === 'search' ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const asNik = matchQuery(search);
            const prefill = asNik && 'nik' in asNik ? { nik: asNik.nik } : { name: search.trim() };
            onChange({ ...draft, person: { mode: 'unregistered' }, unregistered: { ...u, ...prefill } });
          }}
        >
          {t('intake.person.notRegistered', 'Belum terdaftar: catat data singkat')}
        </button>
      ) : (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ ...draft, person: { mode: 'search' } })}
        >
          {t('intake.person.backToSearch', 'Kembali ke pencarian registri')}
        </button>
      )}
    </fieldset>
  );
}

function UnregisteredFields({
  draft: u,
  onChange,
  errors,
}: {
  draft: UnregisteredDraft;
  onChange: (patch: Partial<UnregisteredDraft>) => void;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-2">
      <TextField
        id="unregistered-name"
        label={t('intake.person.name', 'Nama')}
        required
        value={u.name}
        onChange={(name) => onChange({ name })}
        error={errors['unregistered.name']}
      />
      <TextField
        id="unregistered-nik"
        label={t('intake.person.nik', 'NIK (bila diketahui)')}
        inputMode="numeric"
        value={u.nik}
        onChange={(nik) => onChange({ nik })}
        error={errors['unregistered.nik']}
      />
      <RadioGroup
        id="unregistered-sex"
        name="unregistered-sex"
        label={t('person.sex', 'Jenis kelamin')}
        value={u.sex}
        onChange={(sex) => onChange({ sex: sex as UnregisteredDraft['sex'] })}
        options={[
          { value: 'L', label: t('vocab.sex.L', 'Laki-laki') },
          { value: 'P', label: t('vocab.sex.P', 'Perempuan') },
        ]}
        error={errors['unregistered.sex']}
      />
      <TextField
        id="unregistered-birthYear"
        label={t('intake.person.birthYear', 'Tahun lahir (perkiraan)')}
        inputMode="numeric"
        maxLength={4}
        value={u.birthYear}
        onChange={(birthYear) => onChange({ birthYear })}
        error={errors['unregistered.birthYear']}
      />
      <TextField
        id="unregistered-address"
        label={t('intake.person.address', 'Alamat singkat (dusun, RT/RW)')}
        value={u.address}
        onChange={(address) => onChange({ address })}
        error={errors['unregistered.address']}
      />
      <TextField
        id="unregistered-phone"
        label={t('intake.person.phone', 'Nomor telepon yang bisa dihubungi')}
        inputMode="tel"
        value={u.phone}
        onChange={(phone) => onChange({ phone })}
        error={errors['unregistered.phone']}
      />
    </div>
  );
}
