import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../test/backends.ts';
import { householdInput } from '../test/factories.ts';
import { createTestUser, login, TEST_PASSWORD } from '../test/harness.ts';
import { type BrowserRig, chromiumPath, logIn, startBrowserRig } from './browser.ts';

const BONTO_JAI = '7303012008';

/**
 * Answers of a household meeting exactly 10 of the 14 BPS criteria (poor: at least 9). Keyed by
 * indicator key; an optional question left out is skipped in the form.
 */
const ANSWERS: Record<string, string> = {
  household_members: '5',
  floor_area_m2: '30',
  floor_type: 'tanah',
  wall_type: 'bambu',
  toilet: 'tidak_ada',
  electric_lighting: 'true',
  water_source: 'sungai',
  cooking_fuel: 'kayu_bakar',
  protein_per_week: '1',
  new_clothes_per_year: '1',
  meals_per_day: '3',
  can_pay_treatment: 'false',
  head_occupation: 'buruh_tani',
  head_income_month_rp: '400000',
  head_education: 'sma',
  savings_value_rp: '2000000',
};

/** Page object of the assessment form: answers the step on screen from `ANSWERS` and moves on. */
async function answerCurrentStep(page: Page): Promise<void> {
  const control = page.locator('form [id^="answer-"]').first();
  const id = (await control.getAttribute('id')) ?? '';
  const key = id.slice('answer-'.length);
  const value = ANSWERS[key];
  if (value !== undefined) {
    const tag = await control.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'fieldset') await page.locator(`input[name="${id}"][value="${value}"]`).check();
    else await control.fill(value);
  }
  const next = page.getByRole('button', { name: /^(Berikutnya|Periksa jawaban)$/ });
  await next.click();
}

async function api(
  rig: BrowserRig,
  cookie: string,
  method: 'POST' | 'PATCH' | 'GET',
  url: string,
  payload?: unknown,
) {
  const response = await rig.t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie },
    payload: payload as object,
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

