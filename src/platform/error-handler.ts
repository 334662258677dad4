import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from './errors.ts';
import { localeFrom, statusTitle, translate } from './i18n/messages.ts';

interface ZodIssueLike {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

const CODE = /^[A-Z][A-Z0-9_]+$/;

/** Maps one schema-validation issue to a field error with a stable code. */
function fieldErrorOf(issue: ZodIssueLike, context: string | undefined): FieldError[] {
  const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field = base || (context === 'body' ? '' : (context ?? ''));
  const origin = issue.params.origin;
  // Schemas name their own code as the issue message (`{ error: 'INVALID_DATE' }`).
  if (CODE.test(issue.message)) return [{ field, code: issue.message }];
  switch (issue.keyword) {
    case 'invalid_type':
      return [
        { field, code: /received undefined|required/i.test(issue.message) ? 'REQUIRED' : 'INVALID_VALUE' },
      ];
    case 'too_small':
      return [{ field, code: origin === 'string' || origin === 'array' ? 'TOO_SHORT' : 'TOO_SMALL' }];
    case 'too_big':
      return [{ field, code: origin === 'string' || origin === 'array' ? 'TOO_LONG' : 'TOO_BIG' }];
    case 'invalid_format':
      return [{ field, code: 'INVALID_FORMAT' }];
    case 'unrecognized_keys': {
      const keys = Array.isArray(issue.params.keys) ? (issue.params.keys as string[]) : [];
      return keys.map((key) => ({ field: field ? `${field}.${key}` : key, code: 'UNKNOWN_FIELD' }));
    }
    case 'custom':
      return [{ field, code: 'INVALID_VALUE' }];
    default:
      return [{ field, code: 'INVALID_VALUE' }];
  }
}

function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fastifyError = error as FastifyError;
    const issues = (fastifyError.validation ?? []) as unknown as ZodIssueLike[];
    const errors = issues.flatMap((issue) => fieldErrorOf(issue, fastifyError.validationContext));
    return new AppError(422, 'VALIDATION_FAILED', {
      errors,
      ...(errors[0] ? { field: errors[0].field } : {}),
    });
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE');
  if (fastifyError.statusCode === 429) return new AppError(429, 'RATE_LIMITED');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError(fastifyError.statusCode, 'BAD_REQUEST');
  }
  return new AppError(500, 'INTERNAL');
}

/** Renders every error once, as RFC 9457 problem+json in the request's language; 5xx details hidden. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  const locale = localeFrom(request.headers['accept-language']);
  const params = { ...error.options.params, requestId: request.id };
  const body = {
    type: `https://selaras.id/problems/${error.code.toLowerCase().replaceAll('_', '-')}`,
    title: statusTitle(locale, error.status),
    status: error.status,
    detail: translate(locale, error.code, params),
    code: error.code,
    instance: request.url.split('?')[0],
    requestId: request.id,
    ...(error.options.field !== undefined ? { field: error.options.field } : {}),
    ...(error.options.errors
      ? {
          errors: error.options.errors.map((e) => ({
            field: e.field,
            code: e.code,
            detail: translate(locale, e.code, e.params),
          })),
        }
      : {}),
  };
  for (const [name, value] of Object.entries(error.options.headers ?? {})) reply.header(name, value);
  return reply.status(error.status).type('application/problem+json').send(body);
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const problem = toAppError(error);
    if (problem.status >= 500) {
      // The error object is logged without request data; messages of our own code never hold personal data.
      request.log.error({ err: error }, 'request failed');
    }
    return sendProblem(request, reply, problem);
  });
}
