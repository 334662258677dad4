import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../audit/audit.repo.ts';
import type { UserRow } from '../db/schema.ts';

/** A new random session token: 256 bits, URL-safe. Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export async function createSession(db: Executor, userId: string, now: Date, policy: SessionPolicy) {
  const token = newSessionToken();
  await db
    .insertInto('user_session')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + policy.absoluteHours * 3_600_000),
    })
    .execute();
  return token;
}

/**
 * The user of a live session, or undefined. A session dies when idle too long, past its absolute
 * lifetime, or when its user is disabled. Touching it moves the idle deadline.
 */
export async function findSessionUser(
  db: Executor,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<UserRow | undefined> {
  const tokenHash = hashToken(token);
  const idleLimit = new Date(now.getTime() - policy.idleMinutes * 60_000);
  const row = await db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .where('user_session.token_hash', '=', tokenHash)
    .where('user_session.expires_at', '>', now)
    .where('user_session.last_seen_at', '>', idleLimit)
    .where('app_user.disabled_at', 'is', null)
    .selectAll('app_user')
    .select('user_session.last_seen_at as session_last_seen')
    .executeTakeFirst();
  if (!row) return undefined;
  // Write the idle clock at most once a minute: most requests then do no write.
  if (now.getTime() - new Date(row.session_last_seen).getTime() > 60_000) {
    await db
      .updateTable('user_session')
      .set({ last_seen_at: now })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  const { session_last_seen: _, ...user } = row;
  return user;
}

export async function deleteSession(db: Executor, token: string): Promise<void> {
  await db.deleteFrom('user_session').where('token_hash', '=', hashToken(token)).execute();
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('user_session').where('user_id', '=', userId).execute();
}

/** Removes expired sessions (called now and then; expired ones are refused anyway). */
export async function purgeExpiredSessions(db: Executor, now: Date, policy: SessionPolicy): Promise<void> {
  const idleLimit = new Date(now.getTime() - policy.idleMinutes * 60_000);
  await db
    .deleteFrom('user_session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleLimit)]))
    .execute();
}
