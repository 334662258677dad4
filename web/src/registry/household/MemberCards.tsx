import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Person } from '../../api/types.ts';
import { FlagBadges } from '../FlagBadges.tsx';
import { formatDate } from '../format.ts';
import { vocabLabel } from '../labels.ts';

interface MemberCardsProps {
  householdId: string;
  members: Person[];
  canEdit: boolean;
}

/** The members of a household, head first, as cards that read well on a phone. */
export function MemberCards({ householdId, members, canEdit }: MemberCardsProps) {
  const { t, i18n } = useTranslation();
  const ordered = [...members].sort(
    (a, b) => Number(b.relation === 'kepala_keluarga') - Number(a.relation === 'kepala_keluarga'),
  );
  return (
    <ul className="results members">
      {ordered.map((m) => (
        <li key={m.id} className="card member">
          <h3>{m.fullName}</h3>
          <p className="muted">{vocabLabel(t, 'relation', m.relation)}</p>
          <dl className="facts">
            <dt>{t('person.nik', 'NIK')}</dt>
            <dd className="id-number">
              {m.nik ?? (m.noNikReason ? vocabLabel(t, 'noNikReason', m.noNikReason) : '—')}
            </dd>
            <dt>{t('person.sex', 'Jenis kelamin')}</dt>
            <dd>{vocabLabel(t, 'sex', m.sex)}</dd>
            <dt>{t('person.birth', 'Lahir')}</dt>
            <dd>
              {[m.birthPlace, formatDate(m.birthDate, i18n.language)].filter(Boolean).join(', ')} (
              {t('person.age', '{{years}} tahun', { years: m.age })})
            </dd>
            <dt>{t('person.disability', 'Disabilitas')}</dt>
            <dd>
              {m.disability
                ? `${vocabLabel(t, 'disabilityType', m.disability.type)} (${vocabLabel(t, 'disabilitySeverity', m.disability.severity)})`
                : t('common.none', 'Tidak ada')}
            </dd>
            {m.pregnant ? (
              <>
                <dt>{t('person.pregnancy', 'Kehamilan')}</dt>
                <dd>{t('person.pregnant', 'Sedang hamil')}</dd>
              </>
            ) : null}
          </dl>
          <FlagBadges flags={m.flags} nikMissing={m.nik === null} />
          {canEdit ? (
            <Link
              to={`/keluarga/${encodeURIComponent(householdId)}/anggota/${encodeURIComponent(m.id)}/ubah`}
              className="button button-secondary"
              aria-label={t('household.editMemberOf', 'Ubah data {{name}}', { name: m.fullName })}
            >
              {t('household.editMember', 'Ubah data')}
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
