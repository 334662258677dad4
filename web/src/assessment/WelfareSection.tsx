import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useResource } from '../api/use-resource.ts';
import { formatDate } from '../registry/format.ts';
import { ErrorAlert, Loading } from '../ui/status.tsx';
import { AssessmentResult } from './AssessmentResult.tsx';
import { getAssessments } from './assessment.api.ts';
import { ClassBadge, localized } from './labels.tsx';

/** On the household profile: the current class per scheme with its explanation, and the class history. */
export function WelfareSection({ householdId, canAssess }: { householdId: string; canAssess: boolean }) {
  const { t, i18n } = useTranslation();
  const history = useResource(`assessments/${householdId}`, (signal) => getAssessments(householdId, signal));
  const items = history.data?.items ?? [];
  const current = (history.data?.current ?? [])
    .map((c) => items.find((a) => a.id === c.assessmentId))
    .filter((a) => a !== undefined);

  return (
    <section aria-labelledby="welfare-heading" className="section">
      <div className="section-head">
        <h2 id="welfare-heading">{t('assessment.section', 'Kesejahteraan')}</h2>
        {canAssess ? (
          <Link
            to={`/keluarga/${encodeURIComponent(householdId)}/penilaian/baru`}
            className="button button-primary"
          >
            {t('assessment.start', 'Nilai kesejahteraan')}
          </Link>
        ) : null}
      </div>
      {history.error ? <ErrorAlert error={history.error} onRetry={history.reload} /> : null}
      {!history.data && !history.error ? <Loading /> : null}
      {history.data && items.length === 0 ? (
        <p className="muted">{t('assessment.none', 'Keluarga ini belum pernah dinilai.')}</p>
      ) : null}
      {current.map((a) => (
        <AssessmentResult key={a.id} assessment={a} />
      ))}
      {items.length > 0 ? (
        <>
          <h3>{t('assessment.history', 'Riwayat kelas')}</h3>
          <ol className="history">
            {items.map((a) => (
              <li key={a.id} className="history-entry">
                <p className="history-what">
                  <ClassBadge value={a.class} /> {localized(a.set.name, i18n.language)}{' '}
                  {t('assessment.result.version', 'versi {{version}}', { version: a.set.version })}
                </p>
                <p className="muted">
                  {formatDate(a.assessedOn, i18n.language)} ·{' '}
                  {a.assessor?.username ?? t('history.system', 'Sistem')}
                  {a.kind === 'reclassify'
                    ? ` · ${t('assessment.result.reclassified', 'dinilai ulang dari jawaban terakhir')}`
                    : ''}
                  {a.current ? ` · ${t('assessment.currentMark', 'kelas terkini')}` : ''}
                </p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
