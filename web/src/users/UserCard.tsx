import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desa, Scope, UserItem } from '../api/types.ts';
import { roleLabel } from '../auth/role-label.ts';
import { describeError } from '../ui/status.tsx';
import { updateUser } from './users.api.ts';

function scopeText(scope: Scope | undefined, desa: Desa[], t: TFunction): string {
  if (!scope) return '';
  switch (scope.kind) {
    case 'desa': {
      const names = scope.desa.map((code) => desa.find((d) => d.code === code)?.name ?? code);
      return t('users.scope.desa', 'Desa: {{names}}', { names: names.join(', ') });
    }
    case 'kecamatan': {
      const name = desa.find((d) => d.kecamatanCode === scope.kecamatan)?.kecamatanName ?? scope.kecamatan;
      return t('users.scope.kecamatan', 'Kecamatan {{name}}', { name });
    }
    case 'organisation':
      return t('users.scope.organisation', 'Organisasi {{id}}', { id: scope.organisation });
    default:
      return t('users.scope.regency', 'Seluruh kabupaten');
  }
}

interface Props {
  user: UserItem;
  desa: Desa[];
  /** Administrators cannot disable their own account from here. */
  isSelf: boolean;
  onChanged: (user: UserItem) => void;
}

/** One account with its role, scope and status; disabling asks for a second tap. */
export function UserCard({ user: u, desa, isSelf, onChanged }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function setDisabled(disabled: boolean) {
    setBusy(true);
    setError(null);
    try {
      const updated = await updateUser(u.id, { disabled });
      setConfirming(false);
      onChanged({ ...u, ...updated, disabled: updated?.disabled ?? disabled });
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="card user">
      <h2 className="result-title">{u.username}</h2>
      {u.displayName ? <p>{u.displayName}</p> : null}
      <p>
        {roleLabel(t, u.role)} · {scopeText(u.scope, desa, t)}
      </p>
      <ul className="badges">
        <li className={u.disabled ? 'badge badge-muted' : 'badge badge-ok'}>
          {u.disabled ? t('users.disabled', 'Nonaktif') : t('users.active', 'Aktif')}
        </li>
      </ul>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {isSelf ? null : u.disabled ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => setDisabled(false)}
        >
          {t('users.enable', 'Aktifkan {{username}}', { username: u.username })}
        </button>
      ) : confirming ? (
        <fieldset className="confirm">
          <legend>{t('users.confirmDisable', 'Nonaktifkan {{username}}?', { username: u.username })}</legend>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => setDisabled(true)}
          >
            {t('users.confirmYes', 'Ya, nonaktifkan')}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setConfirming(false)}>
            {t('common.cancel', 'Batal')}
          </button>
        </fieldset>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          {t('users.disable', 'Nonaktifkan {{username}}', { username: u.username })}
        </button>
      )}
    </li>
  );
}
