import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

// Pages load lazily: on a busy machine the first render may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('letter verification (QR code target)', () => {
  it('confirms a genuine letter to a signed-in provider and links to the referral', async () => {
    const api = installFakeApi()
      .on('GET', '/inbox', { status: 404 })
      .on('GET', '/referrals/r-1/verify', {
        body: {
          valid: true,
          number: 'RJK-7303-2026-000045',
          status: 'sent',
          serviceName: 'Penerbitan akta kelahiran',
          organisationName: 'Dinas Dukcapil Bantaeng',
          acceptDueAt: '2026-03-05T01:00:00Z',
          completeDueAt: null,
          referralId: 'r-1',
        },
      });
    signIn(api, 'mitra');
    renderApp('/rujukan/r-1/verifikasi');

    expect(await screen.findByText('Surat rujukan ini asli dan tercatat di Selaras.')).toBeTruthy();
    expect(screen.getByText('RJK-7303-2026-000045')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka rujukan' }).getAttribute('href')).toBe('/rujukan/r-1');
  });

  it('says plainly when a letter is unknown or for another organisation', async () => {
    const api = installFakeApi()
      .on('GET', '/inbox', { status: 404 })
      .on('GET', '/referrals/r-x/verify', problem(404, 'NOT_FOUND', 'Data tidak ditemukan.'));
    signIn(api, 'mitra');
    renderApp('/rujukan/r-x/verifikasi');

    expect(
      await screen.findByText('Surat rujukan ini tidak dikenal, atau bukan untuk organisasi Anda.'),
    ).toBeTruthy();
  });
});
