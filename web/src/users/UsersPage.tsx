import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desa, UserItem } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { useAuthenticated } from '../auth/session.tsx';
import { ErrorAlert, Loading, Notice } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { useDesaList } from '../wilayah/wilayah.api.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { UserCard } from './UserCard.tsx';
import { listUsers } from './users.api.ts';

/** `/pengguna` (administrators): the accounts, a form for a new one, and disabling. */
export function UsersPage() {
  const { t } = useTranslation();
  const { user: me } = useAuthenticated();
  const users = useResource('users', listUsers);
  const desaList = useDesaList();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const title = t('users.title', 'Pengguna');
  useDocumentTitle(title);

  const desa: Desa[] = desaList.data?.items ?? [];
  const onCreated = (user: UserItem) => {
    setCreating(false);
    setNotice(t('users.created', 'Pengguna {{username}} sudah dibuat.', { username: user.username }));
    users.reload();
  };
  const onChanged = (user: UserItem) => {
    if (users.data) users.mutate({ items: users.data.items.map((u) => (u.id === user.id ? user : u)) });
  };

  return (
    <section className="page">
      <div className="section-head">
        <h1>{title}</h1>
        {creating ? null : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            {t('users.add', 'Tambah pengguna')}
          </button>
        )}
      </div>
      {notice ? <Notice>{notice}</Notice> : null}
      {creating ? (
        <CreateUserForm desa={desa} onCreated={onCreated} onCancel={() => setCreating(false)} />
      ) : null}
      {users.error ? <ErrorAlert error={users.error} onRetry={users.reload} /> : null}
      {!users.data && !users.error ? <Loading /> : null}
      {users.data ? (
        <ul className="results">
          {users.data.items.map((u) => (
            <UserCard key={u.id} user={u} desa={desa} isSelf={u.id === me.id} onChanged={onChanged} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
