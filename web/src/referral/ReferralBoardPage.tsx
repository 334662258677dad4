import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useResource } from '../api/use-resource.ts';
import { useAuthenticated } from '../auth/session.tsx';
import { CheckboxField, SelectField } from '../ui/fields.tsx';
import { ErrorAlert, Loading } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { desaOptionGroups, useDesaList } from '../wilayah/wilayah.api.ts';
import {
  BOARD_PAGE_SIZE,
  type BoardFilters,
  readBoardFilters,
  toReferralQuery,
  writeBoardFilters,
} from './board-filters.ts';
import { REFERRAL_VOCAB, referralLabel, TIER_CODES } from './labels.ts';
import { ReferralCards } from './ReferralCards.tsx';
import { listOrganisations, listReferrals } from './referral.api.ts';

/** `/rujukan`: the referrals the user may see, filtered by status, tier, desa, provider and overdue. */
export function ReferralBoardPage() {
  const { t } = useTranslation();
  const { user } = useAuthenticated();
  const [params, setParams] = useSearchParams();
  const applied = readBoardFilters(params);
  const [draft, setDraft] = useState<BoardFilters>(applied);
  const paramString = params.toString();
  const [shownParams, setShownParams] = useState(paramString);
  if (shownParams !== paramString) {
    setShownParams(paramString);
    setDraft(applied);
  }
  const title = t('referral.board.title', 'Papan rujukan');
  useDocumentTitle(title);
  const isPartner = user.role === 'mitra';
  const active = [applied.status, applied.tier, applied.desa, applied.organisation, applied.overdue].filter(
    Boolean,
  ).length;
  // On a phone the filters would fill the screen: they stay folded until used.
  const [filtersOpen, setFiltersOpen] = useState(active > 0);
  const desa = useDesaList();
  const organisations = useResource(isPartner ? null : 'organisations', listOrganisations);
  const query = toReferralQuery(applied);
  const referrals = useResource(`referrals?${paramString}`, (signal) => listReferrals(query, signal));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setParams(writeBoardFilters({ ...draft, page: 1 }));
  }
  const goToPage = (page: number) => setParams(writeBoardFilters({ ...applied, page }));

  const statusOptions = [
    { value: 'open', label: t('referral.board.openStatuses', 'Semua yang belum selesai') },
    ...REFERRAL_VOCAB.status.map((s) => ({ value: s, label: referralLabel(t, 'status', s) })),
  ];
  const data = referrals.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / BOARD_PAGE_SIZE)) : 1;

  return (
    <section className="page">
      <h1>{title}</h1>
      <details
        className="card filters"
        open={filtersOpen}
        onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
      >
        <summary>
          {t('referral.board.filters', 'Saring rujukan')}
          {active > 0 ? ` (${t('referral.board.active', '{{count}} aktif', { count: active })})` : ''}
        </summary>
        <form onSubmit={onSubmit} noValidate className="form">
          <div className="grid grid-2">
            <SelectField
              id="filter-status"
              label={t('referral.board.status', 'Status')}
              value={draft.status}
              onChange={(status) => setDraft({ ...draft, status })}
              placeholder={t('referral.board.allStatuses', 'Semua status')}
              options={statusOptions}
            />
            <SelectField
              id="filter-tier"
              label={t('referral.board.tier', 'Tingkat')}
              value={draft.tier}
              onChange={(tier) => setDraft({ ...draft, tier })}
              placeholder={t('referral.board.allTiers', 'Semua tingkat')}
              options={TIER_CODES.map((c) => ({ value: String(c), label: referralLabel(t, 'tier', c) }))}
            />
            {isPartner ? null : (
              <SelectField
                id="filter-desa"
                label={t('referral.board.desa', 'Desa/kelurahan')}
                value={draft.desa}
                onChange={(code) => setDraft({ ...draft, desa: code })}
                placeholder={t('referral.board.allDesa', 'Semua desa')}
                groups={desaOptionGroups(
                  (desa.data?.items ?? []).filter((d) => d.inScope),
                  (name) => t('wilayah.kelurahanName', '{{name}} (kelurahan)', { name }),
                )}
              />
            )}
            {isPartner ? null : (
              <SelectField
                id="filter-organisation"
                label={t('referral.board.organisation', 'Penyedia layanan')}
                value={draft.organisation}
                onChange={(organisation) => setDraft({ ...draft, organisation })}
                placeholder={t('referral.board.allOrganisations', 'Semua penyedia')}
                options={(organisations.data?.items ?? []).map((o) => ({ value: o.code, label: o.name }))}
              />
            )}
          </div>
          <CheckboxField
            id="filter-overdue"
            label={t('referral.board.overdueOnly', 'Hanya yang terlambat')}
            checked={draft.overdue}
            onChange={(overdue) => setDraft({ ...draft, overdue })}
          />
          <button type="submit" className="button button-primary">
            {t('referral.board.apply', 'Terapkan saringan')}
          </button>
        </form>
      </details>

      {referrals.error ? <ErrorAlert error={referrals.error} onRetry={referrals.reload} /> : null}
      {!data && !referrals.error ? <Loading /> : null}
      {data ? (
        <section aria-labelledby="board-results">
          <div role="status">
            <h2 id="board-results">
              {t('referral.board.count', '{{count}} rujukan', { count: data.total })}
            </h2>
          </div>
          {data.items.length === 0 ? (
            <p className="empty-state">
              {t('referral.board.empty', 'Tidak ada rujukan yang cocok dengan saringan.')}
            </p>
          ) : (
            <ReferralCards items={data.items} />
          )}
          {pages > 1 ? (
            <nav className="pager" aria-label={t('referral.board.pages', 'Halaman')}>
              <button
                type="button"
                className="button button-secondary"
                disabled={applied.page <= 1}
                onClick={() => goToPage(applied.page - 1)}
              >
                {t('referral.board.previous', 'Sebelumnya')}
              </button>
              <span>
                {t('referral.board.pageOf', 'Halaman {{page}} dari {{pages}}', { page: applied.page, pages })}
              </span>
              <button
                type="button"
                className="button button-secondary"
                disabled={applied.page >= pages}
                onClick={() => goToPage(applied.page + 1)}
              >
                {t('referral.board.next', 'Berikutnya')}
              </button>
            </nav>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
