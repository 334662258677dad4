import { type Executor, type RequestContext, recordAudit, recordAuditMany } from '../audit/audit.repo.ts';
import { desaInScope } from '../auth/policy.ts';
import type { Clock } from '../platform/clock.ts';
import { localDate } from '../platform/clock.ts';
import {
  AppError,
  type FieldError,
  notFound,
  validationFailed,
  versionConflict,
} from '../platform/errors.ts';
import type { RegionIndex } from '../reference/region-index.ts';
import type { HouseholdUpdateInput, NewHouseholdInput } from './household.schema.ts';
import { prepareMembers } from './member.ts';
import { normalizeIdNumber, parseKk } from './nik.rules.ts';
import { checkHeads, diffFields } from './person.rules.ts';
import type { MemberInput } from './person.schema.ts';
import { householdHistoryView, personHistoryView } from './registry.present.ts';
import {
  existingNiks,
  findHousehold,
  insertPeople,
  isUniqueViolation,
  kkExists,
  membersOf,
  recordHistory,
} from './registry.repo.ts';

export interface RegistryDeps {
  db: Executor;
  clock: Clock;
  regions: RegionIndex;
}

/** Checks a desa code against the regency and the actor's scope. */
function checkDesa(ctx: RequestContext, regions: RegionIndex, desa: string, field = 'desa'): FieldError[] {
  if (!regions.desa.has(desa)) return [{ field, code: 'DESA_UNKNOWN' }];
  if (!desaInScope(ctx.actor, desa)) return [{ field, code: 'DESA_OUT_OF_SCOPE' }];
  return [];
}

/** Parses an optional KK number; returns the digits, or null when none was given. */
function checkKk(raw: string | null | undefined, regions: RegionIndex, errors: FieldError[]): string | null {
  if (!raw?.trim()) return null;
  const parsed = parseKk(raw, regions);
  if (parsed.ok) return parsed.value.kk;
  errors.push({ field: 'kk', code: parsed.code });
  return normalizeIdNumber(raw);
}

/** 409 when every problem is a clash with what is stored, 422 otherwise. */
function refuse(errors: FieldError[]): never {
  const onlyDuplicates = errors.every((e) => e.code.endsWith('_DUPLICATE'));
  if (onlyDuplicates) {
    throw new AppError(409, errors[0]!.code, { field: errors[0]!.field, errors });
  }
  throw validationFailed(errors);
}

/** Registers a household with its members, in one transaction, with history and audit entries. */
export async function registerHousehold(deps: RegistryDeps, ctx: RequestContext, input: NewHouseholdInput) {
  const today = localDate(deps.clock);
  const errors: FieldError[] = [...checkDesa(ctx, deps.regions, input.desa)];
  const kk = checkKk(input.kk, deps.regions, errors);
  errors.push(...checkHeads(input.members.map((m) => m.relation)));
  const { rows, errors: memberErrors } = prepareMembers(input.members, deps.regions, today);
  errors.push(...memberErrors);
  if (errors.length > 0) refuse(errors);

  const now = deps.clock.now();
  const actor = ctx.actor;
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const clashes: FieldError[] = [];
      if (kk && (await kkExists(tx, kk))) clashes.push({ field: 'kk', code: 'KK_DUPLICATE' });
      const taken = await existingNiks(
        tx,
        rows.flatMap((r) => (r.nik ? [r.nik] : [])),
      );
      rows.forEach((r, i) => {
        if (r.nik && taken.has(r.nik)) clashes.push({ field: `members.${i}.nik`, code: 'NIK_DUPLICATE' });
      });
      if (clashes.length > 0) refuse(clashes);

      const household = await tx
        .insertInto('household')
        .values({
          kabupaten_code: actor.kabupatenCode,
          kk,
          desa_code: input.desa,
          dusun: input.address?.dusun || null,
          rt: input.address?.rt || null,
          rw: input.address?.rw || null,
          address: input.address?.text || null,
          latitude: input.address?.latitude ?? null,
          longitude: input.address?.longitude ?? null,
          flags: kk ? [] : ['KK_MISSING'],
          created_at: now,
          created_by: actor.id,
          updated_at: now,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const people = await insertPeople(
        tx,
        rows.map((r) => ({
          ...r,
          kabupaten_code: actor.kabupatenCode,
          household_id: household.id,
          created_at: now,
          created_by: actor.id,
          updated_at: now,
          updated_by: actor.id,
        })),
      );
      await recordHistory(tx, actor, now, [
        {
          objectType: 'household',
          objectId: household.id,
          householdId: household.id,
          action: 'create',
          changes: diffFields({}, householdHistoryView(household)),
        },
        ...people.map((p) => ({
          objectType: 'person' as const,
          objectId: p.id,
          householdId: household.id,
          action: 'create',
          changes: diffFields({}, personHistoryView(p)),
        })),
      ]);
      await recordAuditMany(tx, ctx, [
        {
          action: 'household.create',
          objectType: 'household',
          objectId: household.id,
          details: { members: people.length },
        },
        ...people.map((p) => ({ action: 'person.create', objectType: 'person', objectId: p.id })),
      ]);
      return household.id;
    });
  } catch (error) {
    // A concurrent registration of the same NIK or KK won the race between check and insert.
    if (isUniqueViolation(error, 'person_nik'))
      throw new AppError(409, 'NIK_DUPLICATE', { field: 'members' });
    if (isUniqueViolation(error, 'household_kk')) throw new AppError(409, 'KK_DUPLICATE', { field: 'kk' });
    throw error;
  }
}

