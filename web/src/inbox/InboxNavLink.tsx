import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useResource } from '../api/use-resource.ts';
import { getInbox, inboxCount } from './inbox.api.ts';

/** A page change recounts at most this often, except on the inbox itself (weak connections). */
const RECOUNT_MS = 30_000;

/** The menu entry of the inbox, with the number of waiting items; recounted as the user moves on. */
export function InboxNavLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const inbox = useResource('inbox-count', getInbox);
  const { reload } = inbox;
  const shown = useRef({ pathname, at: Date.now() });
  useEffect(() => {
    const last = shown.current;
    if (last.pathname === pathname) return;
    const stale = Date.now() - last.at > RECOUNT_MS;
    shown.current = { pathname, at: stale || pathname === '/kotak-masuk' ? Date.now() : last.at };
    if (stale || pathname === '/kotak-masuk') reload();
  }, [pathname, reload]);
  const count = inbox.data ? inboxCount(inbox.data) : 0;
  return (
    <NavLink to="/kotak-masuk">
      {t('inbox.nav', 'Kotak masuk')}
      {count > 0 ? (
        <>
          {' '}
          <span className="nav-badge" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">
            {t('inbox.navCount', '({{count}} perlu perhatian)', { count })}
          </span>
        </>
      ) : null}
    </NavLink>
  );
}
