import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';

describe.each(testBackends())('user administration on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let admin: string;
    beforeAll(async () => {
      t = await createTestApp(backend);
      admin = (await signedIn(t, 'admin')).cookie;
    });
    afterAll(async () => {
      await t?.close();
    });
    const create = (payload: object, cookie = admin) =>
      t.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie }, payload });

    it('creates a facilitator scoped to desa, who can then log in', async () => {
      const response = await create({
        username: 'fas.lamalaka',
        password: 'Pohon-Kelapa-Tinggi-7',
        role: 'fasilitator',
        scope: { desa: ['7303021006'] },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        username: 'fas.lamalaka',
        role: 'fasilitator',
        scope: { kind: 'desa', desa: ['7303021006'] },
      });
      const stored = await t.deps.db
        .selectFrom('app_user')
        .where('username', '=', 'fas.lamalaka')
        .select('password_hash')
        .executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'fas.lamalaka', password: 'Pohon-Kelapa-Tinggi-7' },
      });
      expect(login.statusCode).toBe(200);
    });

    it('refuses short, too long and common passwords, and bad scopes, at the field', async () => {
      const cases: [object, string, string][] = [
        [{ username: 'u.short', password: 'abc123', role: 'manajer' }, 'password', 'PASSWORD_TOO_SHORT'],
        [{ username: 'u.long', password: 'x'.repeat(129), role: 'manajer' }, 'password', 'PASSWORD_TOO_LONG'],
        [
          { username: 'u.common', password: 'password123', role: 'manajer' },
          'password',
          'PASSWORD_TOO_COMMON',
        ],
        [
          { username: 'u.common2', password: 'bismillah', role: 'manajer' },
          'password',
          'PASSWORD_TOO_COMMON',
        ],
        [
          { username: 'u.desa', password: 'Pohon-Kelapa-Tinggi-7', role: 'fasilitator' },
          'scope.desa',
          'SCOPE_REQUIRED',
        ],
        [
          {
            username: 'u.desa2',
            password: 'Pohon-Kelapa-Tinggi-7',
            role: 'fasilitator',
            scope: { desa: ['7301011001'] },
          },
          'scope.desa',
          'SCOPE_INVALID_DESA',
        ],
        [
          {
            username: 'u.kec',
            password: 'Pohon-Kelapa-Tinggi-7',
            role: 'supervisor',
            scope: { kecamatan: '737101' },
          },
          'scope.kecamatan',
          'SCOPE_INVALID_KECAMATAN',
        ],
        [
          {
            username: 'u.org',
            password: 'Pohon-Kelapa-Tinggi-7',
            role: 'mitra',
            scope: { organisation: 'tidak-ada' },
          },
          'scope.organisation',
          'SCOPE_INVALID_ORGANISATION',
        ],
        [
          { username: 'X', password: 'Pohon-Kelapa-Tinggi-7', role: 'manajer' },
          'username',
          'USERNAME_INVALID',
        ],
      ];
      for (const [payload, field, code] of cases) {
        const response = await create(payload);
        expect(response.statusCode, code).toBe(422);
        expect(response.json().errors).toContainEqual(expect.objectContaining({ field, code }));
      }
      const sixtyFour = 'Kata-sandi-yang-panjang-sekali-untuk-pengujian-batas-64-karakter!';
      expect(
        (await create({ username: 'u.sixtyfour', password: sixtyFour.slice(0, 64), role: 'manajer' }))
          .statusCode,
      ).toBe(201);
    });

    it('refuses a taken username with 409 and non-admins with 403', async () => {
      await create({ username: 'u.dup', password: 'Pohon-Kelapa-Tinggi-7', role: 'manajer' });
      const again = await create({ username: 'U.Dup', password: 'Pohon-Kelapa-Tinggi-7', role: 'manajer' });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'USERNAME_TAKEN', field: 'username' });
      const { cookie } = await signedIn(t, 'manajer');
      expect(
        (await create({ username: 'u.x', password: 'Pohon-Kelapa-Tinggi-7', role: 'admin' }, cookie))
          .statusCode,
      ).toBe(403);
      expect((await t.app.inject({ url: '/api/v1/users', headers: { cookie } })).statusCode).toBe(403);
    });

    it('lets the admin set a desa cluster, which is then no longer provisional', async () => {
      const response = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/wilayah/desa/7303052015',
        headers: { cookie: admin },
        payload: { cluster: 'pesisir' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        code: '7303052015',
        cluster: 'pesisir',
        clusterProvisional: false,
      });
      const { cookie } = await signedIn(t, 'manajer');
      const refused = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/wilayah/desa/7303052015',
        headers: { cookie },
        payload: { cluster: 'pegunungan' },
      });
      expect(refused.statusCode).toBe(403);
    });
  });
});
