import { useTranslation } from 'react-i18next';
import type { ReferralStatus, ReferralSummary } from '../api/types.ts';
import { formatDateTime } from '../registry/format.ts';
import { activeDeadline, dueState } from './deadline.ts';
import { referralLabel } from './labels.ts';

const STATUS_CLASS: Record<ReferralStatus, string> = {
  draft: 'badge-muted',
  sent: 'badge-info',
  accepted: 'badge-info',
  in_progress: 'badge-info',
  completed: 'badge-ok',
  declined: 'badge-danger',
  cancelled: 'badge-muted',
  escalated: 'badge-warn',
};

export function StatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATUS_CLASS[status] ?? 'badge-muted'}`}>
      {referralLabel(t, 'status', status)}
    </span>
  );
}

/** "Terlambat" or "Segera jatuh tempo" in words (not colour alone), with the deadline. */
export function DueBadge({ referral, now = new Date() }: { referral: ReferralSummary; now?: Date }) {
  const { t, i18n } = useTranslation();
  const state = dueState(referral, now);
  const due = activeDeadline(referral);
  if (state === 'none') return null;
  const when = due ? formatDateTime(due, i18n.language) : '';
  if (state === 'overdue')
    return (
      <span className="badge badge-danger">
        {t('referral.due.overdue', 'Terlambat')}
        {when ? ` · ${when}` : ''}
      </span>
    );
  if (state === 'dueSoon')
    return (
      <span className="badge badge-warn">
        {t('referral.due.soon', 'Segera jatuh tempo')} · {when}
      </span>
    );
  return <span className="badge badge-muted">{t('referral.due.until', 'Batas {{when}}', { when })}</span>;
}
