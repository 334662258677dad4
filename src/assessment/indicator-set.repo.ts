import { sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';
import type { IndicatorSetTable } from '../db/schema.ts';
import { type IndicatorSetDefinition, indicatorSetDefinitionSchema } from './indicator-set.schema.ts';
import type { SetStatus } from './vocabulary.ts';

/** A stored set version with its document parsed, and the usernames of who created and activated it. */
export interface SetRecord {
  id: string;
  kabupatenCode: string;
  code: string;
  scheme: string;
  version: number;
  status: SetStatus;
  revision: number;
  definition: IndicatorSetDefinition;
  clusters: string[];
  builtIn: boolean;
  createdAt: Date;
  createdBy: string | null;
  updatedAt: Date;
  activatedAt: Date | null;
  activatedBy: string | null;
  retiredAt: Date | null;
}

function setsQuery(db: Executor, kabupatenCode: string) {
  return db
    .selectFrom('indicator_set')
    .leftJoin('app_user as creator', 'creator.id', 'indicator_set.created_by')
    .leftJoin('app_user as activator', 'activator.id', 'indicator_set.activated_by')
    .where('indicator_set.kabupaten_code', '=', kabupatenCode)
    .selectAll('indicator_set')
    .select(['creator.username as creator_username', 'activator.username as activator_username']);
}

type SetRow = Awaited<ReturnType<ReturnType<typeof setsQuery>['execute']>>[number];

/**
 * The stored document, parsed again so its keys come back in the schema's order (jsonb reorders
 * them) and exports read like the file that was imported. It was validated when written.
 */
function storedDefinition(value: unknown): IndicatorSetDefinition {
  const parsed = indicatorSetDefinitionSchema.safeParse(value);
  return parsed.success ? parsed.data : (value as IndicatorSetDefinition);
}

function toRecord(row: SetRow): SetRecord {
  return {
    id: row.id,
    kabupatenCode: row.kabupaten_code,
    code: row.code,
    scheme: row.scheme,
    version: row.version,
    status: row.status,
    revision: row.revision,
    definition: storedDefinition(row.definition),
    clusters: row.clusters,
    builtIn: row.built_in,
    createdAt: row.created_at,
    createdBy: row.creator_username,
    updatedAt: row.updated_at,
    activatedAt: row.activated_at,
    activatedBy: row.activator_username,
    retiredAt: row.retired_at,
  };
}

export interface SetFilter {
  status?: SetStatus | undefined;
  cluster?: string | undefined;
  code?: string | undefined;
  scheme?: string | undefined;
}

export async function listSets(
  db: Executor,
  kabupatenCode: string,
  filter: SetFilter = {},
): Promise<SetRecord[]> {
  let query = setsQuery(db, kabupatenCode);
  if (filter.status) query = query.where('indicator_set.status', '=', filter.status);
  if (filter.code) query = query.where('indicator_set.code', '=', filter.code);
  if (filter.scheme) query = query.where('indicator_set.scheme', '=', filter.scheme);
  if (filter.cluster) query = query.where(sql<boolean>`${filter.cluster} = any(indicator_set.clusters)`);
  const rows = await query
    .orderBy('indicator_set.scheme')
    .orderBy('indicator_set.code')
    .orderBy('indicator_set.version', 'desc')
    .execute();
  return rows.map(toRecord);
}

export async function findSet(
  db: Executor,
  kabupatenCode: string,
  id: string,
): Promise<SetRecord | undefined> {
  const row = await setsQuery(db, kabupatenCode).where('indicator_set.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** Sets by id (any status), for presenting stored results with the version that produced them. */
export async function setsByIds(
  db: Executor,
  kabupatenCode: string,
  ids: string[],
): Promise<Map<string, SetRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await setsQuery(db, kabupatenCode).where('indicator_set.id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, toRecord(row)]));
}

export async function nextVersion(db: Executor, kabupatenCode: string, code: string): Promise<number> {
  const row = await db
    .selectFrom('indicator_set')
    .where('kabupaten_code', '=', kabupatenCode)
    .where('code', '=', code)
    .select(sql<number>`coalesce(max(version), 0)::int`.as('max'))
    .executeTakeFirstOrThrow();
  return row.max + 1;
}

export interface NewSet {
  kabupatenCode: string;
  definition: IndicatorSetDefinition;
  version: number;
  status: SetStatus;
  builtIn?: boolean;
  actorId: string | null;
  now: Date;
}

export async function insertSet(db: Executor, set: NewSet): Promise<string> {
  const active = set.status === 'active';
  const row = await db
    .insertInto('indicator_set')
    .values({
      kabupaten_code: set.kabupatenCode,
      code: set.definition.code,
      scheme: set.definition.scheme,
      version: set.version,
      status: set.status,
      definition: JSON.stringify(set.definition),
      clusters: set.definition.clusters,
      built_in: set.builtIn ?? false,
      created_at: set.now,
      created_by: set.actorId,
      updated_at: set.now,
      updated_by: set.actorId,
      activated_at: active ? set.now : null,
      activated_by: active ? set.actorId : null,
    } satisfies Partial<Record<keyof IndicatorSetTable, unknown>>)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Replaces a draft's document when its revision still matches; returns whether it did. */
export async function updateDraft(
  db: Executor,
  id: string,
  revision: number,
  definition: IndicatorSetDefinition,
  actorId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('indicator_set')
    .set({
      definition: JSON.stringify(definition),
      clusters: definition.clusters,
      revision: sql`revision + 1`,
      updated_at: now,
      updated_by: actorId,
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('revision', '=', revision)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Active sets of a scheme whose clusters overlap these (the ones an activation retires). */
export async function activeOverlapping(
  db: Executor,
  kabupatenCode: string,
  scheme: string,
  clusters: string[],
): Promise<{ id: string; code: string; version: number }[]> {
  return db
    .selectFrom('indicator_set')
    .where('kabupaten_code', '=', kabupatenCode)
    .where('status', '=', 'active')
    .where('scheme', '=', scheme)
    .where(sql<boolean>`clusters && ${clusters}::text[]`)
    .select(['id', 'code', 'version'])
    .execute();
}
