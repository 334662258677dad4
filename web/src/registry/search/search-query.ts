/**
 * The search box understands two kinds of input: a 16-digit NIK or KK number (spaces, dots and
 * dashes allowed, as people copy them from cards) and a name. The state lives in the URL so that
 * "back" from a household returns to the same results.
 */

export type SearchKind = 'people' | 'households';

export interface SearchState {
  text: string;
  kind: SearchKind;
  birthYear: string;
  desa: string;
}

export type SearchRequest =
  | { status: 'empty' }
  | { status: 'invalid'; problem: 'digits' | 'short' | 'birthYear' }
  | { status: 'ready'; kind: SearchKind; by: 'number' | 'name'; query: Record<string, string> };

export const RESULT_LIMIT = 20;
const MIN_NAME_LENGTH = 3;

export function readSearchState(params: URLSearchParams): SearchState {
  return {
    text: params.get('q') ?? '',
    kind: params.get('jenis') === 'keluarga' ? 'households' : 'people',
    birthYear: params.get('tahun') ?? '',
    desa: params.get('desa') ?? '',
  };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('q', state.text.trim());
  if (state.kind === 'households') params.set('jenis', 'keluarga');
  if (state.birthYear.trim() && state.kind === 'people') params.set('tahun', state.birthYear.trim());
  if (state.desa) params.set('desa', state.desa);
  return params;
}

/** The digits of an identity number as typed, or null when the text is not a number. */
export function idNumberDigits(text: string): string | null {
  const compact = text.replace(/[\s.-]/g, '');
  return /^\d+$/.test(compact) ? compact : null;
}

export function buildSearchRequest(state: SearchState, thisYear = new Date().getFullYear()): SearchRequest {
  const text = state.text.trim();
  if (!text) return { status: 'empty' };
  const digits = idNumberDigits(text);
  if (digits !== null) {
    if (digits.length !== 16) return { status: 'invalid', problem: 'digits' };
    const query: Record<string, string> = state.kind === 'people' ? { nik: digits } : { kk: digits };
    return { status: 'ready', kind: state.kind, by: 'number', query };
  }
  if (text.length < MIN_NAME_LENGTH) return { status: 'invalid', problem: 'short' };
  const query: Record<string, string> = { q: text, limit: String(RESULT_LIMIT) };
  if (state.desa) query.desa = state.desa;
  if (state.kind === 'people' && state.birthYear.trim()) {
    const year = Number(state.birthYear.trim());
    if (!/^\d{4}$/.test(state.birthYear.trim()) || year < 1900 || year > thisYear) {
      return { status: 'invalid', problem: 'birthYear' };
    }
    query.birthYear = String(year);
  }
  return { status: 'ready', kind: state.kind, by: 'name', query };
}
