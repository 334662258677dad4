import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEscalationSweep } from '../src/referral/escalation.ts';
import { testBackends } from '../test/backends.ts';
import { householdInput } from '../test/factories.ts';
import { createTestUser, login, TEST_PASSWORD } from '../test/harness.ts';
import { type BrowserRig, chromiumPath, logIn, startBrowserRig } from './browser.ts';

const BONTO_JAI = '7303012008';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The intake form, as a facilitator fills it in on a phone. */
const intakeForm = (page: Page) => ({
  async pickRegisteredPerson(nik: string, name: string) {
    await page.getByRole('searchbox', { name: /Cari di registri/ }).fill(nik);
    const matches = page.getByRole('region', { name: 'Kemungkinan orang yang dimaksud' });
    await matches.getByText('NIK sama').waitFor();
    await matches.getByRole('button', { name: `Pilih ${name}` }).click();
    await page.getByRole('button', { name: 'Ganti orang' }).waitFor();
  },
  async describe(category: string, description: string) {
    await page.getByRole('radio', { name: 'Permohonan' }).check();
    await page.getByRole('combobox', { name: /Kategori/ }).selectOption({ label: category });
    await page.getByRole('textbox', { name: /Uraian masalah/ }).fill(description);
  },
  async chooseService(number: number, serviceId: string) {
    await page.getByRole('combobox', { name: new RegExp(`Layanan ${number}`) }).selectOption(serviceId);
  },
});

/** The referral detail: choose an action, fill it in, confirm, wait for the confirmation. */
async function act(page: Page, action: string, fill?: () => Promise<void>) {
  await page
    .getByRole('region', { name: 'Tindakan' })
    .getByRole('button', { name: action, exact: true })
    .click();
  if (fill) await fill();
  await page.getByRole('button', { name: `Konfirmasi: ${action}` }).click();
  await page.getByText(`Tersimpan: ${action}.`).waitFor();
}

