import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../platform/errors.ts';
import type { AppDeps } from '../server/deps.ts';
import { findSessionUser } from './session.repo.ts';
import { actorOf } from './user.service.ts';

export const SESSION_COOKIE = 'selaras_session';

export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.session.cookieSecure,
    maxAge: deps.config.session.absoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: AppDeps): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: deps.config.session.cookieSecure,
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence in depth, on top of SameSite=Strict cookies and JSON-only bodies: a state-changing
 * request that a browser marks as coming from another site is refused.
 */
function isCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/** Authenticates every /api request except routes marked `config: { public: true }`. */
export function registerAuthentication(app: FastifyInstance, deps: AppDeps): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (!SAFE_METHODS.has(request.method) && isCrossSite(request)) throw new AppError(403, 'CSRF_REJECTED');
    if (request.routeOptions.config?.public) return;
    const token = request.cookies[SESSION_COOKIE];
    const user = token
      ? await findSessionUser(deps.db, token, deps.clock.now(), deps.config.session)
      : undefined;
    if (!user) {
      if (token) clearSessionCookie(reply, deps);
      throw unauthenticated();
    }
    request.actor = actorOf(user);
  });
}