describe.skipIf(!chromiumPath)('assessment journeys', () => {
  describe.each(testBackends())('on $name', (backend) => {
    let rig: BrowserRig;
    let facilitator: string;
    let planner: string;
    let householdId: string;
    let bpsSetId: string;
    let admin: string;
    let draftId: string;

    beforeAll(async () => {
      if (backend.skipReason) return;
      rig = await startBrowserRig(backend);
      facilitator = (await createTestUser(rig.t, 'fasilitator', { desa: [BONTO_JAI] })).username;
      planner = (await createTestUser(rig.t, 'tkpkd')).username;
      admin = (await createTestUser(rig.t, 'admin')).username;
      const fCookie = await login(rig.t, facilitator);
      const household = await api(
        rig,
        fCookie,
        'POST',
        '/households',
        householdInput(BONTO_JAI, { headName: 'Hasnah Daeng Bau' }),
      );
      householdId = household.id;

      // A second household already assessed (poor under 9, not under a stricter draft), for the simulation.
      const other = await api(rig, fCookie, 'POST', '/households', householdInput(BONTO_JAI));
      const form = await api(rig, fCookie, 'GET', `/households/${other.id}/assessment-form`);
      const bps = form.forms.find(
        (f: { set: { definition: { scheme: string } } }) => f.set.definition.scheme === 'bps',
      );
      bpsSetId = bps.set.id;
      const typed: Record<string, unknown> = {};
      for (const indicator of bps.set.definition.indicators) {
        const raw = ANSWERS[indicator.key];
        if (raw === undefined) continue;
        typed[indicator.key] =
          indicator.answer.type === 'number'
            ? Number(raw)
            : indicator.answer.type === 'boolean'
              ? raw === 'true'
              : raw;
      }
      await api(rig, fCookie, 'POST', `/households/${other.id}/assessments`, {
        setId: bpsSetId,
        assessedOn: '2026-01-15',
        answers: typed,
      });

      // The planners' draft: a household is poor only from 11 criteria on.
      const aCookie = await login(rig.t, admin);
      const draft = await api(rig, aCookie, 'POST', '/indicator-sets', { copyOf: bpsSetId });
      draftId = draft.id;
      const definition = {
        ...draft.definition,
        name: { id: 'BPS 14 (draf batas 11)', en: 'BPS 14 (draft threshold 11)' },
        classes: [
          { class: 'miskin', minScore: 11 },
          { class: 'tidak_miskin', minScore: 0 },
        ],
      };
      await api(rig, aCookie, 'PATCH', `/indicator-sets/${draft.id}`, {
        revision: draft.revision,
        definition,
      });
    });

    afterAll(async () => {
      await rig?.close();
    });

    it.skipIf(Boolean(backend.skipReason))(
      'a facilitator assesses a household on a phone and sees the class with its explanation',
      async () => {
        const { context, page } = await rig.newPhone();
        await logIn(page, facilitator, TEST_PASSWORD);
        await page.goto(`/keluarga/${householdId}`);
        await page.getByRole('heading', { name: 'Hasnah Daeng Bau', level: 1 }).waitFor();
        await page.getByText('Keluarga ini belum pernah dinilai.').waitFor();
        await page.getByRole('link', { name: 'Nilai kesejahteraan' }).click();

        // Two schemes apply (BPS and the local set of the cluster): choose BPS.
        await page.getByText(/^(Pertanyaan 1 dari \d+|Pilih set indikator yang dipakai:)$/).waitFor();
        const choice = page.getByRole('link', { name: /14 Kriteria Rumah Tangga Miskin BPS/ });
        if (await choice.count()) await choice.click();
        await page.getByText(/^Pertanyaan 1 dari \d+$/).waitFor();
        const total = Number(
          (await page.getByText(/^Pertanyaan 1 dari \d+$/).textContent())?.match(/dari (\d+)/)?.[1],
        );
        expect(total).toBeGreaterThanOrEqual(14);

        // Half-way the page is reloaded (a dropped connection): the answers are still there.
        for (let step = 0; step < 5; step += 1) await answerCurrentStep(page);
        await page.reload();
        await page.getByText(`Pertanyaan 6 dari ${total}`).waitFor();
        await page.getByRole('button', { name: 'Sebelumnya' }).click();
        expect(await page.locator('input[name="answer-toilet"][value="tidak_ada"]').isChecked()).toBe(true);
        await page.getByRole('button', { name: 'Berikutnya' }).click();
        for (let step = 5; step < total; step += 1) await answerCurrentStep(page);

        await page.getByRole('heading', { name: 'Periksa sebelum menyimpan' }).waitFor();
        await page.getByRole('button', { name: 'Simpan penilaian' }).click();
        await page.getByRole('heading', { name: 'Hasil penilaian', level: 1 }).waitFor();
        const card = page.getByRole('article');
        expect(await card.getByText('Miskin', { exact: true }).isVisible()).toBe(true);
        await card.getByText('Memenuhi 10 dari 14 kriteria; batas Miskin: 9').waitFor();
        expect(await card.getByText('Kriteria terpenuhi').count()).toBe(10);
        expect(
          await page.evaluate(() =>
            Object.keys(localStorage).filter((k) => k.startsWith('selaras.assessment-draft')),
          ),
        ).toEqual([]);

        await page.getByRole('link', { name: 'Kembali ke profil keluarga' }).click();
        const section = page.getByRole('region', { name: 'Kesejahteraan' });
        await section.getByText('Memenuhi 10 dari 14 kriteria; batas Miskin: 9').waitFor();

        const stored = await rig.t.deps.db
          .selectFrom('assessment_result')
          .where('household_id', '=', householdId)
          .select(['class', 'kind', 'score'])
          .executeTakeFirstOrThrow();
        expect(stored).toEqual({ class: 'miskin', kind: 'field', score: 10 });
        await context.close();
      },
    );

    it.skipIf(Boolean(backend.skipReason))(
      'a planner simulates a draft and sees the per-desa table, with counts and no names',
      async () => {
        const { context, page } = await rig.newPhone();
        await logIn(page, planner, TEST_PASSWORD);
        await page.getByRole('heading', { name: 'Simulasi kebijakan', level: 1 }).waitFor();
        await page
          .getByRole('combobox', { name: /Set indikator calon/ })
          .selectOption({ label: 'BPS 14 (draf batas 11) · versi 2 (draf)' });
        await page.getByRole('button', { name: 'Jalankan simulasi' }).click();

        const table = page.getByRole('table', { name: 'Per desa/kelurahan' });
        await table.waitFor();
        const row = table.getByRole('row', { name: /Bonto Jai/ });
        const cells = await row.getByRole('cell').allTextContents();
        // Households, miskin (candidate and change), tidak miskin, moved up, moved down.
        expect(cells[0]).toMatch(/^\d+$/);
        expect(Number(cells.at(-2))).toBeGreaterThanOrEqual(1);
        expect(cells.at(-1)).toBe('0');
        await page.getByText('Nama keluarga tidak ditampilkan untuk peran Anda; hanya jumlahnya.').waitFor();
        expect(await page.getByText('Hasnah Daeng Bau').count()).toBe(0);
        await page.getByText(/Jumlah keluarga .* per desa/).waitFor();
        await context.close();
      },
    );

    it.skipIf(Boolean(backend.skipReason))(
      'an administrator sees an invalid set file refused row by row, then activates the draft and re-classifies',
      async () => {
        const { context, page } = await rig.newPhone();
        await logIn(page, admin, TEST_PASSWORD);
        await page.goto('/indikator');
        await page.getByRole('heading', { name: 'Set indikator', level: 1 }).waitFor();
        const broken = [
          'code: uji-impor',
          'scheme: lokal',
          'name: { id: Uji impor, en: Import test }',
          'clusters: [pesisir]',
          'scoring: weighted',
          'indicators:',
          '  - key: Perahu',
          '    question: { id: Punya perahu?, en: Owns a boat? }',
          '    answer: { type: boolean }',
          'classes:',
          '  - { class: miskin, minScore: 0 }',
          '  - { class: tidak_miskin, minScore: 5 }',
        ].join('\n');
        await page.getByLabel('Pilih berkas').setInputFiles({
          name: 'uji.yaml',
          mimeType: 'application/yaml',
          buffer: Buffer.from(broken),
        });
        const report = page.getByRole('alert').filter({ hasText: 'Berkas ditolak' });
        await report.waitFor();
        const rows = report.getByRole('row');
        expect(await rows.count()).toBeGreaterThan(1);
        expect(await report.getByRole('cell', { name: 'Indikator 1 indicators.0.key' }).count()).toBe(1);
        const stored = await rig.t.deps.db
          .selectFrom('indicator_set')
          .where('code', '=', 'uji-impor')
          .select('id')
          .execute();
        expect(stored).toEqual([]);

        await page.goto(`/indikator/${draftId}`);
        await page.getByRole('heading', { name: 'BPS 14 (draf batas 11)', level: 1 }).waitFor();
        await page.getByRole('button', { name: 'Aktifkan versi ini' }).click();
        await page.getByRole('button', { name: 'Ya, aktifkan' }).click();
        await page.getByText(/Versi ini sekarang aktif/).waitFor();
        await page.getByRole('button', { name: 'Nilai ulang semua keluarga' }).click();
        const counts = page.getByRole('status').filter({ hasText: 'dinilai ulang' });
        await counts.waitFor();
        expect(await counts.textContent()).toMatch(
          /2 keluarga dinilai ulang, 2 berubah kelas\. .*Tidak miskin: 2/,
        );
        await context.close();
      },
    );
  });
});
