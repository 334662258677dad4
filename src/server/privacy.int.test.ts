import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { householdInput } from '../../test/factories.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import { buildApp } from './app.ts';

describe.each(testBackends())('privacy of logs and errors on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    const lines: string[] = [];
    beforeAll(async () => {
      t = await createTestApp(backend);
      // A second app on the same database with the real structured logger, captured.
      const stream = new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      });
      t.app = await buildApp(t.deps, { logger: { level: 'info', stream } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('never writes a NIK, KK or name into the application log', async () => {
      const { cookie } = await signedIn(t, 'petugas_upt');
      const input = householdInput('7303021003', { headName: 'Andi Tenri Ajeng' });
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        headers: { cookie },
        payload: input,
      });
      expect(created.statusCode).toBe(201);
      const nik = input.members[0]!.nik;
      await t.app.inject({ url: `/api/v1/people?nik=${nik}`, headers: { cookie } });
      await t.app.inject({
        url: `/api/v1/people?q=${encodeURIComponent('Andi Tenri Ajeng')}`,
        headers: { cookie },
      });
      await t.app.inject({ url: `/api/v1/households?kk=${input.kk}`, headers: { cookie } });
      await t.app.inject({ url: `/api/v1/nothing/${nik}`, headers: { cookie } });
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/v1/households',
        headers: { cookie },
        payload: { ...input, members: [{ ...input.members[0], nik: `${nik}9` }] },
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.body).not.toContain(nik);

      const log = lines.join('');
      expect(lines.length).toBeGreaterThan(5);
      for (const secret of [nik, input.kk, 'Andi Tenri Ajeng', 'Andi%20Tenri', 'Tenri'])
        expect(log).not.toContain(secret);
      const parsed = JSON.parse(lines[0]!);
      expect(parsed).toHaveProperty('level');
    });
  });
});
