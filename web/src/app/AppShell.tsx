import { Suspense, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { roleLabel } from '../auth/role-label.ts';
import { useSession } from '../auth/session.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { InboxNavLink } from '../inbox/InboxNavLink.tsx';
import { describeError, Loading } from '../ui/status.tsx';

/** Header (app name, user, logout, language), navigation by ability, and the page. */
export function AppShell() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(location.pathname);
  const [logoutError, setLogoutError] = useState<string | null>(null);
  const [signingOut, setSigningOut] = useState(false);

  // After navigating, move the focus to the new page so screen readers start reading there; at
  // commit time (layout effect), so it can never take the focus from a field the user is in.
  useLayoutEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    mainRef.current?.focus();
  }, [location.pathname]);

  async function onLogout() {
    setSigningOut(true);
    setLogoutError(null);
    try {
      await signOut();
    } catch (error) {
      setLogoutError(describeError(error, t));
    } finally {
      setSigningOut(false);
    }
  }

  const authed = session.status === 'authenticated' ? session : null;
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent', 'Langsung ke isi halaman')}
      </a>
      <header className="app-header">
        <div className="app-bar">
          <Link to="/" className="brand">
            {t('app.name', 'Selaras')}
          </Link>
          <LanguageSwitch />
        </div>
        {authed ? (
          <div className="app-user">
            <p className="user-name">
              <span>{authed.user.displayName ?? authed.user.username}</span>
              <span className="user-role">{roleLabel(t, authed.user.role)}</span>
            </p>
            <button type="button" className="button button-quiet" onClick={onLogout} disabled={signingOut}>
              {t('app.logout', 'Keluar')}
            </button>
          </div>
        ) : null}
        {authed ? (
          <nav aria-label={t('app.nav.label', 'Menu utama')} className="app-nav">
            <ul>
              {authed.abilities.registryRead ? (
                <li>
                  <NavLink to="/cari">{t('app.nav.search', 'Cari')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.registryWrite ? (
                <li>
                  <NavLink to="/keluarga/baru">{t('app.nav.register', 'Daftarkan keluarga')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.referralRead ? (
                <li>
                  <InboxNavLink />
                </li>
              ) : null}
              {authed.abilities.intakeWrite ? (
                <li>
                  <NavLink to="/pengaduan/baru">{t('intake.nav', 'Catat pengaduan')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.intakeRead ? (
                <li>
                  <NavLink to="/pengaduan" end>
                    {t('intake.list.nav', 'Pengaduan')}
                  </NavLink>
                </li>
              ) : null}
              {authed.abilities.referralRead ? (
                <li>
                  <NavLink to="/rujukan">{t('referral.nav', 'Rujukan')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.catalogueManage ? (
                <li>
                  <NavLink to="/layanan">{t('catalogue.nav', 'Katalog layanan')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.usersManage ? (
                <li>
                  <NavLink to="/pengguna">{t('app.nav.users', 'Pengguna')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.indicatorSetEdit ? (
                <li>
                  <NavLink to="/indikator">{t('app.nav.indicators', 'Set indikator')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.simulationRun ? (
                <li>
                  <NavLink to="/simulasi">{t('app.nav.simulation', 'Simulasi kebijakan')}</NavLink>
                </li>
              ) : null}
              {authed.abilities.wilayahManage ? (
                <li>
                  <NavLink to="/wilayah">{t('app.nav.wilayah', 'Klaster desa')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      {logoutError ? (
        <div role="alert" className="alert alert-error app-alert">
          {t('app.logoutFailed', 'Gagal keluar.')} {logoutError}
        </div>
      ) : null}
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
