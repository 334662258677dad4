import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAssessmentFeature } from '../assessment/assessment.routes.ts';
import { registerAuthentication } from '../auth/auth.plugin.ts';
import { registerAuthRoutes } from '../auth/auth.routes.ts';
import { registerUserRoutes } from '../auth/users.routes.ts';
import { registerCatalogueRoutes } from '../catalogue/catalogue.routes.ts';
import { registerIntakeRoutes } from '../intake/intake.routes.ts';
import { registerInboxRoutes } from '../notification/inbox.routes.ts';
import { registerErrorHandling, sendProblem } from '../platform/error-handler.ts';
import { AppError } from '../platform/errors.ts';
import { logSerializers } from '../platform/logging.ts';
import { registerWilayahRoutes } from '../reference/wilayah.routes.ts';
import { type Scheduler, startEscalationScheduler } from '../referral/escalation.ts';
import { registerReferralRoutes } from '../referral/referral.routes.ts';
import { registerHouseholdRoutes } from '../registry/household.routes.ts';
import { registerPersonRoutes } from '../registry/person.routes.ts';
import type { AppDeps } from './deps.ts';
import { registerHealthRoute } from './health.routes.ts';

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface AppOptions {
  /** Logger settings; false silences it (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app; defaults to web/dist. */
  webDist?: string;
  /** Run the referral escalation sweep every this many ms while the app is up (serve); off when unset. */
  escalationIntervalMs?: number;
}

/** Builds the HTTP application: JSON API under /api/v1, OpenAPI at /api/openapi.json, docs, web app. */
export async function buildApp(deps: AppDeps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === undefined
        ? { level: deps.config.logLevel, serializers: logSerializers }
        : options.logger === false
          ? false
          : { ...(typeof options.logger === 'object' ? options.logger : {}), serializers: logSerializers },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    trustProxy: process.env.SELARAS_TRUST_PROXY === 'true',
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/v1/')) reply.header('cache-control', 'no-store');
  });
  registerErrorHandling(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Selaras API',
        version: '1',
        description:
          'Sistem Layanan dan Rujukan Terpadu. Semua rute kecuali health, login dan dokumentasi memerlukan ' +
          'cookie sesi `selaras_session` (dari POST /api/v1/auth/login). Galat memakai RFC 9457 ' +
          'application/problem+json dengan `code` yang stabil.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'selaras_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The docs UI is public: its own routes are marked so by prefix.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), public: true };
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { docExpansion: 'list' },
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerAuthentication(app, deps);
  registerHealthRoute(app, deps);
  registerAuthRoutes(app, deps);
  registerUserRoutes(app, deps);
  registerWilayahRoutes(app, deps);
  registerPersonRoutes(app, deps);
  registerHouseholdRoutes(app, deps);
  // Front office and referrals (issue 4):
  //   GET/POST /api/v1/intakes, GET /api/v1/intakes/matches, GET /api/v1/intakes/{id},
  //   POST /api/v1/intakes/{id}/resolve; GET/POST /api/v1/organisations, PATCH /api/v1/organisations/{code},
  //   GET/POST /api/v1/services, GET/PATCH /api/v1/services/{id}; POST/GET /api/v1/referrals,
  //   GET /api/v1/referrals/{id}, POST /api/v1/referrals/{id}/transitions (Idempotency-Key),
  //   GET /api/v1/referrals/{id}/letter.pdf, GET /api/v1/referrals/{id}/verify,
  //   GET /api/v1/people/{id}/services, GET /api/v1/inbox, POST /api/v1/inbox/read.
  //   The letter's QR code opens the web page /rujukan/{id}/verifikasi.
  registerIntakeRoutes(app, deps);
  registerCatalogueRoutes(app, deps);
  registerReferralRoutes(app, deps);
  registerInboxRoutes(app, deps);
  if (options.escalationIntervalMs) {
    const intervalMs = options.escalationIntervalMs;
    let scheduler: Scheduler | undefined;
    app.addHook('onReady', async () => {
      scheduler = startEscalationScheduler(deps, {
        intervalMs,
        onError: (error) => app.log.error({ err: error }, 'escalation sweep failed'),
        onSweep: (result) => {
          if (result.escalated > 0) app.log.info({ escalated: result.escalated }, 'referrals escalated');
        },
      });
    });
    app.addHook('onClose', async () => {
      await scheduler?.stop();
    });
  }
  registerAssessmentFeature(app, deps);

  const webDist = options.webDist ?? WEB_DIST;
  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/'))
      return sendProblem(request, reply, new AppError(404, 'ROUTE_NOT_FOUND'));
    if (hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      // Client-side routes of the single-page app all answer with its index page.
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).type('text/plain').send('Not found');
  });
  return app;
}
