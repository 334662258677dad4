import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PersonSummary } from '../../api/types.ts';
import { FlagBadges } from '../FlagBadges.tsx';
import { formatDate } from '../format.ts';
import { vocabLabel } from '../labels.ts';

/** People found, as cards; the name links to the person's household. */
export function PersonResults({ items }: { items: PersonSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="results">
      {items.map((p) => (
        <li key={p.id} className="card result">
          <h3 className="result-title">
            <Link to={`/keluarga/${encodeURIComponent(p.householdId)}`} className="stretched-link">
              {p.fullName}
            </Link>
          </h3>
          {p.nik ? (
            <p className="id-number">
              <span className="id-label">{t('person.nik', 'NIK')}</span> {p.nik}
            </p>
          ) : null}
          <p>
            {vocabLabel(t, 'sex', p.sex)} · {formatDate(p.birthDate, i18n.language)} (
            {t('person.age', '{{years}} tahun', { years: p.age })})
          </p>
          <p className="muted">
            {vocabLabel(t, 'relation', p.relation)} · {p.desaName}
          </p>
          <FlagBadges flags={p.flags} nikMissing={p.nik === null} />
        </li>
      ))}
    </ul>
  );
}
