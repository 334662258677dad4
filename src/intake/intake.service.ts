import { type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import { desaInScope } from '../auth/policy.ts';
import { localDate } from '../platform/clock.ts';
import { AppError, notFound, validationFailed, versionConflict } from '../platform/errors.ts';
import { once, requestHash } from '../referral/idempotency.ts';
import type { Channel, ReferralStatus } from '../referral/vocabulary.ts';
import { CHANNEL_PREFIX } from '../referral/vocabulary.ts';
import { nameSearchKey } from '../registry/name.rules.ts';
import { normalizeIdNumber } from '../registry/nik.rules.ts';
import { findPeopleByName } from '../registry/person.service.ts';
import { findPeopleByNik, findPerson } from '../registry/registry.repo.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  findIntake,
  type IntakeRecord,
  intakesInScope,
  nextSequence,
  referralsOfIntake,
} from './intake.repo.ts';
import { formatIntakeNumber, intakePersonProblem } from './intake.rules.ts';
import type {
  IntakeCreateInput,
  IntakeResolveInput,
  IntakeView,
  UnregisteredPerson,
} from './intake.schema.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

function validNik(raw: string, field: string): string {
  const nik = normalizeIdNumber(raw);
  if (!/^\d+$/.test(nik)) throw validationFailed([{ field, code: 'NIK_INVALID_CHARACTERS' }]);
  if (nik.length !== 16) throw validationFailed([{ field, code: 'NIK_INVALID_LENGTH' }]);
  return nik;
}

/** Summary fields of an intake (the description, a case note, only in the full view). */
export function presentIntakeSummary(i: IntakeRecord) {
  const unregistered = (i.unregistered ?? null) as UnregisteredPerson | null;
  return {
    id: i.id,
    number: i.number,
    channel: i.channel as IntakeView['channel'],
    kind: i.kind as IntakeView['kind'],
    category: i.category as IntakeView['category'],
    urgency: i.urgency as IntakeView['urgency'],
    status: i.status,
    desaCode: i.desa_code,
    desaName: i.desa_name,
    person: i.person_id
      ? {
          registered: true,
          personId: i.person_id,
          householdId: i.household_id,
          name: i.person_name ?? '',
          nik: i.person_nik ?? null,
          sex: i.person_sex ?? null,
          birthYear: i.person_birth_date ? Number(String(i.person_birth_date).slice(0, 4)) : null,
        }
      : {
          registered: false,
          personId: null,
          householdId: null,
          name: unregistered?.name ?? '',
          nik: unregistered?.nik ?? null,
          sex: unregistered?.sex ?? null,
          birthYear: unregistered?.birthYear ?? null,
        },
    referralCount: i.referral_count ?? 0,
    createdAt: new Date(i.created_at).toISOString(),
    version: i.version,
  };
}

/**
 * Records an intake at any door (Puskesos, UPT, 119, outreach) with a readable number. The person
 * is a registry record in the actor's scope, or minimal data when not registered; a NIK that is
 * already registered is refused so no duplicate is created (the UI offers the match instead).
 */
