import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DRAFT_ID, indicatorSet, SET_ID, summary } from '../test/assessment-fixtures.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';

const active = indicatorSet({ abilities: { edit: false, activate: false, copy: true, simulate: true } });
const draft = indicatorSet({
  id: DRAFT_ID,
  version: 2,
  status: 'draft',
  revision: 4,
  activatedAt: null,
  activatedBy: null,
  abilities: { edit: true, activate: true, copy: false, simulate: true },
});

function editorApi() {
  const api = installFakeApi()
    .on('GET', '/indicator-sets', { body: { items: [summary(active), summary(draft)] } })
    .on('GET', `/indicator-sets/${SET_ID}`, { body: active })
    .on('GET', `/indicator-sets/${DRAFT_ID}`, { body: draft });
  signIn(api, 'admin');
  return api;
}

describe('indicator-set editor', () => {
  it('lists sets by status and shows the server problems of an imported file row by row', async () => {
    const api = editorApi().on(
      'POST',
      '/indicator-sets/import',
      problem(422, 'INDICATOR_SET_INVALID', 'Berkas set indikator tidak valid.', {
        errors: [
          { code: 'KEY_INVALID', field: 'indicators.2.key', detail: 'Kunci hanya huruf kecil, angka dan _.' },
          { code: 'THRESHOLD_ORDER', field: 'classes.1.minScore', detail: 'Batas kelas harus menurun.' },
        ],
      }),
    );
    const { user } = renderApp('/indikator');

    const activeGroup = await screen.findByRole('region', { name: 'Aktif' });
    expect(within(activeGroup).getByRole('link', { name: 'Kriteria BPS (14)' })).toBeTruthy();
    expect(within(activeGroup).getByText(/bps-14 · versi 1 · Pesisir/)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Draf' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Klaster' }), 'Pesisir');
    await screen.findByRole('region', { name: 'Aktif' });
    expect(api.sent('GET', '/indicator-sets').at(-1)?.query.get('cluster')).toBe('pesisir');

    const file = new File(['code: Bad\n'], 'lokal.yaml', { type: 'application/yaml' });
    await user.upload(screen.getByLabelText('Pilih berkas'), file);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Berkas ditolak: Berkas set indikator tidak valid.');
    const rows = within(alert).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Indikator 3 indicators.2.keyKunci hanya huruf kecil, angka dan _.',
      'Kelas 2 classes.1.minScoreBatas kelas harus menurun.',
    ]);
    const sent = api.sent('POST', '/indicator-sets/import')[0];
    expect(sent?.headers.get('content-type')).toBe('application/yaml');
  });

  it('edits a draft: thresholds, weights and questions are saved with the revision; errors at the field', async () => {
    const api = editorApi().on(
      'PATCH',
      `/indicator-sets/${DRAFT_ID}`,
      problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [
          { code: 'TOO_BIG', field: 'definition.indicators.1.weight', detail: 'Bobot paling besar 100.' },
        ],
      }),
    );
    const { user } = renderApp(`/indikator/${DRAFT_ID}`);

    const poor = await screen.findByRole('textbox', { name: 'Miskin' });
    await user.clear(poor);
    await user.type(poor, '3');
    const first = screen.getByRole('group', { name: 'Indikator 1' });
    const question = within(first).getByRole('textbox', { name: 'Pertanyaan' });
    await user.clear(question);
    await user.type(question, 'Apakah ada listrik PLN?');
    const second = screen.getByRole('group', { name: 'Indikator 2' });
    const secondWeight = within(second).getByRole('textbox', { name: 'Bobot' });
    await user.clear(secondWeight);
    await user.type(secondWeight, '200');
    await user.click(screen.getByRole('button', { name: 'Simpan draf' }));

    expect(await within(second).findByText('Bobot paling besar 100.')).toBeTruthy();
    expect(secondWeight.getAttribute('aria-invalid')).toBe('true');
    const body = api.sent('PATCH', `/indicator-sets/${DRAFT_ID}`)[0]?.body as {
      revision: number;
      definition: {
        classes: { minScore: number }[];
        indicators: { weight: number; question: { id: string; en: string } }[];
      };
    };
    expect(body.revision).toBe(4);
    expect(body.definition.classes[0]?.minScore).toBe(3);
    expect(body.definition.indicators[1]?.weight).toBe(200);
    expect(body.definition.indicators[0]?.question).toEqual({
      id: 'Apakah ada listrik PLN?',
      en: 'Does the house use electricity for lighting?',
    });
  });

  it('activates a draft after confirmation, then re-classifies and shows the counts', async () => {
    const activated = {
      ...draft,
      status: 'active' as const,
      abilities: { ...draft.abilities, edit: false, activate: false },
    };
    const api = editorApi()
      .on('POST', `/indicator-sets/${DRAFT_ID}/activate`, {
        body: { set: activated, retired: [{ id: SET_ID, code: 'bps-14', version: 1 }] },
      })
      .on('POST', '/assessments/reclassify', {
        body: {
          sets: [
            {
              id: DRAFT_ID,
              code: 'bps-14',
              version: 2,
              households: 1200,
              changed: 37,
              byClass: { sangat_miskin: 0, miskin: 130, hampir_miskin: 0, rentan: 0, tidak_miskin: 1070 },
            },
          ],
          households: 1200,
          durationMs: 900,
        },
      });
    const { user } = renderApp(`/indikator/${DRAFT_ID}`);

    await user.click(await screen.findByRole('button', { name: 'Aktifkan versi ini' }));
    expect(api.sent('POST', `/indicator-sets/${DRAFT_ID}/activate`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Ya, aktifkan' }));

    expect(await screen.findByText(/Versi ini sekarang aktif/)).toBeTruthy();
    expect(api.sent('POST', `/indicator-sets/${DRAFT_ID}/activate`)[0]?.body).toEqual({ revision: 4 });
    await user.click(screen.getByRole('button', { name: 'Nilai ulang semua keluarga' }));
    expect(
      await screen.findByText(/1200 keluarga dinilai ulang, 37 berubah kelas\. .*Miskin: 130/),
    ).toBeTruthy();
    expect(api.sent('POST', '/assessments/reclassify')[0]?.body).toEqual({ setIds: [DRAFT_ID] });
  });
});
