import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import {
  createTestApp,
  createTestUser,
  login,
  signedIn,
  TEST_PASSWORD,
  type TestContext,
} from '../../test/harness.ts';

describe.each(testBackends())('auth on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('logs in with a HttpOnly SameSite cookie and answers /auth/me', async () => {
      const user = await createTestUser(t, 'petugas_upt');
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: user.username, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === 'selaras_session')!;
      expect(cookie.httpOnly).toBe(true);
      expect(cookie.sameSite).toBe('Strict');
      expect(Buffer.from(cookie.value, 'base64url').length).toBeGreaterThanOrEqual(16);
      const me = await t.app.inject({
        url: '/api/v1/auth/me',
        headers: { cookie: `selaras_session=${cookie.value}` },
      });
      expect(me.json()).toMatchObject({
        user: { username: user.username, role: 'petugas_upt' },
        abilities: { registryRead: true },
      });
    });

    it('stores only a hash of the session token', async () => {
      const { cookie } = await signedIn(t, 'manajer');
      const token = cookie.split('=')[1]!;
      const rows = await t.deps.db.selectFrom('user_session').select('token_hash').execute();
      expect(rows.some((r) => r.token_hash === token)).toBe(false);
      expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    });

    it('rotates the token at login and invalidates it on the server at logout', async () => {
      const user = await createTestUser(t, 'manajer');
      const first = await login(t, user.username);
      const second = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { cookie: first },
        payload: { username: user.username, password: TEST_PASSWORD },
      });
      const rotated = `selaras_session=${second.cookies.find((c) => c.name === 'selaras_session')!.value}`;
      expect(rotated).not.toBe(first);
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: first } })).statusCode).toBe(
        401,
      );
      expect(
        (await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: rotated } }))
          .statusCode,
      ).toBe(204);
      const after = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: rotated } });
      expect(after.statusCode).toBe(401);
      expect(after.headers['content-type']).toContain('application/problem+json');
      expect(after.json()).toMatchObject({ code: 'AUTH_REQUIRED', status: 401 });
    });

    it('ends sessions after the idle timeout and the absolute lifetime', async () => {
      const { cookie } = await signedIn(t, 'manajer');
      t.clock.advance((t.deps.config.session.idleMinutes - 1) * 60_000);
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
      t.clock.advance((t.deps.config.session.idleMinutes + 1) * 60_000);
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);

      const { cookie: busy } = await signedIn(t, 'manajer');
      for (let hour = 0; hour < t.deps.config.session.absoluteHours; hour++) {
        t.clock.advance(20 * 60_000);
        expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: busy } })).statusCode).toBe(
          200,
        );
        t.clock.advance(20 * 60_000);
        await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: busy } });
        t.clock.advance(20 * 60_000);
        await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: busy } });
      }
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: busy } })).statusCode).toBe(
        401,
      );
    });

    it('ends the sessions of a disabled user at once', async () => {
      const { cookie: admin } = await signedIn(t, 'admin');
      const { user, cookie } = await signedIn(t, 'pekerja_sosial');
      const disable = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        headers: { cookie: admin },
        payload: { disabled: true },
      });
      expect(disable.statusCode).toBe(200);
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
      const relogin = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: user.username, password: TEST_PASSWORD },
      });
      expect(relogin.statusCode).toBe(401);
    });

    it('locks a username after repeated failures with 429, the same for unknown usernames', async () => {
      const user = await createTestUser(t, 'manajer');
      const attempt = (username: string, password = 'salah-sekali-123') =>
        t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      for (const username of [user.username, 'tidak-ada-orangnya']) {
        const answers: number[] = [];
        for (let i = 0; i < t.deps.config.login.maxFailures + 1; i++)
          answers.push((await attempt(username)).statusCode);
        expect(answers.slice(0, t.deps.config.login.maxFailures - 1).every((s) => s === 401)).toBe(true);
        expect(answers.at(-1)).toBe(429);
        const locked = await attempt(username, TEST_PASSWORD);
        expect(locked.statusCode).toBe(429);
        expect(locked.json()).toMatchObject({ code: 'AUTH_LOCKED' });
        expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      }
      // The two answers are identical in shape: nothing tells whether the username exists.
      const known = (await attempt(user.username)).json();
      const unknown = (await attempt('tidak-ada-orangnya')).json();
      expect({ ...known, requestId: '', instance: '' }).toEqual({ ...unknown, requestId: '', instance: '' });
      t.clock.advance((t.deps.config.login.lockMinutes + 1) * 60_000);
      expect((await attempt(user.username, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('answers wrong credentials in Indonesian by default and in English on request', async () => {
      const id = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'x-nobody', password: 'whatever-123' },
      });
      expect(id.json()).toMatchObject({
        code: 'AUTH_INVALID_CREDENTIALS',
        detail: 'Nama pengguna atau kata sandi salah.',
      });
      const en = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'accept-language': 'en-US,en;q=0.9' },
        payload: { username: 'x-nobody2', password: 'whatever-123' },
      });
      expect(en.json().detail).toBe('Wrong username or password.');
    });

    it('refuses a cross-site state-changing request', async () => {
      const { cookie } = await signedIn(t, 'manajer');
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie, origin: 'https://evil.example', host: 'localhost:3000' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('CSRF_REJECTED');
      expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    });

    it('requires a session on every route except health, login and the docs', async () => {
      for (const url of [
        '/api/v1/people?q=siti',
        '/api/v1/households?kk=7303021001230001',
        '/api/v1/users',
        '/api/v1/wilayah/desa',
      ]) {
        expect((await t.app.inject({ url })).statusCode).toBe(401);
      }
      expect((await t.app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
      expect((await t.app.inject({ url: '/api/openapi.json' })).statusCode).toBe(200);
      expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
    });
  });
});
