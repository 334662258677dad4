import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import { installFakeApi } from '../test/fake-api.ts';
import { DESA, signIn } from '../test/fixtures.ts';
import { BPJS, DUKCAPIL, referralSummary } from '../test/referral-fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

// Pages load lazily: on a busy machine the first render may take more than the default second.
configure({ asyncUtilTimeout: 5000 });

function boardApi() {
  const api = installFakeApi()
    .on('GET', '/wilayah/desa', { body: { items: DESA } })
    .on('GET', '/organisations', { body: { items: [DUKCAPIL, BPJS] } })
    .on('GET', '/inbox', { status: 404 })
    .on('GET', '/referrals', (request) => {
      const overdueOnly = request.query.get('overdue') === 'true';
      const items = [
        referralSummary({
          id: 'r-late',
          number: 'RJK-7303-2026-000001',
          overdue: true,
          acceptDueAt: '2026-01-01T01:00:00Z',
        }),
        referralSummary({
          id: 'r-soon',
          number: 'RJK-7303-2026-000002',
          acceptDueAt: new Date(Date.now() + 86_400_000).toISOString(),
        }),
        referralSummary({ id: 'r-ok', number: 'RJK-7303-2026-000003' }),
      ].filter((r) => !overdueOnly || r.overdue);
      return { body: { items, total: items.length, page: 1, pageSize: 25 } };
    });
  signIn(api);
  return api;
}

describe('referral board', () => {
  it('lists referrals as cards with overdue and due-soon marked in words', async () => {
    boardApi();
    renderApp('/rujukan');

    expect(await screen.findByRole('heading', { name: '3 rujukan' })).toBeTruthy();
    const cards = screen.getAllByRole('listitem').filter((li) => li.classList.contains('referral-card'));
    expect(cards).toHaveLength(3);
    expect(within(cards[0]!).getByText(/^Terlambat/)).toBeTruthy();
    expect(within(cards[1]!).getByText(/^Segera jatuh tempo/)).toBeTruthy();
    expect(within(cards[2]!).queryByText(/Terlambat|Segera jatuh tempo/)).toBeNull();
    expect(
      within(cards[0]!).getByRole('link', { name: 'Penerbitan akta kelahiran' }).getAttribute('href'),
    ).toBe('/rujukan/r-late');
  });

  it('sends the chosen filters and keeps them in the address', async () => {
    const api = boardApi();
    const { user } = renderApp('/rujukan');

    await screen.findByRole('heading', { name: '3 rujukan' });
    const filters = screen.getByText('Saring rujukan').closest('details') as HTMLDetailsElement;
    expect(filters.open).toBe(false);
    await user.click(screen.getByText('Saring rujukan'));
    expect(filters.open).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Terkirim');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tingkat' }), 'Tingkat 2 (kabupaten)');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Desa/kelurahan' }), 'Bonto Jai');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Penyedia layanan' }),
      'Dinas Dukcapil Bantaeng',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hanya yang terlambat' }));
    await user.click(screen.getByRole('button', { name: 'Terapkan saringan' }));

    expect(await screen.findByRole('heading', { name: '1 rujukan' })).toBeTruthy();
    const last = api.sent('GET', '/referrals').at(-1);
    expect(Object.fromEntries(last?.query ?? [])).toEqual({
      status: 'sent',
      tier: '2',
      desa: '7303012008',
      organisation: 'dukcapil',
      overdue: 'true',
      page: '1',
      pageSize: '25',
    });
  });

  it('asks for every unfinished status with the "open" choice', async () => {
    const api = boardApi();
    renderApp('/rujukan?status=open');

    await screen.findByRole('heading', { name: '3 rujukan' });
    expect(api.sent('GET', '/referrals')[0]?.query.get('status')).toBe(
      'draft,sent,accepted,in_progress,escalated',
    );
    expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('open');
    expect(screen.getByText(/Saring rujukan \(1 aktif\)/).closest('details')?.open).toBe(true);
  });

  it('speaks English after switching the language', async () => {
    boardApi();
    await setLanguage('en');
    renderApp('/rujukan');

    expect(await screen.findByRole('heading', { name: '3 referrals' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Referral board', level: 1 })).toBeTruthy();
    expect(screen.getAllByText(/^Overdue/).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Apply filters' })).toBeTruthy();
  });
});
