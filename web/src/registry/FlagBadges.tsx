import { useTranslation } from 'react-i18next';
import { vocabLabel } from './labels.ts';

/**
 * Data-quality flags as badges. A missing NIK shows one "Tanpa NIK" badge, whether it comes from
 * `nik: null` or from the NIK_MISSING flag.
 */
export function FlagBadges({
  flags,
  nikMissing = false,
}: {
  flags: readonly string[];
  nikMissing?: boolean;
}) {
  const { t } = useTranslation();
  const shown = flags.filter((f) => f !== 'NIK_MISSING');
  const missing = nikMissing || flags.includes('NIK_MISSING');
  if (!missing && shown.length === 0) return null;
  return (
    <ul className="badges" aria-label={t('person.flags', 'Catatan data')}>
      {missing ? <li className="badge badge-muted">{vocabLabel(t, 'flag', 'NIK_MISSING')}</li> : null}
      {shown.map((flag) => (
        <li key={flag} className="badge badge-warn">
          {vocabLabel(t, 'flag', flag)}
        </li>
      ))}
    </ul>
  );
}
