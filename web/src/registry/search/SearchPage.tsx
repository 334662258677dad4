import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { HouseholdSummary, PersonSummary } from '../../api/types.ts';
import { useResource } from '../../api/use-resource.ts';
import { useSession } from '../../auth/session.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { ErrorAlert, Loading } from '../../ui/status.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { desaOptionGroups, useDesaList } from '../../wilayah/wilayah.api.ts';
import { searchHouseholds, searchPeople } from '../registry.api.ts';
import { HouseholdResults } from './HouseholdResults.tsx';
import { PersonResults } from './PersonResults.tsx';
import {
  buildSearchRequest,
  RESULT_LIMIT,
  readSearchState,
  type SearchKind,
  type SearchState,
  writeSearchState,
} from './search-query.ts';

type Results = { kind: 'people'; items: PersonSummary[] } | { kind: 'households'; items: HouseholdSummary[] };

/** `/` and `/cari`: find a person or a household by NIK/KK or by name. */
export function SearchPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const canRegister = session.status === 'authenticated' && session.abilities.registryWrite;
  const [params, setParams] = useSearchParams();
  const submitted = readSearchState(params);
  const [draft, setDraft] = useState<SearchState>(submitted);
  const paramString = params.toString();
  const [shownParams, setShownParams] = useState(paramString);
  // Back and forward change the URL: show what is being searched for in the form too.
  if (shownParams !== paramString) {
    setShownParams(paramString);
    setDraft(submitted);
  }
  const request = buildSearchRequest(submitted);
  const desa = useDesaList();
  const title = t('search.title', 'Cari data');
  useDocumentTitle(title);

  const key = request.status === 'ready' ? `${request.kind}?${new URLSearchParams(request.query)}` : null;
  const results = useResource<Results>(key, async (signal) => {
    if (request.status !== 'ready') throw new Error('no search');
    if (request.kind === 'people')
      return { kind: 'people', items: (await searchPeople(request.query, signal)).items };
    return { kind: 'households', items: (await searchHouseholds(request.query, signal)).items };
  });

  const draftRequest = buildSearchRequest(draft);
  const isNumber = draftRequest.status === 'ready' ? draftRequest.by === 'number' : false;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setParams(writeSearchState(draft));
  }

  function switchKind(kind: SearchKind) {
    const next = { ...draft, kind };
    setDraft(next);
    if (submitted.text) setParams(writeSearchState({ ...submitted, kind }), { replace: true });
  }

  const problem = request.status === 'invalid' ? request.problem : null;
  const problemMessage = {
    digits: t('search.problem.digits', 'NIK dan nomor KK terdiri dari 16 angka.'),
    short: t('search.problem.short', 'Ketik paling sedikit 3 huruf nama.'),
    birthYear: t('search.problem.birthYear', 'Tahun lahir harus 4 angka, misalnya 1980.'),
  };
  const textError = problem === 'digits' || problem === 'short' ? problemMessage[problem] : undefined;

  return (
    <section className="page">
      <h1>{title}</h1>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('search.kind', 'Yang dicari')}</legend>
        <button type="button" aria-pressed={draft.kind === 'people'} onClick={() => switchKind('people')}>
          {t('search.people', 'Orang')}
        </button>
        <button
          type="button"
          aria-pressed={draft.kind === 'households'}
          onClick={() => switchKind('households')}
        >
          {t('search.households', 'Keluarga')}
        </button>
      </fieldset>
      {/* biome-ignore lint/a11y/useSemanticElements: older Android browsers do not know <search> */}
      <form role="search" onSubmit={onSubmit} noValidate className="card form search-form">
        <TextField
          id="search-text"
          type="search"
          label={
            draft.kind === 'people'
              ? t('search.textPeople', 'NIK atau nama')
              : t('search.textHouseholds', 'Nomor KK atau nama kepala keluarga')
          }
          hint={t('search.hint', 'NIK/KK: 16 angka, boleh pakai spasi. Nama: paling sedikit 3 huruf.')}
          value={draft.text}
          onChange={(text) => setDraft({ ...draft, text })}
          error={textError ? { code: problem ?? '', field: 'q', detail: textError } : undefined}
          autoComplete="off"
        />
        {isNumber ? null : (
          <div className="grid grid-2">
            {draft.kind === 'people' ? (
              <TextField
                id="search-birth-year"
                label={t('search.birthYear', 'Tahun lahir (pilihan)')}
                value={draft.birthYear}
                onChange={(birthYear) => setDraft({ ...draft, birthYear })}
                inputMode="numeric"
                maxLength={4}
                error={
                  problem === 'birthYear'
                    ? { code: problem, field: 'birthYear', detail: problemMessage.birthYear }
                    : undefined
                }
              />
            ) : null}
            <SelectField
              id="search-desa"
              label={t('search.desa', 'Desa/kelurahan (pilihan)')}
              value={draft.desa}
              onChange={(code) => setDraft({ ...draft, desa: code })}
              placeholder={t('search.allDesa', 'Semua desa')}
              groups={desaOptionGroups(desa.data?.items ?? [], (name) =>
                t('wilayah.kelurahanName', '{{name}} (kelurahan)', { name }),
              )}
              hint={desa.error ? t('search.desaUnavailable', 'Daftar desa belum bisa dimuat.') : undefined}
            />
          </div>
        )}
        <button type="submit" className="button button-primary">
          {t('search.submit', 'Cari')}
        </button>
      </form>
      <SearchOutcome
        state={request.status}
        results={results.data}
        loading={results.loading}
        error={results.error}
        onRetry={results.reload}
        canRegister={canRegister}
      />
    </section>
  );
}

interface OutcomeProps {
  state: 'empty' | 'invalid' | 'ready';
  results: Results | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  canRegister: boolean;
}

function SearchOutcome({ state, results, loading, error, onRetry, canRegister }: OutcomeProps) {
  const { t } = useTranslation();
  const registerLink = canRegister ? (
    <p>
      <Link to="/keluarga/baru" className="button button-secondary">
        {t('search.registerNew', 'Daftarkan keluarga baru')}
      </Link>
    </p>
  ) : null;
  if (state === 'empty') {
    return (
      <div className="empty-state">
        <p>
          {t(
            'search.empty',
            'Cek dulu apakah orang atau keluarga sudah terdaftar: cari dengan NIK, nomor KK, atau nama.',
          )}
        </p>
        {registerLink}
      </div>
    );
  }
  if (state === 'invalid') return null;
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (loading || !results) return <Loading label={t('search.searching', 'Mencari…')} />;
  if (results.items.length === 0) {
    return (
      <div className="empty-state" role="status">
        <h2>{t('search.noResults', 'Tidak ditemukan')}</h2>
        <p>{t('search.noResultsHint', 'Periksa ejaan atau NIK, atau hapus filter tahun lahir dan desa.')}</p>
        {registerLink}
      </div>
    );
  }
  return (
    <section aria-labelledby="search-results-heading">
      <div role="status">
        <h2 id="search-results-heading">
          {t('search.resultCount', '{{count}} hasil', { count: results.items.length })}
        </h2>
      </div>
      {results.items.length >= RESULT_LIMIT ? (
        <p className="hint">
          {t('search.limited', 'Hanya hasil teratas yang ditampilkan. Persempit pencarian.')}
        </p>
      ) : null}
      {results.kind === 'people' ? (
        <PersonResults items={results.items} />
      ) : (
        <HouseholdResults items={results.items} />
      )}
    </section>
  );
}
