import type { TFunction } from 'i18next';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

/** A message for any failure: the server's own words when it gave some, else a plain explanation. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.detail) return error.detail;
    if (error.status === 0)
      return t('error.network', 'Tidak dapat terhubung ke server. Periksa koneksi internet lalu coba lagi.');
    if (error.status === 403) return t('error.forbidden', 'Anda tidak punya akses untuk tindakan ini.');
    if (error.status === 404) return t('error.notFound', 'Data tidak ditemukan.');
    if (error.status >= 500)
      return t('error.server', 'Terjadi gangguan pada server. Coba lagi beberapa saat lagi.');
  }
  return t('error.unknown', 'Terjadi kesalahan. Coba lagi.');
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading', 'Memuat…')}
    </p>
  );
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      <p>{describeError(error, t)}</p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.retry', 'Coba lagi')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A page whose record could not be loaded: the page's own words when it is missing or out of the
 * user's scope (both answer 404), else the failure with a retry button.
 */
export function LoadFailedPage({
  title,
  error,
  notFoundMessage,
  onRetry,
}: {
  title: string;
  error: unknown;
  notFoundMessage: string;
  onRetry: () => void;
}) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <section className="page">
      <h1>{title}</h1>
      {notFound ? (
        <p role="alert" className="alert alert-error">
          {notFoundMessage}
        </p>
      ) : (
        <ErrorAlert error={error} onRetry={onRetry} />
      )}
    </section>
  );
}

export interface FormSummaryContent {
  message: string;
  details: string[];
}

/** The message above a form that could not be saved; focused when no field can take the focus. */
export function FormSummary({
  summary,
  summaryRef,
}: {
  summary: FormSummaryContent | null;
  summaryRef: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      className={summary ? 'alert alert-error' : 'visually-hidden'}
      role="alert"
    >
      {summary ? (
        <>
          <p>{summary.message}</p>
          {summary.details.length > 0 ? (
            <ul>
              {summary.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="alert alert-success">
      {children}
    </div>
  );
}
