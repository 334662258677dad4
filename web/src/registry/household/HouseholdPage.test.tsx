import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, problem } from '../../test/fake-api.ts';
import { historyEntries, household, person, signIn } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

function profileApi(role: 'fasilitator' | 'supervisor' = 'fasilitator') {
  const api = installFakeApi()
    .on('GET', '/households/h-1', { body: household() })
    .on('GET', '/households/h-1/history', { body: { items: historyEntries() } })
    .on('GET', '/households/h-1/assessments', { body: { current: [], items: [] } });
  signIn(api, role);
  return api;
}

describe('household profile', () => {
  it('shows the household, its members with flags and the change history', async () => {
    profileApi();
    renderApp('/keluarga/h-1');

    expect(await screen.findByRole('heading', { name: 'Siti Aminah', level: 1 })).toBeTruthy();
    expect(screen.getByText('7303010101200001')).toBeTruthy();
    expect(screen.getByText('Bonto Jai')).toBeTruthy();
    expect(screen.getByText('Bissappu')).toBeTruthy();
    expect(screen.getByText('001/002')).toBeTruthy();

    const members = screen.getByRole('region', { name: /Anggota keluarga/ });
    const child = within(members).getByRole('heading', { name: 'Rahmat' }).closest('li') as HTMLElement;
    expect(within(child).getByText('Anak')).toBeTruthy();
    expect(within(child).getByText('Bayi belum terdaftar')).toBeTruthy();
    expect(within(child).getByText('Tanpa NIK')).toBeTruthy();
    expect(within(child).getByText('Fisik (Ringan)')).toBeTruthy();

    const history = screen.getByRole('region', { name: 'Riwayat perubahan' });
    const entries = await within(history).findAllByRole('listitem');
    expect(entries[0]?.textContent).toContain('Diubah · Siti Aminah');
    expect(entries[0]?.textContent).toContain('budi.supervisor');
    expect(within(history).getByText('Buruh tani')).toBeTruthy();
    expect(within(history).getByText('Petani/pekebun')).toBeTruthy();
    expect(within(history).getByText(/Sesuai KK terbaru/)).toBeTruthy();
  });

  it('offers adding and editing members only to users who may write', async () => {
    profileApi('supervisor');
    renderApp('/keluarga/h-1');

    expect(await screen.findByRole('heading', { name: 'Siti Aminah', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Tambah anggota' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Ubah data/ })).toBeNull();
  });

  it('says plainly when the household is out of reach', async () => {
    const api = installFakeApi().on('GET', '/households/h-9', problem(404, 'NOT_FOUND', ''));
    signIn(api);
    renderApp('/keluarga/h-9');
    expect(
      await screen.findByText('Keluarga tidak ditemukan, atau berada di luar wilayah kerja Anda.'),
    ).toBeTruthy();
  });

  it('adds a member and returns to the profile', async () => {
    const api = profileApi().on('POST', '/households/h-1/members', {
      status: 201,
      body: person({ id: 'p-3' }),
    });
    const { user } = renderApp('/keluarga/h-1');

    await user.click(await screen.findByRole('link', { name: 'Tambah anggota' }));
    const form = await screen.findByRole('group', { name: 'Data anggota baru' });
    await user.type(within(form).getByRole('textbox', { name: /^NIK/ }), '7303014506900002');
    await user.type(within(form).getByRole('textbox', { name: /Nama lengkap/ }), 'Nurhayati');
    await user.click(within(form).getByRole('radio', { name: 'Perempuan' }));
    await user.type(within(form).getByLabelText(/Tanggal lahir/), '1990-06-05');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Hubungan/ }), 'Famili lain');
    await user.click(within(form).getByRole('checkbox', { name: 'Sedang hamil' }));
    await user.click(screen.getByRole('button', { name: 'Simpan anggota' }));

    expect(await screen.findByText('Anggota keluarga berhasil ditambahkan.')).toBeTruthy();
    expect(api.sent('POST', '/households/h-1/members')[0]?.body).toMatchObject({
      nik: '7303014506900002',
      name: 'Nurhayati',
      sex: 'P',
      birthDate: '1990-06-05',
      relation: 'famili_lain',
      pregnant: true,
    });
  });
});

describe('edit member', () => {
  it('sends only the changed fields with the version', async () => {
    const api = profileApi()
      .on('GET', '/people/p-1', { body: person() })
      .on('PATCH', '/people/p-1', { body: person({ occupation: 'nelayan', version: 2 }) });
    const { user } = renderApp('/keluarga/h-1');

    await user.click(await screen.findByRole('link', { name: 'Ubah data Siti Aminah' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: /Pekerjaan/ }), 'Nelayan');
    await user.selectOptions(screen.getByRole('combobox', { name: /Jenis disabilitas/ }), 'Mental');
    await user.selectOptions(screen.getByRole('combobox', { name: /Tingkat disabilitas/ }), 'Sedang');
    await user.selectOptions(screen.getByRole('combobox', { name: /Status BPJS/ }), 'Belum diketahui');
    await user.type(screen.getByRole('textbox', { name: /Alasan perubahan/ }), 'Kunjungan rumah');
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    expect(await screen.findByText('Data anggota berhasil disimpan.')).toBeTruthy();
    expect(api.sent('PATCH', '/people/p-1')[0]?.body).toEqual({
      version: 1,
      occupation: 'nelayan',
      disability: { type: 'mental', severity: 'sedang' },
      insurance: null,
      reason: 'Kunjungan rumah',
    });
  });

  it('on a version conflict says someone else changed the data and reloads it', async () => {
    let loads = 0;
    const api = profileApi()
      .on('GET', '/people/p-1', () => {
        loads += 1;
        return { body: loads === 1 ? person() : person({ fullName: 'Siti Aminah Daeng Kebo', version: 2 }) };
      })
      .on('PATCH', '/people/p-1', problem(409, 'VERSION_CONFLICT', 'Data sudah berubah.'));
    const { user } = renderApp('/keluarga/h-1/anggota/p-1/ubah');

    const name = await screen.findByRole('textbox', { name: /Nama lengkap/ });
    await user.clear(name);
    await user.type(name, 'Siti A.');
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    const alert = await screen.findByText(/Data sudah diubah orang lain, muat ulang/);
    expect(((await screen.findByDisplayValue('Siti Aminah Daeng Kebo')) as HTMLInputElement).id).toBe(
      'member-name',
    );
    expect(document.activeElement).toBe(alert);
    expect(api.sent('PATCH', '/people/p-1')[0]?.body).toMatchObject({ version: 1, name: 'Siti A.' });
  });
});
