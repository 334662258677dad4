import { sql } from 'kysely';
import type { Executor } from '../audit/audit.repo.ts';
import { desaColumnInScope } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';

/**
 * The next value of a yearly counter, atomically: one upsert increments the row under its own row
 * lock, so concurrent intakes of the same desa and channel never get the same number.
 */
export async function nextSequence(
  db: Executor,
  prefix: string,
  place: string,
  year: number,
): Promise<number> {
  const row = await db
    .insertInto('number_sequence')
    .values({ prefix, place, year, last_value: 1 })
    .onConflict((oc) =>
      oc
        .columns(['prefix', 'place', 'year'])
        .doUpdateSet({ last_value: sql`number_sequence.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}

/** Intakes in the actor's scope with their desa, person and referral count. */
export function intakesInScope(db: Executor, actor: Actor) {
  return db
    .selectFrom('intake')
    .innerJoin('desa', 'desa.code', 'intake.desa_code')
    .leftJoin('person', 'person.id', 'intake.person_id')
    .where('intake.kabupaten_code', '=', actor.kabupatenCode)
    .where(desaColumnInScope(actor, 'intake.desa_code'))
    .selectAll('intake')
    .select([
      'desa.name as desa_name',
      'person.full_name as person_name',
      'person.nik as person_nik',
      'person.sex as person_sex',
      'person.birth_date as person_birth_date',
      (eb) =>
        eb
          .selectFrom('referral')
          .whereRef('referral.intake_id', '=', 'intake.id')
          .select(sql<number>`count(*)::int`.as('n'))
          .as('referral_count'),
    ]);
}

export type IntakeRecord = NonNullable<
  Awaited<ReturnType<ReturnType<typeof intakesInScope>['executeTakeFirst']>>
>;

export function findIntake(db: Executor, actor: Actor, id: string) {
  return intakesInScope(db, actor).where('intake.id', '=', id).executeTakeFirst();
}

export function referralsOfIntake(db: Executor, intakeId: string) {
  return db
    .selectFrom('referral')
    .innerJoin('service', 'service.id', 'referral.service_id')
    .innerJoin('organisation', 'organisation.id', 'referral.organisation_id')
    .where('referral.intake_id', '=', intakeId)
    .select([
      'referral.id',
      'referral.number',
      'referral.status',
      'referral.tier',
      'service.name as service_name',
      'organisation.name as organisation_name',
    ])
    .orderBy('referral.created_at')
    .execute();
}
