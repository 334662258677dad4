import { sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';

/**
 * Failed logins per username (whether or not it exists, so a lock reveals nothing), kept in the
 * database so the count survives restarts and holds across server processes.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

export function usernameKey(username: string): string {
  return username.trim().toLowerCase();
}

/** Until when the username is locked, or undefined when it may try. */
export async function lockedUntil(db: Executor, key: string, now: Date): Promise<Date | undefined> {
  const row = await db
    .selectFrom('login_throttle')
    .where('username_key', '=', key)
    .select('locked_until')
    .executeTakeFirst();
  return row?.locked_until && new Date(row.locked_until) > now ? new Date(row.locked_until) : undefined;
}

/** Counts a failure; returns the lock deadline when this failure reached the limit. */
export async function recordFailure(
  db: Executor,
  key: string,
  now: Date,
  policy: ThrottlePolicy,
): Promise<Date | undefined> {
  const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
  // One statement, so concurrent failures cannot lose a count.
  const row = await sql<{ failures: number; locked_until: Date | null }>`
    insert into login_throttle (username_key, failures, first_failure_at, locked_until)
    values (${key}, 1, ${now}, case when 1 >= ${policy.maxFailures}::int then ${lockUntil}::timestamptz end)
    on conflict (username_key) do update set
      failures = case when login_throttle.first_failure_at < ${windowStart}::timestamptz
                      then 1 else login_throttle.failures + 1 end,
      first_failure_at = case when login_throttle.first_failure_at < ${windowStart}::timestamptz
                              then ${now}::timestamptz else login_throttle.first_failure_at end,
      locked_until = case when (case when login_throttle.first_failure_at < ${windowStart}::timestamptz
                                     then 1 else login_throttle.failures + 1 end) >= ${policy.maxFailures}::int
                          then ${lockUntil}::timestamptz else null end
    returning failures, locked_until`.execute(db);
  const lock = row.rows[0]?.locked_until;
  return lock ? new Date(lock) : undefined;
}

export async function clearFailures(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('username_key', '=', key).execute();
}
