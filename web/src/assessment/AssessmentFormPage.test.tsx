import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { assessment, assessmentForm, HH_ID, SET_ID } from '../test/assessment-fixtures.ts';
import { installFakeApi, problem } from '../test/fake-api.ts';
import { signIn } from '../test/fixtures.ts';
import { renderApp } from '../test/render-app.tsx';
import { draftKey } from './answer-draft.ts';

const FORM_PATH = `/keluarga/${HH_ID}/penilaian/baru`;

function formApi() {
  const api = installFakeApi().on('GET', `/households/${HH_ID}/assessment-form`, { body: assessmentForm() });
  signIn(api, 'fasilitator');
  return api;
}

describe('assessment form', () => {
  it('asks one indicator per step with progress, checks the answer, reviews and saves', async () => {
    const api = formApi().on('POST', `/households/${HH_ID}/assessments`, { status: 201, body: assessment() });
    const { user } = renderApp(FORM_PATH);

    expect(await screen.findByText('Pertanyaan 1 dari 3')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(await screen.findByText('Pertanyaan ini wajib dijawab.')).toBeTruthy();
    expect(screen.getByText('Pertanyaan 1 dari 3')).toBeTruthy();

    const electricity = screen.getByRole('group', { name: /1\. Apakah rumah memakai listrik/ });
    await user.click(within(electricity).getByRole('radio', { name: 'Tidak' }));
    await user.click(screen.getByRole('button', { name: 'Berikutnya' }));

    expect(await screen.findByText('Pertanyaan 2 dari 3')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Tanah' }));
    await user.click(screen.getByRole('button', { name: 'Berikutnya' }));

    const area = await screen.findByRole('textbox', { name: /3\. Luas lantai rumah \(m²\)/ });
    expect(screen.getByText('Antara 1 dan 1000 m².')).toBeTruthy();
    await user.type(area, '2000');
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));
    expect(await screen.findByText('Antara 1 dan 1000 m².', { selector: '.field-error' })).toBeTruthy();
    await user.clear(area);
    await user.type(area, '24,5');
    await user.click(screen.getByRole('button', { name: 'Periksa jawaban' }));

    expect(await screen.findByRole('heading', { name: 'Periksa sebelum menyimpan' })).toBeTruthy();
    const review = screen.getByRole('list', { name: 'Periksa sebelum menyimpan' });
    expect(within(review).getByText('Tanah')).toBeTruthy();
    expect(within(review).getByText('24,5 m²')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan penilaian' }));

    const heading = await screen.findByRole('heading', { name: 'Hasil penilaian', level: 1 });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('Memenuhi 10 dari 14 kriteria; batas Miskin: 9')).toBeTruthy();
    expect(api.sent('POST', `/households/${HH_ID}/assessments`)[0]?.body).toMatchObject({
      setId: SET_ID,
      answers: { electricity: false, floor: 'tanah', floor_area: 24.5 },
      latitude: null,
      longitude: null,
    });
    expect(localStorage.getItem(draftKey(HH_ID, SET_ID, 1))).toBeNull();
  });

  it('keeps the answers and the step when the page is reloaded mid-form', async () => {
    formApi();
    const first = renderApp(FORM_PATH);
    await first.user.click(await screen.findByRole('radio', { name: 'Ya' }));
    await first.user.click(screen.getByRole('button', { name: 'Berikutnya' }));
    await first.user.click(await screen.findByRole('radio', { name: 'Keramik' }));
    first.unmount();

    renderApp(FORM_PATH);
    expect(await screen.findByText('Pertanyaan 2 dari 3')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Keramik' }) as HTMLInputElement).checked).toBe(true);
    await first.user.click(screen.getByRole('button', { name: 'Sebelumnya' }));
    expect(((await screen.findByRole('radio', { name: 'Ya' })) as HTMLInputElement).checked).toBe(true);
  });

  it('puts a server error at the step of its indicator and focuses it', async () => {
    const api = formApi().on(
      'POST',
      `/households/${HH_ID}/assessments`,
      problem(422, 'VALIDATION_FAILED', 'Data tidak valid.', {
        errors: [{ code: 'ANSWER_OUT_OF_RANGE', field: 'answers.floor', detail: 'Pilihan tidak dikenal.' }],
      }),
    );
    localStorage.setItem(
      draftKey(HH_ID, SET_ID, 1),
      JSON.stringify({ answers: { electricity: 'true', floor: 'tanah', floor_area: '30' }, step: 3 }),
    );
    const { user } = renderApp(FORM_PATH);
    await user.click(await screen.findByRole('button', { name: 'Simpan penilaian' }));

    expect(await screen.findByText('Pilihan tidak dikenal.')).toBeTruthy();
    expect(screen.getByText('Pertanyaan 2 dari 3')).toBeTruthy();
    const chosen = screen.getByRole('radio', { name: 'Tanah' });
    expect(chosen.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getAllByRole('radio')[0]);
    expect(api.sent('POST', `/households/${HH_ID}/assessments`)).toHaveLength(1);
    expect(localStorage.getItem(draftKey(HH_ID, SET_ID, 1))).not.toBeNull();
  });

  it('adds the coordinates only after the facilitator asks for them', async () => {
    const api = formApi().on('POST', `/households/${HH_ID}/assessments`, { status: 201, body: assessment() });
    const position = { coords: { latitude: -5.5412345678, longitude: 119.9501234 } } as GeolocationPosition;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => ok(position) },
    });
    localStorage.setItem(
      draftKey(HH_ID, SET_ID, 1),
      JSON.stringify({ answers: { electricity: 'true', floor: 'keramik', floor_area: '30' }, step: 3 }),
    );
    const { user } = renderApp(FORM_PATH);
    await user.click(await screen.findByRole('button', { name: 'Gunakan lokasi saya sekarang' }));
    expect(await screen.findByText(/Koordinat: -5\.541235, 119\.950123/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    await screen.findByRole('heading', { name: 'Hasil penilaian', level: 1 });
    expect(api.sent('POST', `/households/${HH_ID}/assessments`)[0]?.body).toMatchObject({
      latitude: -5.541235,
      longitude: 119.950123,
    });
  });

  it('keeps the answers when the connection drops at saving, and saves on the next try', async () => {
    let attempts = 0;
    const api = formApi().on('POST', `/households/${HH_ID}/assessments`, () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return { status: 201, body: assessment() };
    });
    localStorage.setItem(
      draftKey(HH_ID, SET_ID, 1),
      JSON.stringify({ answers: { electricity: 'true', floor: 'keramik', floor_area: '30' }, step: 3 }),
    );
    const { user } = renderApp(FORM_PATH);
    await user.click(await screen.findByRole('button', { name: 'Simpan penilaian' }));

    expect(await screen.findByText(/Tidak dapat terhubung ke server/)).toBeTruthy();
    expect(localStorage.getItem(draftKey(HH_ID, SET_ID, 1))).toContain('keramik');
    await user.click(screen.getByRole('button', { name: 'Simpan penilaian' }));
    expect(await screen.findByRole('heading', { name: 'Hasil penilaian', level: 1 })).toBeTruthy();
    expect(api.sent('POST', `/households/${HH_ID}/assessments`)).toHaveLength(2);
  });

  it('offers the previous answers to start from', async () => {
    const form = assessmentForm();
    form.forms[0] = {
      ...form.forms[0]!,
      previous: {
        assessmentId: '00000000-0000-4000-8000-0000000000e1',
        assessedOn: '2025-06-01',
        answers: { electricity: false, floor: 'tanah', floor_area: 18 },
      },
    };
    const api = installFakeApi().on('GET', `/households/${HH_ID}/assessment-form`, { body: form });
    signIn(api, 'fasilitator');
    const { user } = renderApp(FORM_PATH);
    await user.click(await screen.findByRole('button', { name: 'Isi dengan jawaban penilaian terakhir' }));
    expect((screen.getByRole('radio', { name: 'Tidak' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Berikutnya' }));
    await user.click(await screen.findByRole('button', { name: 'Berikutnya' }));
    expect(((await screen.findByRole('textbox', { name: /Luas lantai/ })) as HTMLInputElement).value).toBe(
      '18',
    );
  });
});
