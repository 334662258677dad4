import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useAuthenticated } from '../auth/session.tsx';
import { SearchPage } from '../registry/search/SearchPage.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';

/** `/`: the registry search for those who may read it, the user list for administrators. */
export function HomeRoute() {
  const { abilities } = useAuthenticated();
  if (abilities.registryRead) return <SearchPage />;
  if (abilities.usersManage) return <Navigate to="/pengguna" replace />;
  if (abilities.referralRead) return <Navigate to="/kotak-masuk" replace />;
  if (abilities.simulationRun) return <Navigate to="/simulasi" replace />;
  return <NothingToDo />;
}

function NothingToDo() {
  const { t } = useTranslation();
  const title = t('app.home.title', 'Selamat datang');
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      <p>{t('app.home.empty', 'Belum ada menu yang tersedia untuk peran Anda.')}</p>
    </section>
  );
}
