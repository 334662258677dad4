import { type Executor, type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/roles.ts';
import type { PersonUpdate } from '../db/schema.ts';
import { localDate } from '../platform/clock.ts';
import { AppError, notFound, validationFailed, versionConflict } from '../platform/errors.ts';
import type { RegistryDeps } from './household.service.ts';
import { personColumns } from './member.ts';
import { nameSearchKey, scoreNameMatch } from './name.rules.ts';
import { normalizeIdNumber } from './nik.rules.ts';
import { checkIdentity, diffFields } from './person.rules.ts';
import type { PersonUpdateInput } from './person.schema.ts';
import { personHistoryView, presentPerson, presentPersonSummary } from './registry.present.ts';
import {
  existingNiks,
  findHousehold,
  findPeopleByNik,
  findPerson,
  isUniqueViolation,
  membersOf,
  type PersonRecord,
  recordHistory,
  searchPeopleByName,
} from './registry.repo.ts';

export interface PeopleQuery {
  nik?: string | undefined;
  q?: string | undefined;
  birthYear?: number | undefined;
  desa?: string | undefined;
  limit: number;
}

/** Re-ranking keeps only names reasonably close to the query; the trigram filter is broader. */
const MIN_SCORE = 0.5;

/**
 * People whose name is close to `key` (a {@link nameSearchKey}), within the actor's scope, best
 * first, each with its score. Names holding every word typed are found fast; only when there is
 * none does the broader (slower) search look for names that lack a word of the query.
 */
export async function findPeopleByName(
  db: Executor,
  actor: Actor,
  search: { key: string; birthYear?: number | undefined; desa?: string | undefined; limit: number },
): Promise<(PersonRecord & { score: number })[]> {
  const rank = (candidates: (PersonRecord & { similarity: number })[]) =>
    candidates
      .map((p) => ({ ...p, score: scoreNameMatch(search.key, p.name_norm) }))
      .filter((p) => p.score >= MIN_SCORE)
      .sort(
        (a, b) => b.score - a.score || b.similarity - a.similarity || a.full_name.localeCompare(b.full_name),
      )
      .slice(0, search.limit)
      .map(({ similarity: _, ...p }) => p);
  const query = { ...search, candidates: 200 };
  const found = rank(await searchPeopleByName(db, actor, { ...query, match: 'every-word' }));
  if (found.length > 0 || !search.key.includes(' ')) return found;
  return rank(await searchPeopleByName(db, actor, { ...query, match: 'whole' }));
}

/** Finds people by exact NIK or by a spelling-tolerant name, always within the actor's scope. */
export async function searchPeople(deps: RegistryDeps, ctx: RequestContext, query: PeopleQuery) {
  const today = localDate(deps.clock);
  let found: (PersonRecord & { score?: number })[];
  let kind: 'nik' | 'name';
  if (query.nik !== undefined) {
    const nik = normalizeIdNumber(query.nik);
    if (!/^\d+$/.test(nik)) throw validationFailed([{ field: 'nik', code: 'NIK_INVALID_CHARACTERS' }]);
    if (nik.length !== 16) throw validationFailed([{ field: 'nik', code: 'NIK_INVALID_LENGTH' }]);
    kind = 'nik';
    found = await findPeopleByNik(deps.db, ctx.actor, nik);
  } else if (query.q !== undefined) {
    const key = nameSearchKey(query.q);
    if (key.replace(/\s/g, '').length < 3)
      throw validationFailed([{ field: 'q', code: 'SEARCH_QUERY_TOO_SHORT' }]);
    kind = 'name';
    found = await findPeopleByName(deps.db, ctx.actor, {
      key,
      birthYear: query.birthYear,
      desa: query.desa,
      limit: query.limit,
    });
  } else {
    throw validationFailed([{ field: 'q', code: 'SEARCH_QUERY_REQUIRED' }]);
  }
  await recordAudit(deps.db, ctx, {
    action: 'person.search',
    objectType: 'person',
    details: { kind, results: found.length, ids: found.map((p) => p.id) },
  });
  return found.map((p) => ({
    ...presentPersonSummary(p, today),
    ...(p.score !== undefined ? { score: Math.round(p.score * 1000) / 1000 } : {}),
  }));
}

/** Reads one person's record; the read is audited. Out of scope answers 404 like a missing id. */
export async function readPerson(deps: RegistryDeps, ctx: RequestContext, id: string) {
  const person = await findPerson(deps.db, ctx.actor, id);
  if (!person) throw notFound();
  await recordAudit(deps.db, ctx, { action: 'person.read', objectType: 'person', objectId: id });
  return presentPerson(person, localDate(deps.clock));
}

/**
 * Changes a person's data, or moves them to another household (with a reason), if the version the
 * user read is still current. Both households' histories record a move.
 */
export async function updatePerson(
  deps: RegistryDeps,
  ctx: RequestContext,
  id: string,
  input: PersonUpdateInput,
) {
  const today = localDate(deps.clock);
  const now = deps.clock.now();
  const { version, householdId: targetId, reason, ...fields } = input;
  try {
    const updatedId = await deps.db.transaction().execute(async (tx) => {
      const before = await findPerson(tx, ctx.actor, id);
      if (!before) throw notFound();
      if (before.version !== version) throw versionConflict(before.version);

      const moving = targetId !== undefined && targetId !== before.household_id;
      if (moving && !reason) throw validationFailed([{ field: 'reason', code: 'MOVE_REASON_REQUIRED' }]);
      if (moving && !(await findHousehold(tx, ctx.actor, targetId))) {
        throw validationFailed([{ field: 'householdId', code: 'HOUSEHOLD_TARGET_INVALID' }]);
      }

      // Identity is re-checked on the merged record: changing sex or birth date can create a mismatch.
      const identityChanged = ['nik', 'sex', 'birthDate', 'nikMismatchReason', 'pregnant'].some(
        (f) => f in fields,
      );
      const columns: PersonUpdate = personColumns(fields);
      if (identityChanged) {
        const identity = checkIdentity(
          {
            nik: 'nik' in fields ? fields.nik : before.nik,
            sex: fields.sex ?? before.sex,
            birthDate: fields.birthDate ?? before.birth_date,
            pregnant: fields.pregnant ?? before.pregnant,
            nikMismatchReason: fields.nikMismatchReason ?? before.nik_mismatch_reason,
          },
          deps.regions,
          today,
          '',
        );
        if (identity.errors.length > 0) throw validationFailed(identity.errors);
        if (
          identity.nik &&
          identity.nik !== before.nik &&
          (await existingNiks(tx, [identity.nik], id)).size > 0
        ) {
          throw new AppError(409, 'NIK_DUPLICATE', {
            field: 'nik',
            errors: [{ field: 'nik', code: 'NIK_DUPLICATE' }],
          });
        }
        columns.nik = identity.nik;
        columns.flags = identity.flags;
        if (identity.flags.every((f) => f === 'NIK_MISSING')) columns.nik_mismatch_reason = null;
        if (identity.nik) columns.no_nik_reason = null;
      }
      const newRelation = fields.relation ?? before.relation;
      const householdAfter = moving ? targetId : before.household_id;
      if (newRelation === 'kepala_keluarga' && (moving || before.relation !== 'kepala_keluarga')) {
        const members = await membersOf(tx, ctx.actor, [householdAfter]);
        if (members.some((m) => m.relation === 'kepala_keluarga' && m.id !== id)) {
          throw validationFailed([{ field: 'relation', code: 'HEAD_DUPLICATE' }]);
        }
      }
      if (moving) columns.household_id = targetId;

      const updated = await tx
        .updateTable('person')
        .set({ ...columns, version: version + 1, updated_at: now, updated_by: ctx.actor.id })
        .where('id', '=', id)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw versionConflict(version + 1);

      const changes = diffFields(personHistoryView(before), personHistoryView(updated));
      await recordHistory(
        tx,
        ctx.actor,
        now,
        moving
          ? [
              {
                objectType: 'person',
                objectId: id,
                householdId: before.household_id,
                action: 'move_out',
                changes,
                reason,
              },
              {
                objectType: 'person',
                objectId: id,
                householdId: targetId,
                action: 'move_in',
                changes,
                reason,
              },
            ]
          : [
              {
                objectType: 'person',
                objectId: id,
                householdId: before.household_id,
                action: 'update',
                changes,
                reason,
              },
            ],
      );
      await recordAudit(tx, ctx, {
        action: moving ? 'person.move' : 'person.update',
        objectType: 'person',
        objectId: id,
        ...(reason ? { reason } : {}),
        details: { fields: changes.map((c) => c.field) },
      });
      return id;
    });
    return readPerson(deps, ctx, updatedId);
  } catch (error) {
    if (isUniqueViolation(error, 'person_nik')) throw new AppError(409, 'NIK_DUPLICATE', { field: 'nik' });
    throw error;
  }
}
