import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { DESA, signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

describe('language switch', () => {
  it('switches labels to English, sets <html lang>, remembers it and asks the server in English', async () => {
    const api = installFakeApi().on('GET', '/wilayah/desa', { body: { items: DESA } });
    signIn(api);
    const { user } = renderApp('/cari');

    expect(await screen.findByRole('heading', { name: 'Cari data' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('id');
    await user.click(screen.getByRole('button', { name: /EN/ }));

    expect(await screen.findByRole('heading', { name: 'Search' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeTruthy();
    expect(screen.getByText('Village facilitator')).toBeTruthy();
    expect(screen.getByRole('button', { name: /EN/, pressed: true })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('selaras.language')).toBe('en');

    api.on('GET', '/people', { body: { items: [] } });
    await user.type(screen.getByRole('searchbox', { name: /NIK or name/ }), 'siti');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeTruthy();
    expect(api.sent('GET', '/people')[0]?.headers.get('accept-language')).toBe('en');
  });

  it('switches back to Indonesian', async () => {
    const api = installFakeApi().on('GET', '/auth/me', problem(401, 'AUTH_REQUIRED', 'Please log in.'));
    const { user } = renderApp('/masuk');

    await user.click(await screen.findByRole('button', { name: /EN/ }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /ID/ }));
    expect(await screen.findByRole('heading', { name: 'Masuk' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('id');
    expect(api.requests[0]?.headers.get('accept-language')).toBe('id');
  });
});
