import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { HouseholdInput } from '../../api/types.ts';
import { installFakeApi, problem } from '../../test/fake-api.ts';
import { DESA, historyEntries, household, signIn } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

function registerApi() {
  const api = installFakeApi()
    .on('GET', '/wilayah/desa', { body: { items: DESA } })
    .on('GET', '/households/h-1', { body: household() })
    .on('GET', '/households/h-1/history', { body: { items: historyEntries() } });
  signIn(api);
  return api;
}

function memberGroup(legend: RegExp): HTMLElement {
  return screen.getByRole('group', { name: legend });
}

async function fillHead(user: UserEvent, nik = '7303015203850001') {
  const head = memberGroup(/Anggota 1: kepala keluarga/);
  await user.type(within(head).getByRole('textbox', { name: /^NIK/ }), nik);
  await user.type(within(head).getByRole('textbox', { name: /Nama lengkap/ }), 'Siti Aminah');
  await user.click(within(head).getByRole('radio', { name: 'Perempuan' }));
  await user.type(within(head).getByLabelText(/Tanggal lahir/), '1985-03-12');
}

describe('register household', () => {
  it('shows the server error under the right member NIK, focuses it and keeps the input', async () => {
    const api = registerApi().on(
      'POST',
      '/households',
      problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [
          { field: 'members.0.nik', code: 'NIK_INVALID_REGION', detail: 'Kode wilayah NIK tidak dikenal.' },
        ],
      }),
    );
    const { user } = renderApp('/keluarga/baru');

    await user.type(await screen.findByRole('textbox', { name: /Nomor KK/ }), '7303010101200001');
    await fillHead(user, '9903015203850001');
    await user.click(screen.getByRole('button', { name: 'Simpan keluarga' }));

    const head = memberGroup(/Anggota 1: kepala keluarga/);
    const nik = within(head).getByRole('textbox', { name: /^NIK/ }) as HTMLInputElement;
    await screen.findByText('Kode wilayah NIK tidak dikenal.');
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    const describedBy = nik.getAttribute('aria-describedby')?.split(' ') ?? [];
    const messages = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(messages).toContain('Kode wilayah NIK tidak dikenal.');
    expect(document.activeElement).toBe(nik);
    expect(nik.value).toBe('9903015203850001');
    expect((within(head).getByRole('textbox', { name: /Nama lengkap/ }) as HTMLInputElement).value).toBe(
      'Siti Aminah',
    );
    expect(screen.getByText('Data belum bisa disimpan. Periksa isian yang ditandai.')).toBeTruthy();
    const sent = api.sent('POST', '/households')[0]?.body as HouseholdInput;
    expect(sent.desa).toBe('7303012008');
    expect(sent.members[0]).toMatchObject({ nik: '9903015203850001', relation: 'kepala_keluarga', sex: 'P' });
  });

  it('puts an error of the second member under the second member', async () => {
    registerApi().on(
      'POST',
      '/households',
      problem(409, 'NIK_DUPLICATE', 'NIK sudah terdaftar.', {
        errors: [
          { field: 'members[1].nik', code: 'NIK_DUPLICATE', detail: 'NIK sudah terdaftar di keluarga lain.' },
        ],
      }),
    );
    const { user } = renderApp('/keluarga/baru');

    await user.type(await screen.findByRole('textbox', { name: /Nomor KK/ }), '7303010101200001');
    await fillHead(user);
    await user.click(screen.getByRole('button', { name: 'Tambah anggota' }));
    const second = memberGroup(/^Anggota 2/);
    expect(document.activeElement).toBe(within(second).getByRole('textbox', { name: /^NIK/ }));
    await user.type(within(second).getByRole('textbox', { name: /^NIK/ }), '7303010101100001');
    await user.type(within(second).getByRole('textbox', { name: /Nama lengkap/ }), 'Rahmat');
    await user.click(within(second).getByRole('radio', { name: 'Laki-laki' }));
    await user.type(within(second).getByLabelText(/Tanggal lahir/), '2010-01-01');
    await user.selectOptions(within(second).getByRole('combobox', { name: /Hubungan/ }), 'Anak');
    await user.click(screen.getByRole('button', { name: 'Simpan keluarga' }));

    expect(await within(second).findByText('NIK sudah terdaftar di keluarga lain.')).toBeTruthy();
    const firstNik = within(memberGroup(/Anggota 1/)).getByRole('textbox', { name: /^NIK/ });
    expect(firstNik.getAttribute('aria-invalid')).toBeNull();
  });

  it('asks for a reason when the NIK does not match, then saves and opens the profile', async () => {
    const api = registerApi().on('POST', '/households', (request) => {
      const body = request.body as HouseholdInput;
      if (body.members[0]?.nikMismatchReason) return { status: 201, body: household() };
      return problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [
          {
            field: 'members.0.nik',
            code: 'NIK_SEX_MISMATCH',
            detail: 'NIK menunjukkan laki-laki, tetapi jenis kelamin perempuan.',
          },
        ],
      });
    });
    const { user } = renderApp('/keluarga/baru');

    await user.click(await screen.findByRole('checkbox', { name: 'Belum punya KK' }));
    await fillHead(user, '7303011203850001');
    await user.click(screen.getByRole('button', { name: 'Simpan keluarga' }));

    const reason = await screen.findByRole('textbox', { name: /Alasan NIK tidak cocok/ });
    await user.type(reason, 'Sesuai KTP asli');
    await user.click(screen.getByRole('button', { name: 'Simpan keluarga' }));

    expect(await screen.findByText('Keluarga berhasil didaftarkan.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Siti Aminah', level: 1 })).toBeTruthy();
    const last = api.sent('POST', '/households').at(-1)?.body as HouseholdInput;
    expect(last.kk).toBeNull();
    expect(last.members[0]?.nikMismatchReason).toBe('Sesuai KTP asli');
  });

  it('checks the obvious before sending: 16-digit NIK and required fields', async () => {
    const api = registerApi();
    const { user } = renderApp('/keluarga/baru');

    await user.type(await screen.findByRole('textbox', { name: /Nomor KK/ }), '7303010101200001');
    await user.type(
      within(memberGroup(/Anggota 1/)).getByRole('textbox', { name: /^NIK/ }),
      '7303 0152 0385',
    );
    await user.click(screen.getByRole('button', { name: 'Simpan keluarga' }));

    const nik = within(memberGroup(/Anggota 1/)).getByRole('textbox', { name: /^NIK/ });
    expect(await screen.findByText('NIK harus 16 angka.')).toBeTruthy();
    expect(document.activeElement).toBe(nik);
    expect(within(memberGroup(/Anggota 1/)).getAllByText('Wajib diisi.').length).toBeGreaterThanOrEqual(3);
    expect(api.sent('POST', '/households')).toHaveLength(0);
  });

  it('offers the no-NIK reasons and sends the chosen one instead of a NIK', async () => {
    const api = registerApi().on('POST', '/households', { status: 201, body: household() });
    const { user } = renderApp('/keluarga/baru');

    await user.type(await screen.findByRole('textbox', { name: /Nomor KK/ }), '7303010101200001');
    const head = memberGroup(/Anggota 1/);
    await user.click(within(head).getByRole('checkbox', { name: 'Tidak punya NIK' }));
    await user.selectOptions(
      within(head).getByRole('combobox', { name: /Alasan tidak ada NIK/ }),
      'Tidak diketahui',
    );
    await user.type(within(head).getByRole('textbox', { name: /Nama lengkap/ }), 'Daeng Baji');
    await user.click(within(head).getByRole('radio', { name: 'Laki-laki' }));
    await user.type(within(head).getByLabelText(/Tanggal lahir/), '1950-01-01');
    expect(within(head).queryByRole('checkbox', { name: 'Sedang hamil' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Simpan keluarga' }));

    expect(await screen.findByText('Keluarga berhasil didaftarkan.')).toBeTruthy();
    const sent = api.sent('POST', '/households')[0]?.body as HouseholdInput;
    const member = sent.members[0];
    expect(member?.nik).toBeUndefined();
    expect(member?.noNikReason).toBe('tidak_diketahui');
  });
});
