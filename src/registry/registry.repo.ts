import { type SelectQueryBuilder, sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';
import { householdInScope } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import type { DB, NewPerson, PersonRow } from '../db/schema.ts';

/** A person row with the household fields every presentation needs. */
export type PersonRecord = PersonRow & { kk: string | null; desa_code: string; desa_name: string };

type PersonQuery = SelectQueryBuilder<DB, 'person' | 'household' | 'desa', PersonRecord>;

/** People joined to their household and desa, restricted to the actor's scope. */
export function peopleInScope(db: Executor, actor: Actor): PersonQuery {
  return db
    .selectFrom('person')
    .innerJoin('household', 'household.id', 'person.household_id')
    .innerJoin('desa', 'desa.code', 'household.desa_code')
    .where(householdInScope(actor))
    .selectAll('person')
    .select(['household.kk', 'household.desa_code', 'desa.name as desa_name']) as unknown as PersonQuery;
}

export function findPerson(db: Executor, actor: Actor, id: string): Promise<PersonRecord | undefined> {
  return peopleInScope(db, actor).where('person.id', '=', id).executeTakeFirst();
}

export function findPeopleByNik(db: Executor, actor: Actor, nik: string): Promise<PersonRecord[]> {
  return peopleInScope(db, actor).where('person.nik', '=', nik).execute();
}

export interface NameSearch {
  key: string;
  /**
   * `every-word`: each word of the key must be similar to a word of the name (cheap: the index
   * intersects one short list per word, so a common word such as "muhamad" costs little);
   * `whole`: the key as a whole is similar to part of the name (finds names missing a word of
   * the query, but rechecks every name sharing a common word).
   */
  match: 'every-word' | 'whole';
  birthYear?: number | undefined;
  desa?: string | undefined;
  candidates: number;
}

/**
 * Fuzzy name search: trigram word similarity on the normalised name (GIN index), filtered by
 * scope, desa and birth year, best candidates first. The caller re-ranks them.
 */
export async function searchPeopleByName(
  db: Executor,
  actor: Actor,
  search: NameSearch,
): Promise<(PersonRecord & { similarity: number })[]> {
  // `<%` compares with pg_trgm.word_similarity_threshold, set on every connection (db/connect.ts).
  const words = search.match === 'every-word' ? [...new Set(search.key.split(' '))] : [search.key];
  let query = peopleInScope(db, actor)
    .where((eb) => eb.and(words.map((word) => sql<boolean>`${word} <% person.name_norm`)))
    .select(sql<number>`word_similarity(${search.key}, person.name_norm)`.as('similarity'))
    .orderBy(sql`word_similarity(${search.key}, person.name_norm)`, 'desc')
    .orderBy(sql`similarity(${search.key}, person.name_norm)`, 'desc')
    .limit(search.candidates);
  if (search.desa) query = query.where('household.desa_code', '=', search.desa);
  if (search.birthYear) {
    query = query
      .where('person.birth_date', '>=', `${search.birthYear}-01-01`)
      .where('person.birth_date', '<', `${search.birthYear + 1}-01-01`);
  }
  return (await query.execute()) as (PersonRecord & { similarity: number })[];
}

export function householdsInScope(db: Executor, actor: Actor) {
  return db
    .selectFrom('household')
    .innerJoin('desa', 'desa.code', 'household.desa_code')
    .innerJoin('kecamatan', 'kecamatan.code', 'desa.kecamatan_code')
    .where(householdInScope(actor))
    .selectAll('household')
    .select([
      'desa.name as desa_name',
      'desa.kecamatan_code',
      'kecamatan.name as kecamatan_name',
      'desa.cluster',
    ]);
}

export type HouseholdRecord = NonNullable<
  Awaited<ReturnType<ReturnType<typeof householdsInScope>['executeTakeFirst']>>
>;

export function findHousehold(db: Executor, actor: Actor, id: string): Promise<HouseholdRecord | undefined> {
  return householdsInScope(db, actor).where('household.id', '=', id).executeTakeFirst();
}

export function membersOf(db: Executor, actor: Actor, householdIds: string[]): Promise<PersonRecord[]> {
  if (householdIds.length === 0) return Promise.resolve([]);
  return peopleInScope(db, actor)
    .where('person.household_id', 'in', householdIds)
    .orderBy(sql`case when person.relation = 'kepala_keluarga' then 0 else 1 end`)
    .orderBy('person.birth_date')
    .execute();
}

/** Head of household name and member count for a list of households, in one query. */
export async function householdHeads(db: Executor, householdIds: string[]) {
  if (householdIds.length === 0) return new Map<string, { headName: string | null; memberCount: number }>();
  const rows = await db
    .selectFrom('person')
    .where('household_id', 'in', householdIds)
    .groupBy('household_id')
    .select([
      'household_id',
      sql<string | null>`max(case when relation = 'kepala_keluarga' then full_name end)`.as('head_name'),
      sql<number>`count(*)::int`.as('member_count'),
    ])
    .execute();
  return new Map(rows.map((r) => [r.household_id, { headName: r.head_name, memberCount: r.member_count }]));
}

/** Which of these NIKs are already registered (to anyone, in any scope: NIKs are unique). */
export async function existingNiks(
  db: Executor,
  niks: string[],
  exceptPersonId?: string,
): Promise<Set<string>> {
  if (niks.length === 0) return new Set();
  let query = db.selectFrom('person').where('nik', 'in', niks).select('nik');
  if (exceptPersonId) query = query.where('id', '!=', exceptPersonId);
  return new Set((await query.execute()).map((r) => r.nik!));
}

export async function kkExists(db: Executor, kk: string, exceptHouseholdId?: string): Promise<boolean> {
  let query = db.selectFrom('household').where('kk', '=', kk).select('id');
  if (exceptHouseholdId) query = query.where('id', '!=', exceptHouseholdId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertPeople(db: Executor, people: NewPerson[]): Promise<PersonRow[]> {
  if (people.length === 0) return [];
  return db.insertInto('person').values(people).returningAll().execute();
}

export interface HistoryEntry {
  objectType: 'household' | 'person';
  objectId: string;
  householdId: string | null;
  action: string;
  changes: { field: string; old: unknown; new: unknown }[];
  reason?: string | null | undefined;
}

export async function recordHistory(
  db: Executor,
  actor: Actor,
  at: Date,
  entries: HistoryEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('record_history')
    .values(
      entries.map((e) => ({
        at,
        kabupaten_code: actor.kabupatenCode,
        object_type: e.objectType,
        object_id: e.objectId,
        household_id: e.householdId,
        actor_id: actor.id,
        action: e.action,
        changes: JSON.stringify(e.changes),
        reason: e.reason ?? null,
      })),
    )
    .execute();
}

export function historyOfHousehold(db: Executor, householdId: string) {
  return db
    .selectFrom('record_history')
    .leftJoin('app_user', 'app_user.id', 'record_history.actor_id')
    .leftJoin('person', (join) =>
      join
        .onRef('person.id', '=', 'record_history.object_id')
        .on('record_history.object_type', '=', 'person'),
    )
    .where('record_history.household_id', '=', householdId)
    .select([
      'record_history.id',
      'record_history.at',
      'record_history.action',
      'record_history.object_type',
      'record_history.object_id',
      'record_history.changes',
      'record_history.reason',
      'app_user.username',
      'person.full_name as subject',
    ])
    .orderBy('record_history.at', 'desc')
    .orderBy('record_history.id', 'desc')
    .limit(500)
    .execute();
}

/** True for a unique-constraint violation (a concurrent insert won the race). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  if (e?.code !== '23505') return false;
  return !constraint || e.constraint === constraint || (e.message ?? '').includes(constraint);
}
