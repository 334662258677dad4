import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../src/auth/roles.ts';
import type { Desa, UserItem } from '../api/types.ts';
import { roleLabel } from '../auth/role-label.ts';
import { SelectField, TextField } from '../ui/fields.tsx';
import { FormSummary } from '../ui/status.tsx';
import { useFormSubmission } from '../ui/use-form.ts';
import { ScopeFields } from './ScopeFields.tsx';
import { emptyUser, toNewUser, type UserDraft, userFieldKey, validateUser } from './user-form.ts';
import { createUser } from './users.api.ts';

interface Props {
  desa: Desa[];
  onCreated: (user: UserItem) => void;
  onCancel: () => void;
}

/** A new account: name, password, role and the scope that role needs. */
export function CreateUserForm({ desa, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<UserDraft>(emptyUser);
  const form = useFormSubmission();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void form.submit({
      validate: () => validateUser(draft, t),
      send: () => createUser(toNewUser(draft)),
      fieldKey: userFieldKey,
      onSuccess: onCreated,
    });
  }

  return (
    <section aria-labelledby="create-user-heading" className="card section">
      <h2 id="create-user-heading">{t('users.createTitle', 'Tambah pengguna')}</h2>
      <FormSummary summary={form.summary} summaryRef={form.summaryRef} />
      <form ref={form.formRef} onSubmit={onSubmit} noValidate className="form">
        <div className="grid grid-2">
          <TextField
            id="user-username"
            label={t('users.username', 'Nama pengguna')}
            value={draft.username}
            onChange={(username) => setDraft({ ...draft, username })}
            plain
            required
            error={form.errors.username}
          />
          <TextField
            id="user-displayName"
            label={t('users.displayName', 'Nama lengkap')}
            value={draft.displayName}
            onChange={(displayName) => setDraft({ ...draft, displayName })}
            error={form.errors.displayName}
          />
          <TextField
            id="user-password"
            type="password"
            label={t('users.password', 'Kata sandi awal')}
            hint={t('users.passwordHint', 'Sampaikan langsung kepada pengguna; jangan lewat grup obrolan.')}
            value={draft.password}
            onChange={(password) => setDraft({ ...draft, password })}
            autoComplete="new-password"
            required
            error={form.errors.password}
          />
          <SelectField
            id="user-role"
            label={t('users.role', 'Peran')}
            value={draft.role}
            onChange={(role) => setDraft({ ...draft, role: ROLES.find((r) => r === role) ?? '' })}
            options={ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))}
            required
            error={form.errors.role}
          />
        </div>
        <ScopeFields draft={draft} onChange={setDraft} errors={form.errors} desa={desa} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting ? t('common.saving', 'Menyimpan…') : t('users.create', 'Buat pengguna')}
          </button>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel', 'Batal')}
          </button>
        </div>
      </form>
    </section>
  );
}
