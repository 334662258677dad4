import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_ID,
  definition,
  indicatorSet,
  SET_ID,
  simulationResult,
  summary,
} from '../test/assessment-fixtures.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

const active = indicatorSet();
const draft = indicatorSet({
  id: DRAFT_ID,
  version: 2,
  status: 'draft',
  activatedAt: null,
  activatedBy: null,
  definition: definition({ name: { id: 'Kriteria BPS (draf)', en: 'BPS criteria (draft)' } }),
});

function simulationApi() {
  const api = installFakeApi()
    .on('GET', '/indicator-sets', (request) => ({
      body: { items: request.query.get('status') === 'draft' ? [summary(draft)] : [summary(active)] },
    }))
    .on('GET', `/indicator-sets/${DRAFT_ID}`, { body: draft })
    .on('GET', `/indicator-sets/${SET_ID}`, { body: active })
    .on('POST', '/simulations', { body: simulationResult() });
  signIn(api, 'tkpkd');
  return api;
}

describe('policy simulation', () => {
  it('runs a draft and shows counts per desa with the change against the active version, counts only', async () => {
    const api = simulationApi();
    const { user } = renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Simulasi kebijakan', level: 1 })).toBeTruthy();
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Set indikator calon/ }),
      'Kriteria BPS (draf) · versi 2 (draf)',
    );
    await user.click(screen.getByRole('button', { name: 'Jalankan simulasi' }));

    const table = await screen.findByRole('table', { name: 'Per desa/kelurahan' });
    const row = within(table).getByRole('row', { name: /Bonto Jai/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['500', '70 (+8)', '430 (-8)', '1', '9']);
    expect(within(table).getByRole('columnheader', { name: 'Miskin' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Per klaster' }).textContent).toContain('Dataran rendah');
    expect(screen.getByText('1000 keluarga dihitung; 3 naik kelas, 8 turun kelas.')).toBeTruthy();
    expect(
      screen.getByText('Nama keluarga tidak ditampilkan untuk peran Anda; hanya jumlahnya.'),
    ).toBeTruthy();
    // The chart library loads on demand: allow it the time a cold module load takes.
    expect(await screen.findByText('Jumlah keluarga Miskin per desa', {}, { timeout: 10_000 })).toBeTruthy();
    expect(api.sent('POST', '/simulations')[0]?.body).toEqual({ setId: DRAFT_ID });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Desa di kecamatan' }), 'Bissappu');
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('sends ad-hoc thresholds and parameters on top of the active set, and shows a refused value at its field', async () => {
    const api = simulationApi().on(
      'POST',
      '/simulations',
      problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [
          { code: 'THRESHOLD_ORDER', field: 'overrides.classes.0.minScore', detail: 'Batas harus menurun.' },
        ],
      }),
    );
    const { user } = renderApp('/simulasi');
    await user.selectOptions(
      await screen.findByRole('combobox', { name: /Set indikator calon/ }),
      'Kriteria BPS (14) · versi 1 (aktif)',
    );
    await user.click(await screen.findByText('Ubah batas, bobot dan parameter (hanya untuk simulasi ini)'));
    const poor = screen.getByRole('textbox', { name: 'Miskin' });
    await user.clear(poor);
    await user.type(poor, '3');
    const land = screen.getByRole('textbox', { name: 'Luas lahan paling luas (m²)' });
    await user.clear(land);
    await user.type(land, '5000');
    await user.click(screen.getByRole('button', { name: 'Jalankan simulasi' }));

    expect(await screen.findByText('Batas harus menurun.')).toBeTruthy();
    expect(poor.getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('POST', '/simulations')[0]?.body).toEqual({
      setId: SET_ID,
      overrides: {
        parameters: { land_area_max_m2: 5000 },
        classes: [
          { class: 'miskin', minScore: 3 },
          { class: 'tidak_miskin', minScore: 0 },
        ],
      },
    });
  });
});
