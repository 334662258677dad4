import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.repo.ts';
import { AppError } from '../platform/errors.ts';
import { contextOf } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './auth.plugin.ts';
import { clearFailures, lockedUntil, recordFailure, usernameKey } from './login-throttle.repo.ts';
import { verifyPassword } from './password.ts';
import { abilitiesOf } from './policy.ts';
import { createSession, deleteSession } from './session.repo.ts';
import { meSchema } from './user.schema.ts';
import { actorOf, presentUser } from './user.service.ts';

const loginBody = z.object({
  username: z.string().min(1).max(100).describe('Nama pengguna'),
  password: z.string().min(1).max(1024).describe('Kata sandi'),
});

function lockedError(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError(429, 'AUTH_LOCKED', {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Masuk: memeriksa nama pengguna dan kata sandi, lalu memasang cookie sesi',
        body: loginBody,
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      const now = deps.clock.now();
      const key = usernameKey(request.body.username);
      const locked = await lockedUntil(deps.db, key, now);
      if (locked) throw lockedError(locked, now);

      const user = await deps.db
        .selectFrom('app_user')
        .where((eb) => eb(eb.fn('lower', ['username']), '=', key))
        .selectAll()
        .executeTakeFirst();
      const valid = await verifyPassword(user?.password_hash, request.body.password);
      if (!user || !valid || user.disabled_at !== null) {
        const lockNow = await recordFailure(deps.db, key, now, deps.config.login);
        await recordAudit(deps.db, undefined, {
          action: 'auth.login_failed',
          objectType: 'user',
          ...(user ? { objectId: user.id } : {}),
          details: { requestId: request.id, locked: lockNow !== undefined },
        });
        if (lockNow) throw lockedError(lockNow, now);
        throw new AppError(401, 'AUTH_INVALID_CREDENTIALS');
      }

      await clearFailures(deps.db, key);
      // Rotation: whatever session the browser held before is ended, a fresh token is issued.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await deleteSession(deps.db, previous);
      const token = await createSession(deps.db, user.id, now, deps.config.session);
      setSessionCookie(reply, deps, token);
      const actor = actorOf(user);
      await recordAudit(
        deps.db,
        { actor, requestId: request.id },
        { action: 'auth.login', objectType: 'user', objectId: user.id },
      );
      return { user: presentUser(user), abilities: abilitiesOf(actor) };
    },
  );

  r.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Keluar: mengakhiri sesi di server' } },
    async (request, reply) => {
      const ctx = contextOf(request);
      const token = request.cookies[SESSION_COOKIE];
      if (token) await deleteSession(deps.db, token);
      clearSessionCookie(reply, deps);
      await recordAudit(deps.db, ctx, { action: 'auth.logout', objectType: 'user', objectId: ctx.actor.id });
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Pengguna yang sedang masuk dan kewenangannya',
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      const user = await deps.db
        .selectFrom('app_user')
        .where('id', '=', ctx.actor.id)
        .selectAll()
        .executeTakeFirstOrThrow();
      return { user: presentUser(user), abilities: abilitiesOf(ctx.actor) };
    },
  );
}
