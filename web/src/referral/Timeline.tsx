import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../api/types.ts';
import { roleLabel } from '../auth/role-label.ts';
import { formatDateTime } from '../registry/format.ts';
import { referralLabel } from './labels.ts';

/** The referral's trail, oldest first: who did what, when, with which note; escalations stand out. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="history timeline">
      {sorted.map((e) => {
        const escalation = e.action === 'escalate' || e.toStatus === 'escalated' || e.toTier !== e.fromTier;
        return (
          <li
            key={`${e.at}-${e.action}-${e.toStatus}-${e.toTier}`}
            className={`history-entry${escalation ? ' timeline-escalation' : ''}`}
          >
            <p className="history-what">
              <strong>
                {e.action === 'create'
                  ? t('referral.timeline.created', 'Dibuat')
                  : referralLabel(t, 'action', e.action)}
              </strong>
              {' · '}
              {referralLabel(t, 'status', e.toStatus)}
            </p>
            {escalation && e.toTier !== e.fromTier ? (
              <p className="timeline-tier">
                {t('referral.timeline.tierChange', 'Naik dari {{from}} ke {{to}}', {
                  from: referralLabel(t, 'tier', e.fromTier),
                  to: referralLabel(t, 'tier', e.toTier),
                })}
              </p>
            ) : null}
            {e.cause ? (
              <p>
                {t('referral.timeline.cause', 'Sebab')}: {referralLabel(t, 'cause', e.cause)}
              </p>
            ) : null}
            <p className="muted">
              <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time> ·{' '}
              {e.actor
                ? `${e.actor.username} (${roleLabel(t, e.actor.role)})`
                : t('referral.timeline.system', 'Sistem (otomatis)')}
              {e.organisationName ? ` · ${e.organisationName}` : ''}
            </p>
            {e.outcome ? (
              <p>
                {t('referral.timeline.outcome', 'Hasil')}: {referralLabel(t, 'outcome', e.outcome)}
              </p>
            ) : null}
            {e.reason ? (
              <p>
                {t('referral.timeline.reason', 'Alasan')}: {e.reason}
              </p>
            ) : null}
            {e.note ? (
              <p>
                {t('referral.timeline.note', 'Catatan')}: {e.note}
              </p>
            ) : null}
            {e.attachments.length > 0 ? (
              <ul className="changes">
                {e.attachments.map((a) => (
                  <li key={`${a.name}-${a.reference ?? ''}`}>
                    {a.name}
                    {a.reference ? ` (${a.reference})` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
