import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import type { Household } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { WelfareSection } from '../../assessment/WelfareSection.tsx';
import { useSession } from '../../auth/session.tsx';
import { HouseholdServices } from '../../referral/PersonServices.tsx';
import { ErrorAlert, LoadFailedPage, Loading, Notice } from '../../ui/status.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { FlagBadges } from '../FlagBadges.tsx';
import { vocabLabel } from '../labels.ts';
import { getHousehold, getHouseholdHistory } from '../registry.api.ts';
import { HistoryList } from './HistoryList.tsx';
import { MemberCards } from './MemberCards.tsx';

/** What a page that saved something tells the household profile to confirm. */
export type HouseholdFlash = 'registered' | 'memberAdded' | 'memberUpdated';

function flashOf(state: unknown): HouseholdFlash | null {
  if (typeof state !== 'object' || state === null) return null;
  const flash = (state as Record<string, unknown>).flash;
  return flash === 'registered' || flash === 'memberAdded' || flash === 'memberUpdated' ? flash : null;
}

/** `/keluarga/:id`: the household, its members and its change history. */
export function HouseholdPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const household = useResource(`household/${id}`, (signal) => getHousehold(id, signal));
  const heading = t('household.title', 'Profil keluarga');
  useDocumentTitle(heading);

  if (household.error) {
    return (
      <LoadFailedPage
        title={heading}
        error={household.error}
        notFoundMessage={t(
          'household.notFound',
          'Keluarga tidak ditemukan, atau berada di luar wilayah kerja Anda.',
        )}
        onRetry={household.reload}
      />
    );
  }
  if (!household.data) return <Loading />;
  return <HouseholdProfile household={household.data} />;
}

function HouseholdProfile({ household: hh }: { household: Household }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { session } = useSession();
  const history = useResource(`household/${hh.id}/history/${hh.version}`, (signal) =>
    getHouseholdHistory(hh.id, signal),
  );
  const canWrite = session.status === 'authenticated' && session.abilities.registryWrite;
  const canSeeServices = session.status === 'authenticated' && session.abilities.referralRead;
  const abilities = session.status === 'authenticated' ? session.abilities : null;
  const head = hh.members.find((m) => m.relation === 'kepala_keluarga');
  const navigate = useNavigate();
  const [flash] = useState(() => flashOf(location.state));
  const hasState = location.state !== null && location.state !== undefined;
  const here = `${location.pathname}${location.search}`;
  // Show the confirmation once: a reload of the page should not repeat it.
  useEffect(() => {
    if (hasState) navigate(here, { replace: true, state: null });
  }, [hasState, here, navigate]);
  const flashText: Record<HouseholdFlash, string> = {
    registered: t('household.flash.registered', 'Keluarga berhasil didaftarkan.'),
    memberAdded: t('household.flash.memberAdded', 'Anggota keluarga berhasil ditambahkan.'),
    memberUpdated: t('household.flash.memberUpdated', 'Data anggota berhasil disimpan.'),
  };
  const rtRw = [hh.address.rt, hh.address.rw].some(Boolean)
    ? `${hh.address.rt || '–'}/${hh.address.rw || '–'}`
    : '—';

  return (
    <section className="page">
      {flash ? <Notice>{flashText[flash]}</Notice> : null}
      <p className="eyebrow">{t('household.title', 'Profil keluarga')}</p>
      <h1>{head ? head.fullName : t('household.noHead', 'Kepala keluarga belum tercatat')}</h1>
      <FlagBadges flags={hh.flags} />
      <dl className="facts card">
        <dt>{t('household.kk', 'No. KK')}</dt>
        <dd className="id-number">{hh.kk ?? t('household.noKk', 'Tanpa KK')}</dd>
        <dt>{t('household.desa', 'Desa/kelurahan')}</dt>
        <dd>{hh.desa.name}</dd>
        <dt>{t('household.kecamatan', 'Kecamatan')}</dt>
        <dd>{hh.desa.kecamatanName}</dd>
        <dt>{t('household.cluster', 'Klaster')}</dt>
        <dd>{vocabLabel(t, 'cluster', hh.desa.cluster)}</dd>
        <dt>{t('household.dusun', 'Dusun')}</dt>
        <dd>{hh.address.dusun || '—'}</dd>
        <dt>{t('household.rtRwLabel', 'RT/RW')}</dt>
        <dd>{rtRw}</dd>
        <dt>{t('household.address', 'Alamat')}</dt>
        <dd>{hh.address.text || '—'}</dd>
      </dl>

      <section aria-labelledby="members-heading" className="section">
        <div className="section-head">
          <h2 id="members-heading">
            {t('household.members', 'Anggota keluarga')} ({hh.members.length})
          </h2>
          {canWrite && hh.abilities.addMember ? (
            <Link
              to={`/keluarga/${encodeURIComponent(hh.id)}/anggota/baru`}
              className="button button-primary"
            >
              {t('household.addMember', 'Tambah anggota')}
            </Link>
          ) : null}
        </div>
        <MemberCards householdId={hh.id} members={hh.members} canEdit={canWrite && hh.abilities.update} />
      </section>

      {canSeeServices ? <HouseholdServices members={hh.members} /> : null}
      {abilities?.assessmentRead ? (
        <WelfareSection householdId={hh.id} canAssess={abilities.assessmentWrite} />
      ) : null}

      <section aria-labelledby="history-heading" className="section">
        <h2 id="history-heading">{t('history.title', 'Riwayat perubahan')}</h2>
        {history.error ? <ErrorAlert error={history.error} onRetry={history.reload} /> : null}
        {history.data ? <HistoryList entries={history.data.items} /> : null}
        {!history.data && !history.error ? <Loading /> : null}
      </section>
    </section>
  );
}
