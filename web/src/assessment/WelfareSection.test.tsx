import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n.ts';
import { assessmentHistory } from '../test/assessment-fixtures.ts';
import { installFakeApi } from '../test/fake-api.ts';
import { household, signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

function profileApi(role: 'fasilitator' | 'supervisor', history = assessmentHistory()) {
  const api = installFakeApi()
    .on('GET', '/households/h-1', { body: household() })
    .on('GET', '/households/h-1/history', { body: { items: [] } })
    .on('GET', '/households/h-1/assessments', { body: history });
  signIn(api, role);
  return api;
}

describe('welfare on the household profile', () => {
  it('shows the current class with its explanation in plain words, and the class history', async () => {
    profileApi('fasilitator');
    const { user } = renderApp('/keluarga/h-1');

    const section = await screen.findByRole('region', { name: 'Kesejahteraan' });
    const card = await within(section).findByRole('article', { name: /Kriteria BPS \(14\) versi 1/ });
    expect(within(card).getByText('Miskin')).toBeTruthy();
    expect(within(card).getByText('Memenuhi 10 dari 14 kriteria; batas Miskin: 9')).toBeTruthy();
    expect(within(card).getByText('Dinilai 3 Feb 2026 oleh andi.fasilitator')).toBeTruthy();
    await user.click(within(card).getByText('Rincian per indikator (14)'));
    const items = within(card).getAllByRole('listitem');
    expect(items).toHaveLength(14);
    expect(within(items[0] as HTMLElement).getByText('Tidak ada listrik untuk penerangan?')).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText('Kriteria terpenuhi')).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText('+1 poin')).toBeTruthy();
    expect(within(items[13] as HTMLElement).getByText('Tidak terpenuhi')).toBeTruthy();

    const history = within(section).getByRole('heading', { name: 'Riwayat kelas' })
      .nextElementSibling as HTMLElement;
    const entries = within(history).getAllByRole('listitem');
    expect(entries[0]?.textContent).toContain('Miskin');
    expect(entries[0]?.textContent).toContain('kelas terkini');
    expect(entries[1]?.textContent).toContain('Tidak miskin');
    expect(entries[1]?.textContent).toContain('versi 0');

    const start = within(section).getByRole('link', { name: 'Nilai kesejahteraan' });
    expect(start.getAttribute('href')).toBe('/keluarga/h-1/penilaian/baru');
  });

  it('speaks English after the switch and hides the assess button from readers', async () => {
    profileApi('supervisor');
    await setLanguage('en');
    renderApp('/keluarga/h-1');
    const section = await screen.findByRole('region', { name: 'Welfare' });
    expect(await within(section).findByText('Meets 10 of 14 criteria; Poor threshold: 9')).toBeTruthy();
    expect(within(section).queryByRole('link', { name: 'Assess welfare' })).toBeNull();
  });

  it('says when the household was never assessed', async () => {
    profileApi('fasilitator', { current: [], items: [] });
    renderApp('/keluarga/h-1');
    expect(await screen.findByText('Keluarga ini belum pernah dinilai.')).toBeTruthy();
  });
});
