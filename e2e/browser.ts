import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Backend } from '../test/backends.ts';
import { createTestApp, type TestContext } from '../test/harness.ts';

/** Debian's Chromium, found by scripts/test.mjs (never a browser downloaded by Playwright). */
export const chromiumPath = process.env.SELARAS_CHROMIUM || undefined;

// Flags the machine needs: root without a sandbox, and no background traffic to a closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserRig {
  t: TestContext;
  baseUrl: string;
  browser: Browser;
  /** A fresh context (own cookies) on a phone-sized screen. */
  newPhone(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** The real server (API and built web app) on a free port, and a headless Chromium to drive it. */
export async function startBrowserRig(backend: Backend): Promise<BrowserRig> {
  const t = await createTestApp(backend);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    t,
    baseUrl,
    browser,
    async newPhone() {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width: 390, height: 780 },
        isMobile: true,
        hasTouch: true,
        locale: 'id-ID',
      });
      return { context, page: await context.newPage() };
    },
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** Logs in through the form, as a user would. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel(/^Kata sandi/).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
}
