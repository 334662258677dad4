import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../auth/roles.ts';
import type { DB } from '../db/schema.ts';

export type Executor = Kysely<DB> | Transaction<DB>;

/** Who did something, and in which request: what every audited use case receives. */
export interface RequestContext {
  actor: Actor;
  requestId: string;
}

export interface AuditEntry {
  /** Dotted verb, e.g. `person.read`, `household.create`, `auth.login`. */
  action: string;
  objectType?: string;
  objectId?: string;
  reason?: string;
  /** Ids, counts and codes only: never a NIK, a name or a case note. */
  details?: Record<string, unknown>;
}

/** Appends to the audit log; the database refuses updates and deletes of these rows. */
export async function recordAudit(
  db: Executor,
  ctx: RequestContext | undefined,
  entry: AuditEntry,
): Promise<void> {
  await recordAuditMany(db, ctx, [entry]);
}

/** Appends several entries in one statement (e.g. one read entry per search result). */
export async function recordAuditMany(
  db: Executor,
  ctx: RequestContext | undefined,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        kabupaten_code: ctx?.actor.kabupatenCode ?? null,
        actor_id: ctx?.actor.id ?? null,
        actor_username: ctx?.actor.username ?? null,
        actor_role: ctx?.actor.role ?? null,
        action: entry.action,
        object_type: entry.objectType ?? null,
        object_id: entry.objectId ?? null,
        request_id: ctx?.requestId ?? null,
        reason: entry.reason ?? null,
        details: entry.details ? JSON.stringify(entry.details) : null,
      })),
    )
    .execute();
}
