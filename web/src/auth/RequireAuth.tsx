import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import type { Abilities } from '../api/types.ts';
import { ErrorAlert, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { useSession } from './session.tsx';

/** Location state handed to the login page. */
export interface LoginRedirectState {
  from?: string;
  expired?: boolean;
}

/** Renders the nested routes for a signed-in user; sends everyone else to the login page. */
export function RequireAuth() {
  const { session, retry } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.status === 'loading') return <Loading label={t('app.checkingSession', 'Memeriksa sesi…')} />;
  if (session.status === 'unreachable') return <ErrorAlert error={session.error} onRetry={retry} />;
  if (session.status === 'anonymous') {
    const state: LoginRedirectState = session.expired
      ? { from: `${location.pathname}${location.search}`, expired: true }
      : {};
    return <Navigate to="/masuk" replace state={state} />;
  }
  return <Outlet />;
}

/** Shows `children` only to users with `ability`; others get a plain explanation. */
export function RequireAbility({ ability, children }: { ability: keyof Abilities; children: ReactNode }) {
  const { session } = useSession();
  if (session.status === 'authenticated' && session.abilities[ability]) return <>{children}</>;
  return <Forbidden />;
}

export function Forbidden() {
  const { t } = useTranslation();
  const title = t('app.forbidden.title', 'Tidak ada akses');
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      <p>{t('app.forbidden.body', 'Akun Anda tidak punya izin untuk membuka halaman ini.')}</p>
      <p>
        <Link to="/">{t('app.backHome', 'Kembali ke halaman utama')}</Link>
      </p>
    </section>
  );
}
