import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { AppError } from '../platform/errors.ts';

/** The optional `Idempotency-Key` header of a write that a bad connection may make the client retry. */
export const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .describe('Kunci unik per permintaan; permintaan ulang dengan kunci sama tidak diterapkan dua kali'),
});

/** A valid `Idempotency-Key` header: 8–100 visible ASCII characters (a UUID is typical). */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || !/^[\x21-\x7e]{8,100}$/.test(value))
    throw new AppError(400, 'IDEMPOTENCY_KEY_INVALID', { field: 'Idempotency-Key' });
  return value;
}

export function requestHash(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Runs `work` in one transaction, at most once per (user, key). The key row is inserted first:
 * a concurrent request with the same key waits on it and, once the first commits, gets the stored
 * response. A failed request stores nothing, so retrying it is safe. The same key with a different
 * request is refused (422).
 */
export async function once<T>(
  db: Kysely<DB>,
  scope: { userId: string; key: string | undefined; hash: string; now: Date },
  work: (tx: Transaction<DB>) => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  return db.transaction().execute(async (tx) => {
    if (scope.key === undefined) return { value: await work(tx), replayed: false };
    const inserted = await tx
      .insertInto('idempotency_key')
      .values({
        user_id: scope.userId,
        key: scope.key,
        request_hash: scope.hash,
        status_code: 0,
        response: '{}',
        created_at: scope.now,
      })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!inserted) {
      const stored = await tx
        .selectFrom('idempotency_key')
        .where('user_id', '=', scope.userId)
        .where('key', '=', scope.key)
        .select(['request_hash', 'response'])
        .executeTakeFirstOrThrow();
      if (stored.request_hash !== scope.hash)
        throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', { field: 'Idempotency-Key' });
      return { value: stored.response as T, replayed: true };
    }
    const value = await work(tx);
    await tx
      .updateTable('idempotency_key')
      .set({ status_code: 200, response: JSON.stringify(value) })
      .where('user_id', '=', scope.userId)
      .where('key', '=', scope.key)
      .execute();
    return { value, replayed: false };
  });
}
