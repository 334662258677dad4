import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../api/types.ts';
import { formatDateTime } from '../format.ts';
import { vocabLabel } from '../labels.ts';
import { changeValueText, fieldLabel } from './history-format.ts';

/** The change trail of a household and its members, newest first. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0)
    return <p className="muted">{t('history.empty', 'Belum ada riwayat perubahan.')}</p>;
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="history">
      {sorted.map((entry) => (
        <li key={entry.id} className="history-entry">
          <p className="history-what">
            <strong>{vocabLabel(t, 'historyAction', entry.action)}</strong>
            {entry.subject ? ` · ${entry.subject}` : ''}
          </p>
          <p className="muted">
            <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time> ·{' '}
            {entry.actor?.username ?? t('history.system', 'Sistem')}
          </p>
          {entry.changes.length > 0 ? (
            <ul className="changes">
              {entry.changes.map((change) => (
                <li key={change.field}>
                  <span className="change-field">{fieldLabel(change.field, t)}</span>:{' '}
                  <span className="change-old">
                    {changeValueText(change.field, change.old, t, i18n.language)}
                  </span>{' '}
                  <span aria-hidden="true">→</span>
                  <span className="visually-hidden"> {t('history.becomes', 'menjadi')} </span>{' '}
                  <span className="change-new">
                    {changeValueText(change.field, change.new, t, i18n.language)}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {entry.reason ? (
            <p>
              {t('history.reason', 'Alasan')}: {entry.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
