import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IntakeInput, ReferralInput } from '../api/types.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { DESA, signIn } from '../test/fixtures.ts';
import { intake, match, referral, SERVICES } from '../test/referral-fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

// Pages load lazily: on a busy machine the first render may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

function intakeApi() {
  const api = installFakeApi()
    .on('GET', '/wilayah/desa', { body: { items: DESA } })
    .on('GET', '/services', { body: { items: SERVICES } })
    .on('GET', '/inbox', { status: 404 })
    .on('GET', '/intakes/matches', (request) => ({
      body: {
        items: request.query.get('name')?.toLowerCase().startsWith('rahm')
          ? [match()]
          : request.query.get('nik') === '7303015203850001'
            ? [
                match({
                  personId: 'p-1',
                  name: 'Siti Aminah',
                  nik: '7303015203850001',
                  reason: 'nik',
                  score: 1,
                }),
              ]
            : [],
      },
    }));
  signIn(api);
  return api;
}

describe('intake form', () => {
  it('checks the obvious at the fields before sending', async () => {
    const api = intakeApi();
    const { user } = renderApp('/pengaduan/baru');

    await user.click(await screen.findByRole('button', { name: 'Simpan pengaduan' }));

    const search = screen.getByRole('searchbox', { name: /Cari di registri/ });
    expect(
      await screen.findByText('Pilih orang dari registri, atau catat sebagai belum terdaftar.'),
    ).toBeTruthy();
    expect(search.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(search);
    const category = screen.getByRole('combobox', { name: /Kategori/ });
    expect(category.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /Uraian masalah/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('combobox', { name: /Layanan 1/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Pilih layanan.')).toBeTruthy();
    expect(api.sent('POST', '/intakes')).toHaveLength(0);
  });

  it('suggests registry matches while typing, then saves the intake and its referral', async () => {
    const api = intakeApi()
      .on('POST', '/intakes', { status: 201, body: intake() })
      .on('POST', '/referrals', { status: 201, body: referral() });
    const { user } = renderApp('/pengaduan/baru');

    await user.type(await screen.findByRole('searchbox', { name: /Cari di registri/ }), 'Rahmad');
    const matches = await screen.findByRole('region', { name: 'Kemungkinan orang yang dimaksud' });
    expect(within(matches).getByText('Nama mirip')).toBeTruthy();
    await user.click(within(matches).getByRole('button', { name: 'Pilih Rahmat' }));
    expect(screen.getByRole('button', { name: 'Ganti orang' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Permohonan' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'Dokumen kependudukan');
    await user.type(
      screen.getByRole('textbox', { name: /Uraian masalah/ }),
      'Anak belum punya akta kelahiran.',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Layanan 1/ }),
      'Penerbitan akta kelahiran — Dinas Dukcapil Bantaeng',
    );
    const info = screen.getByLabelText('Keterangan layanan');
    expect(within(info).getByText(/Diterima dalam 3 hari, selesai 7 hari/)).toBeTruthy();
    expect(within(info).getByText('Surat keterangan lahir')).toBeTruthy();
    expect(within(info).getByText('Tingkat 2 (kabupaten)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan pengaduan' }));

    expect(await screen.findByRole('heading', { name: 'Pengaduan tercatat' })).toBeTruthy();
    expect(screen.getByText('PKS-7303012008-2026-000123')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Penerbitan akta kelahiran' })).toBeTruthy();
    const sent = api.sent('POST', '/intakes')[0]?.body as IntakeInput;
    expect(sent).toMatchObject({
      personId: 'p-2',
      desa: '7303012008',
      channel: 'puskesos',
      kind: 'permohonan',
      category: 'adminduk',
      urgency: 'sedang',
    });
    expect(sent.unregistered).toBeUndefined();
    const created = api.sent('POST', '/referrals')[0];
    expect(created?.body as ReferralInput).toMatchObject({
      intakeId: 'i-1',
      serviceId: 's-akta',
      send: true,
    });
    expect(created?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('warns that an unregistered person may exist already, and shows server errors at the fields', async () => {
    const api = intakeApi().on(
      'POST',
      '/intakes',
      problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [
          {
            field: 'unregistered.nik',
            code: 'NIK_INVALID_REGION',
            detail: 'Kode wilayah NIK tidak dikenal.',
          },
        ],
      }),
    );
    const { user } = renderApp('/pengaduan/baru');

    await user.click(await screen.findByRole('button', { name: 'Belum terdaftar: catat data singkat' }));
    await user.type(screen.getByRole('textbox', { name: /NIK \(bila diketahui\)/ }), '7303015203850001');
    const maybe = await screen.findByRole('region', { name: 'Mungkin sudah terdaftar' });
    expect(within(maybe).getByText('NIK sama')).toBeTruthy();
    expect(within(maybe).getByText('Siti Aminah')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: /^Nama/ }), 'Daeng Bollo');
    await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'Kesehatan');
    await user.type(
      screen.getByRole('textbox', { name: /Uraian masalah/ }),
      'Belum punya jaminan kesehatan.',
    );
    await user.click(screen.getByRole('radio', { name: 'Simpan dulu, tindak lanjut nanti' }));
    await user.click(screen.getByRole('button', { name: 'Simpan pengaduan' }));

    const nik = screen.getByRole('textbox', { name: /NIK \(bila diketahui\)/ }) as HTMLInputElement;
    expect(await screen.findByText('Kode wilayah NIK tidak dikenal.')).toBeTruthy();
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(nik);
    expect(nik.value).toBe('7303015203850001');
    const sent = api.sent('POST', '/intakes')[0]?.body as IntakeInput;
    expect(sent.unregistered).toEqual({ name: 'Daeng Bollo', nik: '7303015203850001' });
    expect(sent.desa).toBe('7303012008');
    expect(sent.personId).toBeUndefined();
  });

  it('resolves an intake in the village without a referral', async () => {
    const api = intakeApi()
      .on('POST', '/intakes', { status: 201, body: intake() })
      .on('POST', '/intakes/i-1/resolve', { body: intake({ status: 'resolved', version: 2 }) });
    const { user } = renderApp('/pengaduan/baru');

    await user.type(await screen.findByRole('searchbox', { name: /Cari di registri/ }), 'Rahmat');
    await user.click(await screen.findByRole('button', { name: 'Pilih Rahmat' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Kategori/ }), 'Bantuan sosial');
    await user.type(screen.getByRole('textbox', { name: /Uraian masalah/ }), 'Butuh beras.');
    await user.click(screen.getByRole('radio', { name: 'Selesai di desa (tingkat 1)' }));
    await user.type(
      screen.getByRole('textbox', { name: /Bagaimana masalah diselesaikan/ }),
      'Dibantu dana desa.',
    );
    await user.click(screen.getByRole('button', { name: 'Simpan pengaduan' }));

    expect(await screen.findByText('Ditandai selesai di desa (tingkat 1).')).toBeTruthy();
    expect(api.sent('POST', '/intakes/i-1/resolve')[0]?.body).toEqual({
      version: 1,
      resolution: 'Dibantu dana desa.',
    });
    expect(api.sent('POST', '/referrals')).toHaveLength(0);
  });
});
