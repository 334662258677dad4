import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useResource } from '../api/use-resource.ts';
import { getInbox, inboxCount } from './inbox.api.ts';

/** The menu entry of the inbox, with the number of waiting items; refreshed on every page change. */
export function InboxNavLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const inbox = useResource('inbox-count', getInbox);
  const { reload } = inbox;
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    reload();
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
