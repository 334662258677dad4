import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { Abilities } from '../api/types.ts';
import { LoginPage } from '../auth/LoginPage.tsx';
import { RequireAbility, RequireAuth } from '../auth/RequireAuth.tsx';
import { SessionProvider } from '../auth/session.tsx';
import { HouseholdPage } from '../registry/household/HouseholdPage.tsx';
import { SearchPage } from '../registry/search/SearchPage.tsx';
import { AppShell } from './AppShell.tsx';
import { HomeRoute } from './HomeRoute.tsx';
import { NotFound } from './NotFound.tsx';

// Forms and administration load on first use: the first screens stay small on a weak connection.
const RegisterHouseholdPage = lazy(() =>
  import('../registry/register/RegisterHouseholdPage.tsx').then((m) => ({
    default: m.RegisterHouseholdPage,
  })),
);
const AddMemberPage = lazy(() =>
  import('../registry/member/AddMemberPage.tsx').then((m) => ({ default: m.AddMemberPage })),
);
const EditMemberPage = lazy(() =>
  import('../registry/member/EditMemberPage.tsx').then((m) => ({ default: m.EditMemberPage })),
);
const WilayahPage = lazy(() =>
  import('../wilayah/WilayahPage.tsx').then((m) => ({ default: m.WilayahPage })),
);
const IntakeListPage = lazy(() =>
  import('../intake/IntakeListPage.tsx').then((m) => ({ default: m.IntakeListPage })),
);
const IntakeDetailPage = lazy(() =>
  import('../intake/IntakeDetailPage.tsx').then((m) => ({ default: m.IntakeDetailPage })),
);
const IntakePage = lazy(() => import('../intake/IntakePage.tsx').then((m) => ({ default: m.IntakePage })));
const ReferralBoardPage = lazy(() =>
  import('../referral/ReferralBoardPage.tsx').then((m) => ({ default: m.ReferralBoardPage })),
);
const ReferralDetailPage = lazy(() =>
  import('../referral/ReferralDetailPage.tsx').then((m) => ({ default: m.ReferralDetailPage })),
);
const CataloguePage = lazy(() =>
  import('../referral/CataloguePage.tsx').then((m) => ({ default: m.CataloguePage })),
);
const VerifyPage = lazy(() => import('../referral/VerifyPage.tsx').then((m) => ({ default: m.VerifyPage })));
const InboxPage = lazy(() => import('../inbox/InboxPage.tsx').then((m) => ({ default: m.InboxPage })));
const AssessmentFormPage = lazy(() =>
  import('../assessment/AssessmentFormPage.tsx').then((m) => ({ default: m.AssessmentFormPage })),
);
const IndicatorSetsPage = lazy(() =>
  import('../indicators/IndicatorSetsPage.tsx').then((m) => ({ default: m.IndicatorSetsPage })),
);
const IndicatorSetPage = lazy(() =>
  import('../indicators/IndicatorSetPage.tsx').then((m) => ({ default: m.IndicatorSetPage })),
);
const SimulationPage = lazy(() =>
  import('../simulation/SimulationPage.tsx').then((m) => ({ default: m.SimulationPage })),
);
const UsersPage = lazy(() => import('../users/UsersPage.tsx').then((m) => ({ default: m.UsersPage })));

/**
 * Routes (Indonesian paths):
 * `/masuk` login · `/` and `/cari` search · `/keluarga/baru` register a household ·
 * `/keluarga/:id` household profile · `/keluarga/:id/anggota/baru` add a member ·
 * `/keluarga/:id/anggota/:personId/ubah` edit a member · `/pengguna` users (admin) ·
 * `/wilayah` desa clusters (admin) · `/pengaduan` intakes · `/pengaduan/baru` record an intake · `/pengaduan/:id` intake and its follow-up · `/rujukan` referral
 * board · `/rujukan/:id` referral detail · `/rujukan/:id/verifikasi` letter check (QR) · `/kotak-masuk` inbox · `/layanan` services catalogue.
 * `/wilayah` desa clusters (admin) · `/keluarga/:id/penilaian/baru` assess a household ·
 * `/indikator` and `/indikator/:id` indicator sets · `/simulasi` policy simulation.
 */
export function App() {
  return (
    <SessionProvider>
      <Routes>
        <Route element={<AppShell />}>
          <Route path="/masuk" element={<LoginPage />} />
          <Route element={<RequireAuth />}>
            <Route index element={<HomeRoute />} />
            <Route path="/cari" element={guard('registryRead', <SearchPage />)} />
            <Route path="/keluarga/baru" element={guard('registryWrite', <RegisterHouseholdPage />)} />
            <Route path="/keluarga/:id" element={guard('registryRead', <HouseholdPage />)} />
            <Route path="/keluarga/:id/anggota/baru" element={guard('registryWrite', <AddMemberPage />)} />
            <Route
              path="/keluarga/:id/anggota/:personId/ubah"
              element={guard('registryWrite', <EditMemberPage />)}
            />
            <Route path="/pengguna" element={guard('usersManage', <UsersPage />)} />
            <Route path="/wilayah" element={guard('wilayahManage', <WilayahPage />)} />
            <Route path="/pengaduan" element={guard('intakeRead', <IntakeListPage />)} />
            <Route path="/pengaduan/baru" element={guard('intakeWrite', <IntakePage />)} />
            <Route path="/pengaduan/:id" element={guard('intakeRead', <IntakeDetailPage />)} />
            <Route path="/rujukan" element={guard('referralRead', <ReferralBoardPage />)} />
            <Route path="/rujukan/:id" element={guard('referralRead', <ReferralDetailPage />)} />
            <Route path="/rujukan/:id/verifikasi" element={guard('referralRead', <VerifyPage />)} />
            <Route path="/layanan" element={<CataloguePage />} />
            <Route path="/kotak-masuk" element={guard('referralRead', <InboxPage />)} />
            <Route
              path="/keluarga/:id/penilaian/baru"
              element={guard('assessmentWrite', <AssessmentFormPage />)}
            />
            <Route path="/indikator" element={guard('indicatorSetRead', <IndicatorSetsPage />)} />
            <Route path="/indikator/:id" element={guard('indicatorSetRead', <IndicatorSetPage />)} />
            <Route path="/simulasi" element={guard('simulationRun', <SimulationPage />)} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </SessionProvider>
  );
}

function guard(ability: keyof Abilities, page: ReactNode) {
  return <RequireAbility ability={ability}>{page}</RequireAbility>;
}
