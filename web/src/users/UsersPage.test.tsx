import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { UserItem } from '../api/types.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { DESA, signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

const USERS: UserItem[] = [
  {
    id: 'user-admin',
    username: 'admin',
    displayName: null,
    role: 'admin',
    scope: { kind: 'regency' },
    disabled: false,
    createdAt: '2025-01-01T00:00:00Z',
  },
  {
    id: 'u-2',
    username: 'andi.fasilitator',
    displayName: 'Andi Wijaya',
    role: 'fasilitator',
    scope: { kind: 'desa', desa: ['7303012008'] },
    disabled: false,
    createdAt: '2025-01-02T00:00:00Z',
  },
];

function usersApi() {
  const api = installFakeApi()
    .on('GET', '/wilayah/desa', { body: { items: DESA } })
    .on('GET', '/users', { body: { items: USERS } });
  signIn(api, 'admin');
  return api;
}

describe('users (administrator)', () => {
  it('lands on the user list and shows role and scope in words', async () => {
    usersApi();
    renderApp('/');

    const card = (await screen.findByRole('heading', { name: 'andi.fasilitator' })).closest(
      'li',
    ) as HTMLElement;
    expect(within(card).getByText('Fasilitator desa · Desa: Bonto Jai')).toBeTruthy();
    expect(within(card).getByText('Aktif')).toBeTruthy();
    const own = screen.getByRole('heading', { name: 'admin' }).closest('li') as HTMLElement;
    expect(within(own).queryByRole('button')).toBeNull();
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Cari' })).toBeNull();
  });

  it('creates a facilitator for chosen desa', async () => {
    const api = usersApi().on('POST', '/users', (request) => ({
      status: 201,
      body: { ...USERS[1], id: 'u-3', username: (request.body as { username: string }).username },
    }));
    const { user } = renderApp('/pengguna');

    await user.click(await screen.findByRole('button', { name: 'Tambah pengguna' }));
    await user.type(screen.getByRole('textbox', { name: /Nama pengguna/ }), 'rina');
    await user.type(screen.getByLabelText(/Kata sandi awal/), 'Pantai-Seruni-2025');
    await user.selectOptions(screen.getByRole('combobox', { name: /Peran/ }), 'Fasilitator desa');
    const scope = screen.getByRole('group', { name: /Desa\/kelurahan/ });
    await user.click(within(scope).getByRole('checkbox', { name: 'Bonto Jai' }));
    await user.click(within(scope).getByRole('checkbox', { name: 'Letta' }));
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));

    expect(await screen.findByText('Pengguna rina sudah dibuat.')).toBeTruthy();
    expect(api.sent('POST', '/users')[0]?.body).toEqual({
      username: 'rina',
      password: 'Pantai-Seruni-2025',
      role: 'fasilitator',
      scope: { desa: ['7303012008', '7303021003'] },
    });
  });

  it('shows the server message under the password when it is too weak', async () => {
    usersApi().on(
      'POST',
      '/users',
      problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [{ field: 'password', code: 'PASSWORD_WEAK', detail: 'Kata sandi terlalu mudah ditebak.' }],
      }),
    );
    const { user } = renderApp('/pengguna');

    await user.click(await screen.findByRole('button', { name: 'Tambah pengguna' }));
    await user.type(screen.getByRole('textbox', { name: /Nama pengguna/ }), 'budi');
    await user.type(screen.getByLabelText(/Kata sandi awal/), 'password');
    await user.selectOptions(screen.getByRole('combobox', { name: /Peran/ }), 'Supervisor kecamatan');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Kecamatan/ }), 'Bantaeng');
    await user.click(screen.getByRole('button', { name: 'Buat pengguna' }));

    expect(await screen.findByText('Kata sandi terlalu mudah ditebak.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/Kata sandi awal/));
  });

  it('disables a user after a confirmation', async () => {
    const api = usersApi().on('PATCH', '/users/:id', (request) => ({
      body: { ...USERS[1], disabled: (request.body as { disabled: boolean }).disabled },
    }));
    const { user } = renderApp('/pengguna');

    await user.click(await screen.findByRole('button', { name: 'Nonaktifkan andi.fasilitator' }));
    await user.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));

    const card = screen.getByRole('heading', { name: 'andi.fasilitator' }).closest('li') as HTMLElement;
    expect(await within(card).findByText('Nonaktif')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Aktifkan andi.fasilitator' })).toBeTruthy();
    expect(api.sent('PATCH', '/users/u-2')[0]?.body).toEqual({ disabled: true });
  });

  it('is closed to other roles', async () => {
    const api = installFakeApi().on('GET', '/wilayah/desa', { body: { items: DESA } });
    signIn(api, 'fasilitator');
    renderApp('/pengguna');

    expect(await screen.findByRole('heading', { name: 'Tidak ada akses' })).toBeTruthy();
    expect(api.sent('GET', '/users')).toHaveLength(0);
  });
});
