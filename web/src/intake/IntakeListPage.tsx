import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { IntakeSummary } from '../api/types.ts';
import { useResource } from '../api/use-resource.ts';
import { useAuthenticated } from '../auth/session.tsx';
import { REFERRAL_VOCAB, referralLabel } from '../referral/labels.ts';
import { formatDateTime } from '../registry/format.ts';
import { SelectField } from '../ui/fields.tsx';
import { ErrorAlert, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { listIntakes } from './intake.api.ts';

/** `/pengaduan`: intakes of the user's area, newest first; open ones by default (they need follow-up). */
export function IntakeListPage() {
  const { t, i18n } = useTranslation();
  const { abilities } = useAuthenticated();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const intakes = useResource(`intakes?${status}`, (signal) =>
    listIntakes({ status: status === 'all' ? undefined : status, pageSize: 50 }, signal),
  );
  const title = t('intake.list.title', 'Daftar pengaduan');
  useDocumentTitle(title);
  return (
    <section className="page">
      <div className="section-head">
        <h1>{title}</h1>
        {abilities.intakeWrite ? (
          <Link to="/pengaduan/baru" className="button button-primary">
            {t('intake.list.new', 'Catat pengaduan baru')}
          </Link>
        ) : null}
      </div>
      <SelectField
        id="intake-status"
        label={t('intake.list.status', 'Status')}
        value={status}
        onChange={(next) => setParams(next === 'open' ? {} : { status: next })}
        placeholder={false}
        options={[
          ...REFERRAL_VOCAB.intakeStatus.map((s) => ({
            value: s,
            label: referralLabel(t, 'intakeStatus', s),
          })),
          { value: 'all', label: t('intake.list.all', 'Semua') },
        ]}
      />
      {intakes.error ? <ErrorAlert error={intakes.error} onRetry={intakes.reload} /> : null}
      {!intakes.data && !intakes.error ? <Loading /> : null}
      {intakes.data ? (
        <section aria-labelledby="intake-results">
          <div role="status">
            <h2 id="intake-results">
              {t('intake.list.count', '{{count}} pengaduan', { count: intakes.data.total })}
            </h2>
          </div>
          <ul className="results">
            {intakes.data.items.map((i: IntakeSummary) => (
              <li key={i.id} className="card result">
                <h3 className="result-title">
                  <Link to={`/pengaduan/${encodeURIComponent(i.id)}`} className="stretched-link">
                    {i.person.name}
                  </Link>
                </h3>
                <p className="id-number muted">{i.number}</p>
                <p>
                  {referralLabel(t, 'category', i.category)} · {referralLabel(t, 'urgency', i.urgency)}
                </p>
                <p className="muted">
                  {i.desaName} · {formatDateTime(i.createdAt, i18n.language)}
                </p>
                <p className="badges">
                  <span className="badge badge-muted">{referralLabel(t, 'intakeStatus', i.status)}</span>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
