import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Intake } from '../api/types.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { intake, referral, SERVICES } from '../test/referral-fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

// Pages load lazily: on a busy machine the first render may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

describe('intake list and follow-up', () => {
  it('lists open intakes and opens one', async () => {
    const {
      id,
      number,
      channel,
      kind,
      category,
      urgency,
      status,
      desaCode,
      desaName,
      person,
      referralCount,
      createdAt,
      version,
    } = intake();
    const api = installFakeApi()
      .on('GET', '/inbox', { status: 404 })
      .on('GET', '/intakes', {
        body: {
          items: [
            {
              id,
              number,
              channel,
              kind,
              category,
              urgency,
              status,
              desaCode,
              desaName,
              person,
              referralCount,
              createdAt,
              version,
            },
          ],
          total: 1,
          page: 1,
          pageSize: 50,
        },
      })
      .on('GET', '/intakes/i-1', { body: intake() })
      .on('GET', '/services', { body: { items: SERVICES } });
    signIn(api);
    const { user } = renderApp('/pengaduan');

    expect(await screen.findByRole('heading', { name: '1 pengaduan' })).toBeTruthy();
    expect(api.sent('GET', '/intakes')[0]?.query.get('status')).toBe('open');
    await user.click(screen.getByRole('link', { name: 'Rahmat' }));
    expect(await screen.findByRole('heading', { name: 'PKS-7303012008-2026-000123', level: 1 })).toBeTruthy();
    expect(screen.getByText('Anak belum punya akta kelahiran.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Tindak lanjut' })).toBeTruthy();
  });

  it('refers a saved intake later, keeping the remaining referral to retry after a failure', async () => {
    let current: Intake = intake();
    let attempts = 0;
    const api = installFakeApi()
      .on('GET', '/inbox', { status: 404 })
      .on('GET', '/intakes/i-1', () => ({ body: current }))
      .on('GET', '/services', { body: { items: SERVICES } })
      .on('POST', '/referrals', () => {
        attempts += 1;
        if (attempts === 1) return problem(503, 'UNAVAILABLE', '');
        current = intake({
          status: 'referred',
          version: 2,
          referrals: [
            {
              id: 'r-1',
              number: 'RJK-7303-2026-000045',
              serviceName: 'Penerbitan akta kelahiran',
              organisationName: 'Dinas Dukcapil Bantaeng',
              status: 'sent',
              tier: 2,
            },
          ],
        });
        return { status: 201, body: referral() };
      });
    signIn(api);
    const { user } = renderApp('/pengaduan/i-1');

    const followUp = await screen.findByRole('region', { name: 'Tindak lanjut' });
    await user.click(within(followUp).getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect(await within(followUp).findByText('Pilih layanan.')).toBeTruthy();
    await user.selectOptions(
      within(followUp).getByRole('combobox', { name: /Layanan 1/ }),
      'Penerbitan akta kelahiran — Dinas Dukcapil Bantaeng',
    );
    await user.click(within(followUp).getByRole('button', { name: 'Simpan tindak lanjut' }));
    expect(
      await screen.findByText('Terjadi gangguan pada server. Coba lagi beberapa saat lagi.'),
    ).toBeTruthy();
    await user.click(within(followUp).getByRole('button', { name: 'Simpan tindak lanjut' }));

    const referrals = await screen.findByRole('region', { name: 'Rujukan' });
    expect(within(referrals).getByRole('link', { name: 'Penerbitan akta kelahiran' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Tambah rujukan' })).toBeTruthy();
    const keys = api.sent('POST', '/referrals').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});
