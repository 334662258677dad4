import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../../test/fake-api.ts';
import { DESA, historyEntries, household, personSummary, signIn } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

function searchApi() {
  const api = installFakeApi().on('GET', '/wilayah/desa', { body: { items: DESA } });
  signIn(api);
  return api;
}

describe('search', () => {
  it('finds people by name with filters and shows their cards with badges', async () => {
    const api = searchApi().on('GET', '/people', {
      body: {
        items: [
          personSummary({ flags: ['NIK_SEX_MISMATCH'] }),
          personSummary({
            id: 'p-9',
            nik: null,
            fullName: 'Siti Rahma',
            birthDate: '2019-07-01',
            age: 6,
            relation: 'anak',
            flags: ['NIK_MISSING'],
          }),
        ],
      },
    });
    const { user } = renderApp('/cari');

    await user.type(await screen.findByRole('searchbox', { name: /NIK atau nama/ }), 'siti');
    await user.type(screen.getByRole('textbox', { name: /Tahun lahir/ }), '1985');
    await user.selectOptions(screen.getByRole('combobox', { name: /Desa\/kelurahan/ }), 'Bonto Jai');
    await user.click(screen.getByRole('button', { name: 'Cari' }));

    const first = (await screen.findByRole('link', { name: 'Siti Aminah' })).closest('li') as HTMLElement;
    const second = screen.getByRole('link', { name: 'Siti Rahma' }).closest('li') as HTMLElement;
    expect(within(first).getByText('7303015203850001')).toBeTruthy();
    expect(within(first).getByText('NIK tidak cocok dengan jenis kelamin')).toBeTruthy();
    expect(within(first).getByText(/Perempuan · 12 Mar 1985 \(40 tahun\)/)).toBeTruthy();
    expect(within(second).getAllByText('Tanpa NIK')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: '2 hasil' })).toBeTruthy();
    const query = api.sent('GET', '/people')[0]?.query;
    expect(Object.fromEntries(query ?? [])).toEqual({
      q: 'siti',
      birthYear: '1985',
      desa: '7303012008',
      limit: '20',
    });
  });

  it('treats 16 digits with spaces as a NIK and hides the name filters', async () => {
    const api = searchApi().on('GET', '/people', { body: { items: [personSummary()] } });
    const { user } = renderApp('/cari');

    await user.type(await screen.findByRole('searchbox', { name: /NIK atau nama/ }), '7303 0152 0385 0001');
    expect(screen.queryByRole('textbox', { name: /Tahun lahir/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cari' }));

    expect(await screen.findByRole('link', { name: 'Siti Aminah' })).toBeTruthy();
    expect(api.sent('GET', '/people')[0]?.query.get('nik')).toBe('7303015203850001');
  });

  it('says so when a number is not 16 digits, without asking the server', async () => {
    const api = searchApi();
    const { user } = renderApp('/cari');

    await user.type(await screen.findByRole('searchbox', { name: /NIK atau nama/ }), '7303 0152');
    await user.click(screen.getByRole('button', { name: 'Cari' }));

    expect(await screen.findByText('NIK dan nomor KK terdiri dari 16 angka.')).toBeTruthy();
    expect(api.sent('GET', '/people')).toHaveLength(0);
  });

  it('searches households by KK and shows the no-results state with a way to register', async () => {
    const api = searchApi().on('GET', '/households', { body: { items: [] } });
    const { user } = renderApp('/cari');

    await user.click(await screen.findByRole('button', { name: 'Keluarga', pressed: false }));
    expect(screen.getByRole('button', { name: 'Keluarga', pressed: true })).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: /Nomor KK/ }), '7303010101200001');
    await user.click(screen.getByRole('button', { name: 'Cari' }));

    expect(await screen.findByRole('heading', { name: 'Tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Daftarkan keluarga baru' })).toBeTruthy();
    expect(api.sent('GET', '/households')[0]?.query.get('kk')).toBe('7303010101200001');
  });

  it('opens the household profile from a household card', async () => {
    searchApi()
      .on('GET', '/households', {
        body: {
          items: [
            {
              id: 'h-1',
              kk: null,
              desaCode: '7303012008',
              desaName: 'Bonto Jai',
              kecamatanName: 'Bissappu',
              headName: 'Siti Aminah',
              memberCount: 2,
              address: { dusun: 'Borong', rt: '001', rw: '002', text: null },
            },
          ],
        },
      })
      .on('GET', '/households/h-1', { body: household() })
      .on('GET', '/households/h-1/history', { body: { items: historyEntries() } });
    const { user } = renderApp('/cari?jenis=keluarga&q=siti');

    const link = await screen.findByRole('link', { name: 'Siti Aminah' });
    const card = link.closest('li');
    expect(card && within(card).getByText('Tanpa KK')).toBeTruthy();
    expect(card && within(card).getByText('Dusun Borong, RT 001/RW 002 · 2 anggota')).toBeTruthy();
    await user.click(link);

    expect(await screen.findByRole('heading', { name: 'Siti Aminah', level: 1 })).toBeTruthy();
  });

  it('shows an empty state before the first search', async () => {
    searchApi();
    renderApp('/');
    expect(await screen.findByText(/Cek dulu apakah orang atau keluarga sudah terdaftar/)).toBeTruthy();
  });
});
