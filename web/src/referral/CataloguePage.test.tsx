import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { SERVICES } from '../test/referral-fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

// Pages load lazily: on a busy machine the first render may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('services catalogue', () => {
  it('lists services by category with provider, tier, deadlines and documents', async () => {
    const api = installFakeApi()
      .on('GET', '/inbox', { status: 404 })
      .on('GET', '/services', { body: { items: SERVICES } });
    signIn(api);
    renderApp('/layanan');

    const civil = await screen.findByRole('region', { name: 'Dokumen kependudukan' });
    expect(within(civil).getByRole('heading', { name: 'Penerbitan akta kelahiran' })).toBeTruthy();
    expect(within(civil).getByText('Dinas Dukcapil Bantaeng · Tingkat 2 (kabupaten)')).toBeTruthy();
    expect(within(civil).getByText('KK, Surat keterangan lahir')).toBeTruthy();
    const health = screen.getByRole('region', { name: 'Kesehatan' });
    expect(within(health).getByText(/Diterima dalam 3 hari, selesai 14 hari/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Pendidikan' })).toBeNull();
  });

  it('lets an administrator edit a service with the version read, and reloads a stale one', async () => {
    let stored = SERVICES[0]!;
    let first = true;
    const api = installFakeApi()
      .on('GET', '/services', () => ({ body: { items: [stored, ...SERVICES.slice(1)] } }))
      .on('PATCH', '/services/s-akta', (request) => {
        if (first) {
          first = false;
          stored = { ...stored, eligibility: 'Diubah admin lain', version: 2 };
          return problem(409, 'VERSION_CONFLICT', 'Versi data sudah berubah.');
        }
        stored = { ...stored, ...(request.body as object), version: 3 };
        return { body: stored };
      });
    signIn(api, 'admin');
    const { user } = renderApp('/layanan');

    await user.click(await screen.findByRole('button', { name: 'Ubah Penerbitan akta kelahiran' }));
    const days = () => screen.getByRole('textbox', { name: /Batas diterima/ });
    await user.clear(days());
    await user.click(screen.getByRole('button', { name: 'Simpan layanan' }));
    expect(await screen.findByText('Isi jumlah hari, 1 atau lebih.')).toBeTruthy();
    expect(api.sent('PATCH', '/services/s-akta')).toHaveLength(0);

    await user.type(days(), '5');
    await user.click(screen.getByRole('button', { name: 'Simpan layanan' }));
    expect(
      await screen.findByText(/Data sudah diubah orang lain, muat ulang\. Formulir sekarang/),
    ).toBeTruthy();
    expect(await screen.findByDisplayValue('Diubah admin lain')).toBeTruthy();
    await user.clear(days());
    await user.type(days(), '5');
    await user.type(screen.getByRole('textbox', { name: /Dokumen yang diperlukan/ }), '\nKTP orang tua');
    await user.click(screen.getByRole('button', { name: 'Simpan layanan' }));

    expect(await screen.findByText('Layanan tersimpan: Penerbitan akta kelahiran.')).toBeTruthy();
    expect(screen.getByText(/Diterima dalam 5 hari/)).toBeTruthy();
    const patches = api.sent('PATCH', '/services/s-akta').map((r) => r.body);
    expect(patches[0]).toMatchObject({ version: 1, acceptDays: 5 });
    expect(patches[1]).toMatchObject({
      version: 2,
      acceptDays: 5,
      eligibility: 'Diubah admin lain',
      requiredDocuments: ['KK', 'Surat keterangan lahir', 'KTP orang tua'],
    });
    expect(api.sent('GET', '/services')[0]?.query.get('includeInactive')).toBe('true');
  });
});
