import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InboxNotification } from '../api/types.ts';
import { formatDateTime } from '../registry/format.ts';
import { describeError } from '../ui/status.tsx';
import { markRead } from './inbox.api.ts';

/** The user's notifications (ids and numbers only, never names), newest first, with "mark read". */
export function Notifications({ items, onRead }: { items: InboxNotification[]; onRead: () => void }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const unread = items.filter((n) => n.readAt === null);

  async function readAll() {
    setBusy(true);
    setError(null);
    try {
      await markRead(unread.map((n) => n.id));
      onRead();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="inbox-notifications" className="section">
      <div className="section-head">
        <h2 id="inbox-notifications">
          {t('inbox.notifications', 'Pemberitahuan')} <span className="count">({unread.length})</span>
        </h2>
        {unread.length > 0 ? (
          <button type="button" className="button button-quiet" onClick={readAll} disabled={busy}>
            {t('inbox.markRead', 'Tandai semua sudah dibaca')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="alert alert-error">
          {describeError(error, t)}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="muted">{t('inbox.noNotifications', 'Belum ada pemberitahuan.')}</p>
      ) : (
        <ul className="history">
          {items.map((n) => (
            <li key={n.id} className="history-entry">
              <p>
                {n.readAt === null ? (
                  <span className="badge badge-info">{t('inbox.unread', 'Baru')}</span>
                ) : null}{' '}
                {t(`inbox.kind.${n.kind.replace('.', '_')}`, { defaultValue: n.kind })}
                {n.referralId && n.referralNumber ? (
                  <>
                    {' · '}
                    <Link to={`/rujukan/${encodeURIComponent(n.referralId)}`} className="id-number">
                      {n.referralNumber}
                    </Link>
                  </>
                ) : null}
              </p>
              <p className="muted">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
