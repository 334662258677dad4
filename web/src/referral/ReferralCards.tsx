import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReferralSummary } from '../api/types.ts';
import { referralLabel } from './labels.ts';
import { DueBadge, StatusBadge } from './ReferralBadges.tsx';

/** Referrals as cards (readable on a phone); the number opens the detail. */
export function ReferralCards({ items, now }: { items: ReferralSummary[]; now?: Date }) {
  const { t } = useTranslation();
  return (
    <ul className="results referral-cards">
      {items.map((r) => (
        <li key={r.id} className="card result referral-card">
          <h3 className="result-title">
            <Link to={`/rujukan/${encodeURIComponent(r.id)}`} className="stretched-link">
              {r.service.name}
            </Link>
          </h3>
          <p className="id-number muted">{r.number}</p>
          <p>
            {r.personName ? `${r.personName} · ` : ''}
            {r.desaName}
          </p>
          <p className="muted">
            {r.organisation.name} · {referralLabel(t, 'tier', r.tier)}
          </p>
          <p className="badges">
            <StatusBadge status={r.status} />
            <DueBadge referral={r} now={now} />
          </p>
        </li>
      ))}
    </ul>
  );
}
