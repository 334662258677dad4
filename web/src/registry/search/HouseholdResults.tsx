import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HouseholdSummary } from '../../api/types.ts';
import { addressLine } from '../household/address.ts';

/** Households found, as cards; the head's name links to the household profile. */
export function HouseholdResults({ items }: { items: HouseholdSummary[] }) {
  const { t } = useTranslation();
  return (
    <ul className="results">
      {items.map((h) => (
        <li key={h.id} className="card result">
          <h3 className="result-title">
            <Link to={`/keluarga/${encodeURIComponent(h.id)}`} className="stretched-link">
              {h.headName ?? t('household.noHead', 'Kepala keluarga belum tercatat')}
            </Link>
          </h3>
          {h.kk ? (
            <p className="id-number">
              <span className="id-label">{t('household.kk', 'No. KK')}</span> {h.kk}
            </p>
          ) : (
            <ul className="badges">
              <li className="badge badge-muted">{t('household.noKk', 'Tanpa KK')}</li>
            </ul>
          )}
          <p>
            {h.desaName}, {t('household.kecamatanShort', 'Kec.')} {h.kecamatanName}
          </p>
          <p className="muted">
            {[
              addressLine(h.address, t),
              t('household.memberCount', '{{count}} anggota', { count: h.memberCount }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ul>
  );
}