export async function createIntake(
  deps: Deps,
  ctx: RequestContext,
  input: IntakeCreateInput,
  idempotencyKey?: string,
): Promise<IntakeView> {
  const problem = intakePersonProblem(input);
  if (problem) throw validationFailed([problem]);
  if (!desaInScope(ctx.actor, input.desa) || !(await desaExists(deps, input.desa)))
    throw validationFailed([{ field: 'desa', code: 'INTAKE_DESA_OUT_OF_SCOPE' }]);

  let householdId: string | null = null;
  let unregistered: UnregisteredPerson | null = null;
  if (input.personId) {
    const person = await findPerson(deps.db, ctx.actor, input.personId);
    if (!person) throw validationFailed([{ field: 'personId', code: 'PERSON_NOT_FOUND' }]);
    householdId = person.household_id;
  } else if (input.unregistered) {
    unregistered = { ...input.unregistered };
    if (unregistered.nik !== undefined && unregistered.nik.trim() !== '') {
      unregistered.nik = validNik(unregistered.nik, 'unregistered.nik');
      const registered = await deps.db
        .selectFrom('person')
        .where('nik', '=', unregistered.nik)
        .select('id')
        .executeTakeFirst();
      if (registered)
        throw new AppError(409, 'PERSON_ALREADY_REGISTERED', {
          field: 'unregistered.nik',
          errors: [{ field: 'unregistered.nik', code: 'PERSON_ALREADY_REGISTERED' }],
        });
    } else {
      delete unregistered.nik;
    }
  }

  const now = deps.clock.now();
  const year = Number(localDate(deps.clock).slice(0, 4));
  // With an Idempotency-Key, a form re-sent over a bad connection records the intake once.
  const { value: id } = await once(
    deps.db,
    { userId: ctx.actor.id, key: idempotencyKey, hash: requestHash(['intake', input]), now },
    async (tx) => {
      const channel = input.channel as Channel;
      const sequence = await nextSequence(tx, CHANNEL_PREFIX[channel], input.desa, year);
      const row = await tx
        .insertInto('intake')
        .values({
          kabupaten_code: ctx.actor.kabupatenCode,
          number: formatIntakeNumber(channel, input.desa, year, sequence),
          channel: input.channel,
          kind: input.kind,
          category: input.category,
          urgency: input.urgency,
          desa_code: input.desa,
          description: input.description,
          person_id: input.personId ?? null,
          household_id: householdId,
          unregistered: unregistered ? JSON.stringify(unregistered) : null,
          created_by: ctx.actor.id,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Ids and codes only: the description is a case note and never reaches a log.
      await recordAudit(tx, ctx, {
        action: 'intake.create',
        objectType: 'intake',
        objectId: row.id,
        details: { channel: input.channel, category: input.category, registered: Boolean(input.personId) },
      });
      return row.id;
    },
  );
  return readIntake(deps, ctx, id, { audit: false });
}

async function desaExists(deps: Deps, code: string): Promise<boolean> {
  const row = await deps.db.selectFrom('desa').where('code', '=', code).select('code').executeTakeFirst();
  return row !== undefined;
}

/** One intake with its description and referrals; out of scope answers 404 like missing. */
export async function readIntake(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  options: { audit: boolean } = { audit: true },
): Promise<IntakeView> {
  const intake = await findIntake(deps.db, ctx.actor, id);
  if (!intake) throw notFound();
  const referrals = await referralsOfIntake(deps.db, id);
  if (options.audit)
    await recordAudit(deps.db, ctx, { action: 'intake.read', objectType: 'intake', objectId: id });
  return {
    ...presentIntakeSummary(intake),
    description: intake.description,
    resolution: intake.resolution,
    resolvedAt: intake.resolved_at ? new Date(intake.resolved_at).toISOString() : null,
    createdBy: intake.created_by,
    referrals: referrals.map((r) => ({
      id: r.id,
      number: r.number,
      serviceName: r.service_name,
      organisationName: r.organisation_name,
      status: r.status as ReferralStatus,
      tier: r.tier,
    })),
  };
}

export async function listIntakes(
  deps: Deps,
  ctx: RequestContext,
  query: {
    status?: string | undefined;
    desa?: string | undefined;
    category?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  let q = intakesInScope(deps.db, ctx.actor);
  if (query.status) q = q.where('intake.status', '=', query.status as 'open');
  if (query.desa) q = q.where('intake.desa_code', '=', query.desa);
  if (query.category) q = q.where('intake.category', '=', query.category);
  const [rows, count] = await Promise.all([
    q
      .orderBy('intake.created_at', 'desc')
      .orderBy('intake.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(presentIntakeSummary),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** Tier 1: the intake is solved in the village without a referral. */
export async function resolveIntake(deps: Deps, ctx: RequestContext, id: string, input: IntakeResolveInput) {
  await deps.db.transaction().execute(async (tx) => {
    const intake = await findIntake(tx, ctx.actor, id);
    if (!intake) throw notFound();
    if (intake.version !== input.version) throw versionConflict(intake.version);
    if (intake.status !== 'open') throw new AppError(409, 'INTAKE_NOT_OPEN');
    const updated = await tx
      .updateTable('intake')
      .set({
        status: 'resolved',
        resolution: input.resolution,
        resolved_at: deps.clock.now(),
        resolved_by: ctx.actor.id,
        version: intake.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw versionConflict(intake.version);
    await recordAudit(tx, ctx, { action: 'intake.resolve', objectType: 'intake', objectId: id });
  });
  return readIntake(deps, ctx, id, { audit: false });
}

/** Likely registry matches (by NIK, or by a spelling-tolerant name) within the actor's scope. */
export async function matchPeople(
  deps: Deps,
  ctx: RequestContext,
  query: {
    nik?: string | undefined;
    name?: string | undefined;
    birthYear?: number | undefined;
    desa?: string | undefined;
  },
) {
  const results: {
    personId: string;
    householdId: string;
    name: string;
    nik: string | null;
    sex: 'L' | 'P';
    birthDate: string;
    desaCode: string;
    desaName: string;
    score: number;
    reason: 'nik' | 'name';
  }[] = [];
  const seen = new Set<string>();
  if (query.nik && query.nik.trim() !== '') {
    const nik = validNik(query.nik, 'nik');
    for (const p of await findPeopleByNik(deps.db, ctx.actor, nik)) {
      seen.add(p.id);
      results.push({ ...matchOf(p), score: 1, reason: 'nik' });
    }
  }
  if (query.name) {
    const key = nameSearchKey(query.name);
    if (key.replace(/\s/g, '').length >= 3) {
      const similar = await findPeopleByName(deps.db, ctx.actor, {
        key,
        birthYear: query.birthYear,
        desa: query.desa,
        limit: 10 + seen.size,
      });
      for (const p of similar.filter((c) => !seen.has(c.id)).slice(0, 10))
        results.push({ ...matchOf(p), score: Math.round(p.score * 1000) / 1000, reason: 'name' });
    }
  }
  if (!query.nik && !query.name) throw validationFailed([{ field: 'name', code: 'SEARCH_QUERY_REQUIRED' }]);
  await recordAudit(deps.db, ctx, {
    action: 'intake.match',
    objectType: 'person',
    details: { results: results.length, ids: results.map((r) => r.personId) },
  });
  return results;
}

function matchOf(p: {
  id: string;
  household_id: string;
  full_name: string;
  nik: string | null;
  sex: 'L' | 'P';
  birth_date: string;
  desa_code: string;
  desa_name: string;
}) {
  return {
    personId: p.id,
    householdId: p.household_id,
    name: p.full_name,
    nik: p.nik,
    sex: p.sex,
    birthDate: String(p.birth_date).slice(0, 10),
    desaCode: p.desa_code,
    desaName: p.desa_name,
  };
}
