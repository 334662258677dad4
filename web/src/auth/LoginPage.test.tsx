import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { session } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

describe('login', () => {
  it('sends a signed-out visitor to the login page and shows the server message on a wrong password', async () => {
    const api = installFakeApi()
      .on('GET', '/auth/me', problem(401, 'AUTH_REQUIRED', 'Silakan masuk.'))
      .on(
        'POST',
        '/auth/login',
        problem(401, 'AUTH_INVALID_CREDENTIALS', 'Nama pengguna atau kata sandi salah.'),
      );
    const { user } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Masuk', level: 1 })).toBeTruthy();
    await user.type(screen.getByLabelText(/Nama pengguna/), 'andi');
    await user.type(screen.getByLabelText(/^Kata sandi/), 'salah-sekali');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    const alert = await screen.findByText('Nama pengguna atau kata sandi salah.');
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    expect((screen.getByLabelText(/Nama pengguna/) as HTMLInputElement).value).toBe('andi');
    expect((screen.getByLabelText(/^Kata sandi/) as HTMLInputElement).value).toBe('');
    expect(api.sent('POST', '/auth/login')[0]?.body).toEqual({ username: 'andi', password: 'salah-sekali' });
  });

  it('shows the lockout message when the server answers 429', async () => {
    installFakeApi()
      .on('GET', '/auth/me', problem(401, 'AUTH_REQUIRED', 'Silakan masuk.'))
      .on(
        'POST',
        '/auth/login',
        problem(
          429,
          'AUTH_LOCKED',
          'Terlalu banyak percobaan. Coba lagi dalam 15 menit.',
          {},
          { 'retry-after': '900' },
        ),
      );
    const { user } = renderApp('/masuk');

    await user.type(await screen.findByLabelText(/Nama pengguna/), 'andi');
    await user.type(screen.getByLabelText(/^Kata sandi/), 'apa-saja');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByText('Terlalu banyak percobaan. Coba lagi dalam 15 menit.')).toBeTruthy();
  });

  it('goes to the search page after login and shows who is signed in', async () => {
    const info = session('fasilitator');
    installFakeApi()
      .on('GET', '/auth/me', problem(401, 'AUTH_REQUIRED', 'Silakan masuk.'))
      .on('POST', '/auth/login', { body: info })
      .on('GET', '/wilayah/desa', { body: { items: [] } });
    const { user } = renderApp('/masuk');

    await user.type(await screen.findByLabelText(/Nama pengguna/), 'andi.fasilitator');
    await user.type(screen.getByLabelText(/^Kata sandi/), 'kata-sandi-panjang');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByRole('heading', { name: 'Cari data', level: 1 })).toBeTruthy();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Andi Wijaya')).toBeTruthy();
    expect(within(header).getByText('Fasilitator desa')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Menu utama' });
    expect(within(nav).getByRole('link', { name: 'Daftarkan keluarga' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: 'Pengguna' })).toBeNull();
  });

  it('returns to the login page, saying why, when the session has expired', async () => {
    installFakeApi()
      .on('GET', '/auth/me', { body: session('fasilitator') })
      .on('GET', '/wilayah/desa', { body: { items: [] } })
      .on('GET', '/people', problem(401, 'AUTH_REQUIRED', 'Sesi berakhir.'));
    const { user } = renderApp('/cari');

    await user.type(await screen.findByLabelText(/NIK atau nama/), 'Siti');
    await user.click(screen.getByRole('button', { name: 'Cari' }));

    expect(await screen.findByRole('heading', { name: 'Masuk', level: 1 })).toBeTruthy();
    expect(screen.getByText('Sesi Anda sudah berakhir. Silakan masuk lagi.')).toBeTruthy();
  });

  it('logs out and shows the login page', async () => {
    const api = installFakeApi()
      .on('GET', '/auth/me', { body: session('fasilitator') })
      .on('GET', '/wilayah/desa', { body: { items: [] } })
      .on('POST', '/auth/logout', { status: 204 });
    const { user } = renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'Keluar' }));

    expect(await screen.findByRole('heading', { name: 'Masuk', level: 1 })).toBeTruthy();
    expect(screen.queryByText('Sesi Anda sudah berakhir. Silakan masuk lagi.')).toBeNull();
    expect(api.sent('POST', '/auth/logout')).toHaveLength(1);
  });
});
