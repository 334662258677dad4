import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { SERVICES } from '../test/referral-fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

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
});
