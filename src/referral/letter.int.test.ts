import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, type TestContext } from '../../test/harness.ts';
import { type Actors, actors, captureNotifications, sentReferral } from './referral.testkit.ts';

async function pdfText(
  data: Buffer,
): Promise<{ text: string; pages: number; width: number; height: number }> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false })
    .promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  }
  const first = await doc.getPage(1);
  const [, , width, height] = first.view as [number, number, number, number];
  return { text, pages: doc.numPages, width, height };
}

describe.each(testBackends())('referral letter on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let who: Actors;

    beforeAll(async () => {
      t = await createTestApp(backend);
      captureNotifications(t);
      who = await actors(t);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('is an A4 PDF with the number, service, deadline, QR target and only the provider’s fields', async () => {
      const { referral, person } = await sentReferral(t, who);
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/referrals/${referral.id}/letter.pdf`,
        headers: { cookie: who.mitraDukcapil },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const { text, pages, width, height } = await pdfText(response.rawPayload);
      expect(pages).toBe(1);
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      expect(text).toContain(referral.number);
      expect(text).toContain('Penerbitan akta kelahiran');
      expect(text).toContain('Batas waktu diterima');
      expect(text).toContain(person.nik);
      // The URL wraps across lines on paper.
      expect(text.replace(/\s/g, '')).toContain(`/rujukan/${referral.id}/verifikasi`);
      expect(text).not.toContain('catatan kasus');
      if (process.env.SELARAS_LETTER_OUT)
        (await import('node:fs')).writeFileSync(process.env.SELARAS_LETTER_OUT, response.rawPayload);
    });
  });
});
