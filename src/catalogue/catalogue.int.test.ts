import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';

describe.each(testBackends())('services catalogue on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let admin: string;
    let fasilitator: string;
    let mitra: string;

    beforeAll(async () => {
      t = await createTestApp(backend);
      admin = (await signedIn(t, 'admin')).cookie;
      fasilitator = (await signedIn(t, 'fasilitator', { desa: ['7303021001'] })).cookie;
      mitra = (await signedIn(t, 'mitra', { organisation: 'baznas' })).cookie;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('ships the Bantaeng starting catalogue, readable by every signed-in role', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/services',
        headers: { cookie: mitra },
      });
      expect(response.statusCode).toBe(200);
      const items = response.json().items as { code: string; organisation: { code: string }; tier: number }[];
      const byCode = new Map(items.map((s) => [s.code, s]));
      for (const code of [
        'pbi_jkn',
        'ktp_el',
        'kartu_keluarga',
        'akta_kelahiran',
        'seragam_sekolah',
        'bantuan_baznas',
        'ambulans_gratis',
        'bedah_rumah',
        'pendampingan_ppa',
        'puspaga',
        'pelatihan_blk',
        'bantuan_dana_desa',
      ])
        expect(byCode.has(code), code).toBe(true);
      expect(byCode.get('akta_kelahiran')).toMatchObject({
        organisation: { code: 'dukcapil' },
        tier: 2,
        acceptDays: 3,
        completeDays: 7,
      });
      expect(byCode.get('bantuan_dana_desa')).toMatchObject({ tier: 1 });
      const filtered = await t.app.inject({
        method: 'GET',
        url: '/api/v1/services?category=adminduk',
        headers: { cookie: fasilitator },
      });
      expect(filtered.json().items.every((s: { category: string }) => s.category === 'adminduk')).toBe(true);
      const orgs = await t.app.inject({
        method: 'GET',
        url: '/api/v1/organisations',
        headers: { cookie: fasilitator },
      });
      expect(orgs.json().items.map((o: { code: string }) => o.code)).toContain('uptd_ppa');
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/services' })).statusCode).toBe(401);
    });

    it('lets only admin add and change services and organisations, with versions', async () => {
      const body = {
        code: 'kursi_roda',
        name: 'Bantuan kursi roda',
        category: 'disabilitas',
        organisationCode: 'baznas',
        tier: 2,
        acceptDays: 5,
        completeDays: 30,
        requiredDocuments: ['KTP'],
        eligibility: 'Penyandang disabilitas fisik',
        personFields: ['fullName', 'disability'],
      };
      const denied = await t.app.inject({
        method: 'POST',
        url: '/api/v1/services',
        headers: { cookie: fasilitator },
        payload: body,
      });
      expect(denied.statusCode).toBe(403);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/services',
        headers: { cookie: admin },
        payload: body,
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({
        code: 'kursi_roda',
        version: 1,
        active: true,
        organisation: { code: 'baznas' },
      });
      const duplicate = await t.app.inject({
        method: 'POST',
        url: '/api/v1/services',
        headers: { cookie: admin },
        payload: body,
      });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json().code).toBe('SERVICE_CODE_TAKEN');
      const id = created.json().id;
      const patched = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/services/${id}`,
        headers: { cookie: admin },
        payload: { version: 1, acceptDays: 2, active: false },
      });
      expect(patched.json()).toMatchObject({ acceptDays: 2, active: false, version: 2 });
      const stale = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/services/${id}`,
        headers: { cookie: admin },
        payload: { version: 1, acceptDays: 9 },
      });
      expect(stale.statusCode).toBe(409);
      const badOrg = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/services/${id}`,
        headers: { cookie: admin },
        payload: { version: 2, organisationCode: 'nope' },
      });
      expect(badOrg.json()).toMatchObject({ code: 'VALIDATION_FAILED', field: 'organisationCode' });
      const hidden = await t.app.inject({
        method: 'GET',
        url: '/api/v1/services',
        headers: { cookie: admin },
      });
      expect(hidden.json().items.map((s: { code: string }) => s.code)).not.toContain('kursi_roda');

      const org = await t.app.inject({
        method: 'POST',
        url: '/api/v1/organisations',
        headers: { cookie: admin },
        payload: { code: 'polres', name: 'Polres Bantaeng', kind: 'kepolisian' },
      });
      expect(org.statusCode).toBe(201);
      const renamed = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/organisations/polres',
        headers: { cookie: admin },
        payload: { name: 'Kepolisian Resor Bantaeng' },
      });
      expect(renamed.json()).toMatchObject({ code: 'polres', name: 'Kepolisian Resor Bantaeng' });
      const row = await t.deps.db
        .selectFrom('organisation')
        .where('code', '=', 'polres')
        .select('name')
        .executeTakeFirstOrThrow();
      expect(row.name).toBe('Kepolisian Resor Bantaeng');
    });
  });
});
