import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';

describe.each(testBackends())('service basics on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('reports health with the database kind, version and migrations', async () => {
      const response = await t.app.inject({ url: '/api/v1/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'ok',
        database: { kind: backend.name, version: expect.stringMatching(/^\d+/) },
        migrations: { pending: 0, applied: expect.any(Number) },
      });
    });

    it('serves an OpenAPI 3.1 document describing the registry routes', async () => {
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
      expect(doc.openapi).toBe('3.1.0');
      for (const path of [
        '/api/v1/people',
        '/api/v1/households',
        '/api/v1/households/{id}',
        '/api/v1/auth/login',
        '/api/v1/users',
      ]) {
        expect(Object.keys(doc.paths)).toContain(path);
      }
    });

    it('answers unknown API routes and unsupported bodies with problem+json', async () => {
      expect((await t.app.inject({ url: '/api/v1/does-not-exist' })).statusCode).toBe(401);
      const { cookie } = await signedIn(t, 'manajer');
      const missing = await t.app.inject({ url: '/api/v1/does-not-exist', headers: { cookie } });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('ROUTE_NOT_FOUND');
      expect(missing.headers['content-type']).toContain('application/problem+json');
      const form = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'username=a&password=b',
      });
      expect(form.statusCode).toBe(415);
      expect(form.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('loads every kecamatan of Indonesia and the 67 desa of Bantaeng with a provisional cluster', async () => {
      const kecamatan = await t.deps.db
        .selectFrom('kecamatan')
        .select(t.deps.db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(kecamatan.n).toBe(7285 + 594);
      const desa = await t.deps.db.selectFrom('desa').select(['cluster', 'cluster_provisional']).execute();
      expect(desa).toHaveLength(67);
      expect(desa.filter((d) => d.cluster === 'pesisir')).toHaveLength(15);
      expect(desa.every((d) => d.cluster_provisional)).toBe(true);
    });
  });
});