/** Adds one person to an existing household (a newborn, a spouse moving in). */
export async function addMember(
  deps: RegistryDeps,
  ctx: RequestContext,
  householdId: string,
  input: MemberInput,
) {
  const today = localDate(deps.clock);
  const household = await findHousehold(deps.db, ctx.actor, householdId);
  if (!household) throw notFound();
  const { rows, errors } = prepareMembers([input], deps.regions, today, '');
  if (errors.length > 0) refuse(errors);
  const row = rows[0]!;
  const now = deps.clock.now();
  try {
    return await deps.db.transaction().execute(async (tx) => {
      if (row.nik && (await existingNiks(tx, [row.nik])).size > 0)
        refuse([{ field: 'nik', code: 'NIK_DUPLICATE' }]);
      if (row.relation === 'kepala_keluarga') {
        const members = await membersOf(tx, ctx.actor, [householdId]);
        if (members.some((m) => m.relation === 'kepala_keluarga')) {
          throw validationFailed([{ field: 'relation', code: 'HEAD_DUPLICATE' }]);
        }
      }
      const [person] = await insertPeople(tx, [
        {
          ...row,
          kabupaten_code: ctx.actor.kabupatenCode,
          household_id: householdId,
          created_at: now,
          created_by: ctx.actor.id,
          updated_at: now,
          updated_by: ctx.actor.id,
        },
      ]);
      await recordHistory(tx, ctx.actor, now, [
        {
          objectType: 'person',
          objectId: person!.id,
          householdId,
          action: 'add_member',
          changes: diffFields({}, personHistoryView(person!)),
        },
      ]);
      await recordAudit(tx, ctx, { action: 'person.create', objectType: 'person', objectId: person!.id });
      return person!.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'person_nik')) throw new AppError(409, 'NIK_DUPLICATE', { field: 'nik' });
    throw error;
  }
}

/** Changes a household's KK, desa or address, if the version the user read is still current. */
export async function updateHousehold(
  deps: RegistryDeps,
  ctx: RequestContext,
  householdId: string,
  input: HouseholdUpdateInput,
) {
  const errors: FieldError[] = [];
  if (input.desa !== undefined) errors.push(...checkDesa(ctx, deps.regions, input.desa));
  const kk = input.kk === undefined ? undefined : checkKk(input.kk, deps.regions, errors);
  if (errors.length > 0) refuse(errors);
  const now = deps.clock.now();
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const before = await findHousehold(tx, ctx.actor, householdId);
      if (!before) throw notFound();
      if (before.version !== input.version) throw versionConflict(before.version);
      if (kk && (await kkExists(tx, kk, householdId))) refuse([{ field: 'kk', code: 'KK_DUPLICATE' }]);
      const changes = {
        ...(kk !== undefined
          ? {
              kk,
              flags: kk
                ? before.flags.filter((f) => f !== 'KK_MISSING')
                : [...new Set([...before.flags, 'KK_MISSING'])],
            }
          : {}),
        ...(input.desa !== undefined ? { desa_code: input.desa } : {}),
        ...(input.address
          ? {
              ...(input.address.dusun !== undefined ? { dusun: input.address.dusun || null } : {}),
              ...(input.address.rt !== undefined ? { rt: input.address.rt || null } : {}),
              ...(input.address.rw !== undefined ? { rw: input.address.rw || null } : {}),
              ...(input.address.text !== undefined ? { address: input.address.text || null } : {}),
              ...(input.address.latitude !== undefined ? { latitude: input.address.latitude } : {}),
              ...(input.address.longitude !== undefined ? { longitude: input.address.longitude } : {}),
            }
          : {}),
      };
      const updated = await tx
        .updateTable('household')
        .set({ ...changes, version: before.version + 1, updated_at: now, updated_by: ctx.actor.id })
        .where('id', '=', householdId)
        .where('version', '=', input.version)
        .returningAll()
        .executeTakeFirst();
      if (!updated) throw versionConflict(before.version + 1);
      await recordHistory(tx, ctx.actor, now, [
        {
          objectType: 'household',
          objectId: householdId,
          householdId,
          action: 'update',
          changes: diffFields(householdHistoryView(before), householdHistoryView(updated)),
          reason: input.reason,
        },
      ]);
      await recordAudit(tx, ctx, {
        action: 'household.update',
        objectType: 'household',
        objectId: householdId,
      });
      return householdId;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'household_kk')) throw new AppError(409, 'KK_DUPLICATE', { field: 'kk' });
    throw error;
  }
}
