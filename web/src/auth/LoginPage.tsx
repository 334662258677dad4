import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { CheckboxField, TextField } from '../ui/fields.tsx';
import { describeError } from '../ui/status.tsx';
import { useDocumentTitle } from '../ui/use-document-title.ts';
import { login } from './auth.api.ts';
import type { LoginRedirectState } from './RequireAuth.tsx';
import { useSession } from './session.tsx';

function redirectState(state: unknown): LoginRedirectState {
  if (typeof state !== 'object' || state === null) return {};
  const { from, expired } = state as Record<string, unknown>;
  return {
    from: typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined,
    expired: expired === true,
  };
}

/** `/masuk`: username and password; the server's message on failure (wrong password, locked). */
export function LoginPage() {
  const { t } = useTranslation();
  const { session, signedIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { from, expired } = redirectState(location.state);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const title = t('auth.title', 'Masuk');
  useDocumentTitle(title);

  if (session.status === 'authenticated' && !submitting) return <Navigate to={from ?? '/'} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('auth.required', 'Isi nama pengguna dan kata sandi.'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const info = await login(username.trim(), password);
      signedIn(info);
      navigate(from ?? '/', { replace: true });
    } catch (err) {
      setError(describeError(err, t));
      setPassword('');
      setSubmitting(false);
    }
  }

  return (
    <section className="page page-narrow">
      <h1>{title}</h1>
      <p className="lead">{t('auth.lead', 'Sistem Layanan dan Rujukan Terpadu')}</p>
      {expired ? (
        <p className="alert alert-info" role="status">
          {t('auth.expired', 'Sesi Anda sudah berakhir. Silakan masuk lagi.')}
        </p>
      ) : null}
      <div role="alert" className={error ? 'alert alert-error' : undefined}>
        {error}
      </div>
      <form onSubmit={onSubmit} noValidate className="card form">
        <TextField
          id="login-username"
          label={t('auth.username', 'Nama pengguna')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          plain
          required
        />
        <TextField
          id="login-password"
          label={t('auth.password', 'Kata sandi')}
          type={showPassword ? 'text' : 'password'}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        <CheckboxField
          id="login-show-password"
          label={t('auth.showPassword', 'Tampilkan kata sandi')}
          checked={showPassword}
          onChange={setShowPassword}
        />
        <button type="submit" className="button button-primary button-block" disabled={submitting}>
          {submitting ? t('auth.submitting', 'Sedang masuk…') : t('auth.submit', 'Masuk')}
        </button>
      </form>
    </section>
  );
}
