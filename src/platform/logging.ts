import type { FastifyRequest } from 'fastify';

// Long digit runs are NIKs or KK numbers; they are never written to the log.
const ID_NUMBER = /\d{10,}/g;

/** A path safe to log: no query string (names and NIKs travel there), digit runs masked. */
export function safePath(url: string): string {
  return (url.split('?')[0] ?? '').replace(ID_NUMBER, '[redacted]');
}

/**
 * Request/response serializers for the structured JSON log: method, route pattern, status and
 * timing only. Bodies, query strings and headers (cookies) are never logged.
 */
export const logSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: request.routeOptions?.url ?? safePath(request.url),
      requestId: request.id,
    };
  },
  res(reply: { statusCode: number }) {
    return { statusCode: reply.statusCode };
  },
};
