import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../platform/http.ts';
import type { AppDeps } from '../server/deps.ts';
import { newUserSchema, userSchema, userUpdateSchema } from './user.schema.ts';
import { createUser, presentUser, updateUser } from './user.service.ts';

export function registerUserRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const userDeps = { db: deps.db, regencyCode: deps.config.regencyCode };

  r.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Daftar pengguna (admin)',
        response: { 200: z.object({ items: z.array(userSchema) }) },
      },
    },
    async (request) => {
      authorize(request, 'users.manage');
      const rows = await deps.db.selectFrom('app_user').selectAll().orderBy('username').execute();
      return { items: rows.map(presentUser) };
    },
  );

  r.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Membuat pengguna (admin)',
        body: newUserSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const ctx = authorize(request, 'users.manage');
      const user = await deps.db
        .transaction()
        .execute((db) => createUser({ ...userDeps, db }, ctx, request.body));
      return reply.status(201).send(presentUser(user));
    },
  );

  r.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Mengubah, menonaktifkan, atau mengganti kata sandi pengguna (admin)',
        params: z.object({ id: z.string().uuid() }),
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const ctx = authorize(request, 'users.manage');
      const user = await deps.db
        .transaction()
        .execute((db) => updateUser({ ...userDeps, db }, ctx, request.params.id, request.body));
      return presentUser(user);
    },
  );
}
