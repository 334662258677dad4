import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../audit/audit.repo.ts';
import { can, type Permission } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import { forbidden, unauthenticated } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
  interface FastifyContextConfig {
    /** Routes reachable without a session (health, login, docs). Everything else needs one. */
    public?: boolean;
  }
}

/** The signed-in actor and request id, for use cases; 401 when there is no session. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.actor) throw unauthenticated();
  return { actor: request.actor, requestId: request.id };
}

/** Like contextOf, and 403 when the actor's role lacks the permission. */
export function authorize(request: FastifyRequest, permission: Permission): RequestContext {
  const ctx = contextOf(request);
  if (!can(ctx.actor, permission)) throw forbidden();
  return ctx;
}
