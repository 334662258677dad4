import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { ApiError, apiGet, apiPost, setUnauthorizedHandler } from './client.ts';

afterEach(() => setUnauthorizedHandler(null));

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('api client', () => {
  it('parses problem+json into a typed error with field problems', async () => {
    installFakeApi().on(
      'POST',
      '/households',
      problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [{ code: 'KK_DUPLICATE', field: 'kk', detail: 'Nomor KK sudah terdaftar.' }],
      }),
    );
    const error = await failure(apiPost('/households', {}));
    expect(error.status).toBe(422);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.detail).toBe('Data tidak valid.');
    expect(error.problems).toEqual([
      { code: 'KK_DUPLICATE', field: 'kk', detail: 'Nomor KK sudah terdaftar.' },
    ]);
  });

  it('turns a single top-level field into one field problem', async () => {
    installFakeApi().on(
      'POST',
      '/households',
      problem(409, 'KK_DUPLICATE', 'Nomor KK sudah terdaftar.', { field: 'kk' }),
    );
    const error = await failure(apiPost('/households', {}));
    expect(error.problems).toEqual([
      { code: 'KK_DUPLICATE', field: 'kk', detail: 'Nomor KK sudah terdaftar.' },
    ]);
  });

  it('reports an unreachable server as NETWORK_ERROR and a non-JSON failure by status', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect((await failure(apiGet('/people'))).code).toBe('NETWORK_ERROR');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })));
    const error = await failure(apiGet('/people'));
    expect([error.status, error.code, error.detail]).toEqual([502, 'HTTP_502', '']);
  });

  it('sends the session cookie, JSON and the UI language', async () => {
    await setLanguage('en');
    const api = installFakeApi().on('POST', '/auth/login', { body: { ok: true } });
    const seen: RequestInit[] = [];
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init: RequestInit) => {
      seen.push(init);
      return fakeFetch(input, init);
    });
    await apiPost('/auth/login', { username: 'a', password: 'b' });
    expect(seen[0]?.credentials).toBe('same-origin');
    const headers = api.requests[0]?.headers;
    expect(headers?.get('accept-language')).toBe('en');
    expect(headers?.get('content-type')).toBe('application/json');
    expect(api.requests[0]?.body).toEqual({ username: 'a', password: 'b' });
  });

  it('reports a 401 as an ended session, except from the login itself', async () => {
    const ended: string[] = [];
    setUnauthorizedHandler(() => ended.push('ended'));
    installFakeApi()
      .on('POST', '/auth/login', problem(401, 'AUTH_INVALID_CREDENTIALS', 'Salah.'))
      .on('GET', '/people', problem(401, 'AUTH_REQUIRED', 'Silakan masuk.'));
    await failure(apiPost('/auth/login', {}));
    expect(ended).toEqual([]);
    await failure(apiGet('/people', { q: 'siti' }));
    expect(ended).toEqual(['ended']);
  });

  it('returns nothing for 204 and leaves empty query values out', async () => {
    const api = installFakeApi()
      .on('POST', '/auth/logout', { status: 204 })
      .on('GET', '/people', { body: { items: [] } });
    expect(await apiPost('/auth/logout')).toBeUndefined();
    await apiGet('/people', { q: 'siti', desa: '', birthYear: undefined, limit: 20 });
    expect(api.requests[1]?.query.toString()).toBe('q=siti&limit=20');
  });
});
