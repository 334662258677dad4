import { describe, expect, it } from 'vitest';
import { buildSearchRequest, readSearchState, type SearchState, writeSearchState } from './search-query.ts';

const state = (overrides: Partial<SearchState>): SearchState => ({
  text: '',
  kind: 'people',
  birthYear: '',
  desa: '',
  ...overrides,
});

describe('search query', () => {
  it.each([
    ['7303015203850001', { nik: '7303015203850001' }],
    ['7303 0152 0385 0001', { nik: '7303015203850001' }],
    ['7303-0152-0385-0001', { nik: '7303015203850001' }],
  ])('reads %s as a NIK', (text, query) => {
    expect(buildSearchRequest(state({ text }))).toEqual({
      status: 'ready',
      kind: 'people',
      by: 'number',
      query,
    });
  });

  it('reads 16 digits as a KK when looking for households, and ignores name filters', () => {
    expect(
      buildSearchRequest(state({ text: '7303010101200001', kind: 'households', desa: 'x' })),
    ).toMatchObject({
      query: { kk: '7303010101200001' },
    });
  });

  it.each([
    ['730301', 'digits'],
    ['73030152038500011', 'digits'],
    ['si', 'short'],
  ])('refuses %s (%s)', (text, problem) => {
    expect(buildSearchRequest(state({ text }))).toEqual({ status: 'invalid', problem });
  });

  it('adds birth year and desa to a name search, and checks the year', () => {
    expect(buildSearchRequest(state({ text: 'Siti', birthYear: '1985', desa: '7303012008' }), 2025)).toEqual({
      status: 'ready',
      kind: 'people',
      by: 'name',
      query: { q: 'Siti', limit: '20', birthYear: '1985', desa: '7303012008' },
    });
    expect(buildSearchRequest(state({ text: 'Siti', birthYear: '2030' }), 2025)).toEqual({
      status: 'invalid',
      problem: 'birthYear',
    });
  });

  it('round-trips through the URL with Indonesian parameter names', () => {
    const s = state({ text: 'Siti', kind: 'households', desa: '7303012008' });
    const params = writeSearchState(s);
    expect(params.toString()).toBe('q=Siti&jenis=keluarga&desa=7303012008');
    expect(readSearchState(params)).toEqual(s);
  });
});