describe.skipIf(!chromiumPath)('referral journey', () => {
  describe.each(testBackends())('on $name', (backend) => {
    let rig: BrowserRig;
    let facilitator: string;
    let dukcapil: string;
    let upt: string;
    let child: { nik: string; name: string };
    const services: Record<string, string> = {};

    beforeAll(async () => {
      if (backend.skipReason) return;
      rig = await startBrowserRig(backend);
      facilitator = (await createTestUser(rig.t, 'fasilitator', { desa: [BONTO_JAI] })).username;
      dukcapil = (await createTestUser(rig.t, 'mitra', { organisation: 'dukcapil' })).username;
      upt = (await createTestUser(rig.t, 'petugas_upt')).username;
      const payload = householdInput(BONTO_JAI, { headName: 'Baso Daeng Sikki' });
      const response = await rig.t.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        headers: { cookie: await login(rig.t, facilitator) },
        payload,
      });
      if (response.statusCode !== 201) throw new Error(`seed failed: ${response.body}`);
      const member = payload.members[2]!;
      child = { nik: member.nik, name: member.name };
      const rows = await rig.t.deps.db
        .selectFrom('service')
        .where('code', 'in', ['akta_kelahiran', 'bantuan_dana_desa'])
        .select(['id', 'code'])
        .execute();
      for (const row of rows) services[row.code] = row.id;
    });

    afterAll(async () => {
      await rig?.close();
    });

    it.skipIf(Boolean(backend.skipReason))(
      'intake → Dukcapil accepts and completes → feedback in the inbox; a missed deadline escalates to tier 2',
      async () => {
        const fac = await rig.newPhone();
        const mitra = await rig.newPhone();
        let intakeNumber = '';

        // When the facilitator records an intake for a registered child and refers it to two services
        await logIn(fac.page, facilitator, TEST_PASSWORD);
        await fac.page.getByRole('link', { name: 'Catat pengaduan' }).click();
        const form = intakeForm(fac.page);
        await form.pickRegisteredPerson(child.nik, child.name);
        await form.describe(
          'Dokumen kependudukan',
          'Anak belum punya akta kelahiran; keluarga butuh bantuan.',
        );
        await form.chooseService(1, services.akta_kelahiran!);
        await fac.page.getByLabel('Keterangan layanan').getByText('Diterima dalam 3 hari').waitFor();
        await fac.page.getByRole('button', { name: 'Tambah layanan lain' }).click();
        await form.chooseService(2, services.bantuan_dana_desa!);
        await fac.page.getByRole('button', { name: 'Simpan pengaduan' }).click();

        // Then the intake number is shown and both referrals are sent
        await fac.page.getByRole('heading', { name: 'Pengaduan tercatat' }).waitFor();
        intakeNumber = (await fac.page.locator('.intake-number').textContent()) ?? '';
        expect(intakeNumber).toMatch(/^PKS-7303012008-\d{4}-\d{6}$/);
        const sent = fac.page.getByRole('region', { name: 'Rujukan yang dikirim' });
        await sent.getByRole('link', { name: /Bantuan dari dana desa/ }).waitFor();
        await sent.getByRole('link', { name: 'Penerbitan akta kelahiran' }).waitFor();

        // When the Dukcapil partner opens the new referral from the inbox
        await logIn(mitra.page, dukcapil, TEST_PASSWORD);
        await mitra.page.getByRole('link', { name: 'Rujukan', exact: true }).click();
        // (the board holds only Dukcapil's referral, not the village-fund one)
        await mitra.page.getByRole('heading', { name: '1 rujukan' }).waitFor();
        expect(await mitra.page.getByText(/Bantuan dari dana desa/).count()).toBe(0);
        await mitra.page.getByRole('link', { name: /Kotak masuk/ }).click();
        const fresh = mitra.page.getByRole('region', { name: /Rujukan baru/ });
        await fresh.getByRole('link', { name: 'Penerbitan akta kelahiran' }).click();
        await mitra.page.getByRole('heading', { name: 'Penerbitan akta kelahiran', level: 1 }).waitFor();
        // Then the partner sees the letter and only referrals addressed to Dukcapil
        expect(
          await mitra.page.getByRole('link', { name: 'Surat rujukan (PDF)' }).getAttribute('href'),
        ).toMatch(/\/letter\.pdf$/);

        // When the partner accepts and completes it with an outcome
        await act(mitra.page, 'Terima', () =>
          mitra.page.getByRole('textbox', { name: /Catatan/ }).fill('Berkas diterima di loket'),
        );
        await act(mitra.page, 'Selesaikan', async () => {
          await mitra.page.getByRole('radio', { name: 'Terlayani', exact: true }).check();
          await mitra.page.getByRole('textbox', { name: /Catatan/ }).fill('Akta sudah terbit');
          await mitra.page.getByRole('button', { name: 'Tambah dokumen' }).click();
          await mitra.page.getByRole('textbox', { name: 'Nama dokumen 1' }).fill('Akta kelahiran');
          await mitra.page
            .getByRole('textbox', { name: 'Nomor atau keterangan 1' })
            .fill('7303-LT-2026-0012');
        });
        const partnerTimeline = mitra.page.getByRole('region', { name: 'Riwayat rujukan' });
        await partnerTimeline.getByText('Catatan: Akta sudah terbit').waitFor();
        await partnerTimeline.getByText('Akta kelahiran (7303-LT-2026-0012)').waitFor();

        // Then the facilitator sees the feedback (rujukan balik) in the inbox
        await fac.page.getByRole('link', { name: /Kotak masuk/ }).click();
        // (the menu counts the unread outcome)
        await fac.page.getByRole('link', { name: /Kotak masuk.*perlu perhatian/ }).waitFor();
        const feedback = fac.page.getByRole('region', { name: /Rujukan balik/ });
        const card = feedback.getByRole('listitem').filter({ hasText: 'Penerbitan akta kelahiran' });
        await card.getByText('Selesai').waitFor();
        await card.getByRole('link').click();
        await fac.page.getByText('Hasil (rujukan balik)').waitFor();
        expect(await fac.page.getByText('Terlayani', { exact: true }).first().isVisible()).toBe(true);

        // When the village-fund referral passes its acceptance deadline and the sweep runs
        rig.t.clock.advance(6 * DAY_MS);
        const sweep = await runEscalationSweep(rig.t.deps);
        expect(sweep.escalated).toBe(1);

        // Then it is escalated to tier 2 and the escalation shows in its timeline
        // (six days later the session has expired: the facilitator logs in again)
        await logIn(fac.page, facilitator, TEST_PASSWORD);
        await fac.page.goto('/rujukan?status=escalated');
        await fac.page.getByRole('heading', { name: '1 rujukan' }).waitFor();
        await fac.page.getByRole('link', { name: /Bantuan dari dana desa/ }).click();
        const timeline = fac.page.getByRole('region', { name: 'Riwayat rujukan' });
        await timeline.getByText('Naik dari Tingkat 1 (desa) ke Tingkat 2 (kabupaten)').waitFor();
        await timeline.getByText('Sebab: Tidak diterima tepat waktu').waitFor();
        await timeline.getByText(/Sistem \(otomatis\)/).waitFor();
        expect(await fac.page.locator('.badges').first().textContent()).toContain('Tingkat 2 (kabupaten)');

        // And the regency service unit (tier 2) finds it in its inbox as escalated to it
        const unit = await rig.newPhone();
        await logIn(unit.page, upt, TEST_PASSWORD);
        await unit.page.goto('/kotak-masuk');
        const escalated = unit.page.getByRole('region', { name: /Dieskalasi ke saya/ });
        await escalated.getByRole('link', { name: /Bantuan dari dana desa/ }).waitFor();
        await unit.context.close();

        await fac.context.close();
        await mitra.context.close();
      },
    );
  });
});
