import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNik } from '../src/registry/nik.rules.ts';
import { testBackends } from '../test/backends.ts';
import { householdInput } from '../test/factories.ts';
import { createTestUser, login, TEST_PASSWORD } from '../test/harness.ts';
import { type BrowserRig, chromiumPath, logIn, startBrowserRig } from './browser.ts';

const BONTO_JAI = '7303012008';
const ONTO = '7303021008';

describe.skipIf(!chromiumPath)('browser journeys', () => {
  describe.each(testBackends())('on $name', (backend) => {
    let rig: BrowserRig;
    let facilitator: string;

    beforeAll(async () => {
      if (backend.skipReason) return;
      rig = await startBrowserRig(backend);
      const user = await createTestUser(rig.t, 'fasilitator', { desa: [BONTO_JAI] });
      facilitator = user.username;
      // The same name registered in the user's desa and in another one: only the first may show.
      const other = await createTestUser(rig.t, 'fasilitator', { desa: [ONTO] });
      for (const [username, desa] of [
        [user.username, BONTO_JAI],
        [other.username, ONTO],
      ] as const) {
        const cookie = await login(rig.t, username);
        const response = await rig.t.app.inject({
          method: 'POST',
          url: '/api/v1/households',
          headers: { cookie },
          payload: householdInput(desa, { headName: 'Sitti Nurhayati' }),
        });
        if (response.statusCode !== 201) throw new Error(`seed failed: ${response.body}`);
      }
    });

    afterAll(async () => {
      await rig?.close();
    });

    it.skipIf(Boolean(backend.skipReason))('logs in, refuses a wrong password, and logs out', async () => {
      const { context, page } = await rig.newPhone();
      await page.goto('/');
      await page.waitForURL('**/masuk**');

      await page.getByLabel('Nama pengguna').fill(facilitator);
      await page.getByLabel(/^Kata sandi/).fill('bukan-kata-sandinya');
      await page.getByRole('button', { name: 'Masuk' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/salah/i);
      expect(new URL(page.url()).pathname).toBe('/masuk');

      await page.getByLabel(/^Kata sandi/).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await page.getByRole('heading', { name: 'Cari data', level: 1 }).waitFor();
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === 'selaras_session')).toMatchObject({
        httpOnly: true,
        sameSite: 'Strict',
      });

      await page.getByRole('button', { name: 'Keluar', exact: true }).click();
      await page.waitForURL('**/masuk**');
      await page.goto('/cari');
      await page.waitForURL('**/masuk**');
      await context.close();
    });

    it.skipIf(Boolean(backend.skipReason))(
      'finds a person by a spelling variant, within scope only, and opens the household',
      async () => {
        const { context, page } = await rig.newPhone();
        await logIn(page, facilitator, TEST_PASSWORD);
        await page.getByRole('link', { name: 'Cari' }).first().click();
        await page.getByLabel(/NIK atau nama/).fill('Siti Nurhaiati');
        await page.getByRole('button', { name: 'Cari', exact: true }).click();

        const results = page.getByRole('link', { name: /Sitti Nurhayati/ });
        await results.first().waitFor();
        expect(await results.count()).toBe(1);
        const card = page.getByRole('listitem').filter({ has: results.first() });
        expect(await card.textContent()).toContain('Bonto Jai');
        expect(await card.textContent()).not.toContain('Onto');

        await results.first().click();
        await page.getByRole('heading', { name: 'Sitti Nurhayati', level: 1 }).waitFor();
        expect(await page.getByText('Sitti Rahmah').first().isVisible()).toBe(true);
        await context.close();
      },
    );

    it.skipIf(Boolean(backend.skipReason))(
      'registers a household: an invalid NIK is shown at its field, then the corrected one is saved',
      async () => {
        const { context, page } = await rig.newPhone();
        await logIn(page, facilitator, TEST_PASSWORD);
        await page.goto('/keluarga/baru');

        await page.getByRole('textbox', { name: /Nomor KK/ }).fill('7303012005190003');
        const head = page.getByRole('group', { name: /Anggota 1: kepala keluarga/ });
        const nik = head.getByRole('textbox', { name: /^NIK/ });
        await nik.fill('9903015203850001');
        await head.getByRole('textbox', { name: /Nama lengkap/ }).fill('Hasnah Daeng Ngai');
        await head.getByRole('radio', { name: 'Perempuan' }).check();
        await head.getByLabel(/Tanggal lahir/).fill('1985-03-12');
        await page.getByRole('button', { name: 'Simpan keluarga' }).click();

        const message = 'Enam digit pertama NIK bukan kode kecamatan yang dikenal.';
        await head.getByText(message).waitFor();
        expect(await nik.getAttribute('aria-invalid')).toBe('true');
        const describedBy = (await nik.getAttribute('aria-describedby'))?.split(' ') ?? [];
        const descriptions = await Promise.all(
          describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()),
        );
        expect(descriptions).toContain(message);
        expect(await nik.evaluate((el) => el === document.activeElement)).toBe(true);

        const valid = formatNik({ regionCode: '730301', sex: 'P', birthDate: '1985-03-12', serial: 4321 });
        await nik.fill(valid);
        await page.getByRole('button', { name: 'Simpan keluarga' }).click();
        await page.getByText('Keluarga berhasil didaftarkan.').waitFor();
        await page.getByRole('heading', { name: 'Hasnah Daeng Ngai', level: 1 }).waitFor();
        expect(new URL(page.url()).pathname).toMatch(/^\/keluarga\/[0-9a-f-]{36}$/);

        const stored = await rig.t.deps.db
          .selectFrom('person')
          .where('nik', '=', valid)
          .select(['full_name', 'household_id'])
          .executeTakeFirstOrThrow();
        expect(stored.full_name).toBe('Hasnah Daeng Ngai');
        await context.close();
      },
    );
  });
});
