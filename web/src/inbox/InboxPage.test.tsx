import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Inbox } from '../api/types.ts';
import { installFakeApi } from '../test/fake-api.ts';
import { DESA, historyEntries, household, signIn } from '../test/fixtures.ts';
import { referralSummary } from '../test/referral-fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

// Pages load lazily: on a busy machine the first render may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

function inbox(overrides: Partial<Inbox> = {}): Inbox {
  return {
    new: [],
    dueSoon: [],
    overdue: [],
    escalated: [],
    feedback: [],
    notifications: [],
    unread: 0,
    ...overrides,
  };
}

describe('inbox', () => {
  it('shows the feedback of a completed referral to the referring facilitator, with a menu count', async () => {
    const api = installFakeApi()
      .on('GET', '/wilayah/desa', { body: { items: DESA } })
      .on('GET', '/inbox', {
        body: inbox({
          feedback: [
            referralSummary({ id: 'r-1', status: 'completed' }),
            referralSummary({ id: 'r-3', status: 'accepted' }),
          ],
          overdue: [referralSummary({ id: 'r-2', number: 'RJK-7303-2026-000046', overdue: true })],
          notifications: [
            {
              id: 'n-1',
              kind: 'referral.completed',
              referralId: 'r-1',
              referralNumber: 'RJK-7303-2026-000045',
              status: 'completed',
              createdAt: '2026-03-04T01:00:00Z',
              readAt: null,
            },
          ],
          unread: 1,
        }),
      });
    signIn(api);
    renderApp('/kotak-masuk');

    const feedback = await screen.findByRole('region', { name: /Rujukan balik/ });
    expect(within(feedback).getAllByRole('link', { name: 'Penerbitan akta kelahiran' })).toHaveLength(2);
    expect(within(feedback).getByText('Selesai')).toBeTruthy();
    const overdue = screen.getByRole('region', { name: /^Terlambat/ });
    expect(within(overdue).getByText('RJK-7303-2026-000046')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: /Rujukan baru/ })).getByText('Tidak ada rujukan baru.'),
    ).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Menu utama' });
    // The overdue referral and the unread outcome; the older, already-read feedback is not counted.
    expect(await within(nav).findByRole('link', { name: /Kotak masuk.*2 perlu perhatian/ })).toBeTruthy();
  });

  it('takes a partner straight to the inbox, without registry menus', async () => {
    const api = installFakeApi().on('GET', '/inbox', {
      body: inbox({ new: [referralSummary({ personName: null })] }),
    });
    signIn(api, 'mitra');
    renderApp('/');

    const fresh = await screen.findByRole('region', { name: /Rujukan baru/ });
    expect(within(fresh).getByRole('link', { name: 'Penerbitan akta kelahiran' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Menu utama' });
    expect(within(nav).queryByRole('link', { name: 'Cari' })).toBeNull();
    expect(within(nav).queryByRole('link', { name: 'Catat pengaduan' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Rujukan' })).toBeTruthy();
  });
});

describe('inbox notifications', () => {
  it('lists notifications by number and marks them read', async () => {
    let read = false;
    const api = installFakeApi()
      .on('GET', '/wilayah/desa', { body: { items: DESA } })
      .on('GET', '/inbox', () => ({
        body: inbox({
          notifications: [
            {
              id: 'n-1',
              kind: 'referral.completed',
              referralId: 'r-1',
              referralNumber: 'RJK-7303-2026-000045',
              status: 'completed',
              createdAt: '2026-03-04T01:00:00Z',
              readAt: read ? '2026-03-04T02:00:00Z' : null,
            },
          ],
          unread: read ? 0 : 1,
        }),
      }))
      .on('POST', '/inbox/read', () => {
        read = true;
        return { body: { updated: 1 } };
      });
    signIn(api);
    const { user } = renderApp('/kotak-masuk');

    const list = await screen.findByRole('region', { name: /Pemberitahuan/ });
    expect(within(list).getByText(/Rujukan selesai \(rujukan balik\)/)).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'RJK-7303-2026-000045' }).getAttribute('href')).toBe(
      '/rujukan/r-1',
    );
    await user.click(within(list).getByRole('button', { name: 'Tandai semua sudah dibaca' }));

    expect(await within(list).findByRole('heading', { name: 'Pemberitahuan (0)' })).toBeTruthy();
    expect(api.sent('POST', '/inbox/read')[0]?.body).toEqual({ ids: ['n-1'] });
  });
});

describe('person services on the household profile', () => {
  it('lists what a member received, has pending and was refused, on request', async () => {
    const api = installFakeApi()
      .on('GET', '/inbox', { body: inbox() })
      .on('GET', '/households/h-1', { body: household() })
      .on('GET', '/households/h-1/history', { body: { items: historyEntries() } })
      .on('GET', '/people/p-2/services', {
        body: {
          received: [referralSummary({ status: 'completed' })],
          pending: [],
          refused: [
            referralSummary({
              id: 'r-9',
              status: 'declined',
              service: { id: 's', code: 'pbi', name: 'Pendaftaran PBI JKN', category: 'kesehatan' },
            }),
          ],
        },
      });
    signIn(api);
    const { user } = renderApp('/keluarga/h-1');

    const services = await screen.findByRole('region', { name: 'Layanan dan rujukan' });
    await user.click(within(services).getByRole('button', { name: 'Layanan untuk Rahmat' }));
    const received = await within(services).findByRole('region', { name: 'Sudah diterima' });
    expect(within(received).getByRole('link', { name: 'Penerbitan akta kelahiran' })).toBeTruthy();
    expect(
      within(within(services).getByRole('region', { name: 'Sedang diproses' })).getByText('Tidak ada.'),
    ).toBeTruthy();
    const refused = within(services).getByRole('region', { name: 'Ditolak atau dibatalkan' });
    expect(within(refused).getByText('Pendaftaran PBI JKN')).toBeTruthy();
    expect(api.sent('GET', '/people/p-1/services')).toHaveLength(0);
  });
});
