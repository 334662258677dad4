import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../ui/use-document-title.ts';

export function NotFound() {
  const { t } = useTranslation();
  const title = t('app.notFound.title', 'Halaman tidak ditemukan');
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      <p>{t('app.notFound.body', 'Alamat yang Anda buka tidak ada. Mungkin tautannya salah ketik.')}</p>
      <p>
        <Link to="/">{t('app.backHome', 'Kembali ke halaman utama')}</Link>
      </p>
    </section>
  );
}
