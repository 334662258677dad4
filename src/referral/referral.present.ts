import type { Executor } from '../audit/audit.repo.ts';
import type { Actor } from '../auth/roles.ts';
import type { UnregisteredPerson } from '../intake/intake.schema.ts';
import { seesCaseDetails } from './referral.policy.ts';
import type { eventsOf, ReferralRecord } from './referral.repo.ts';
import { isOverdue } from './referral.rules.ts';
import type { ReferralSummary, ReferralView } from './referral.schema.ts';
import type { Category, Outcome, PersonField, ReferralStatus } from './vocabulary.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const dateOrNull = (d: Date | string | null) => (d === null ? null : new Date(d));

/**
 * A board row. The person's name goes to a partner only when the service lists `fullName`:
 * this presenter and `presentPerson` are where least-data for partners is enforced.
 */
export function presentReferralSummary(r: ReferralRecord, actor: Actor, now: Date): ReferralSummary {
  const fields = r.person_fields as PersonField[];
  return {
    id: r.id,
    number: r.number,
    status: r.status as ReferralStatus,
    tier: r.tier,
    service: {
      id: r.service_id,
      code: r.service_code,
      name: r.service_name,
      category: r.service_category as Category,
    },
    organisation: { id: r.organisation_id, code: r.organisation_code, name: r.organisation_name },
    desaCode: r.desa_code,
    desaName: r.desa_name,
    personName: seesCaseDetails(actor) || fields.includes('fullName') ? r.person_name : null,
    acceptDueAt: iso(r.accept_due_at),
    completeDueAt: iso(r.complete_due_at),
    overdue: isOverdue(
      {
        status: r.status as ReferralStatus,
        acceptDueAt: dateOrNull(r.accept_due_at),
        completeDueAt: dateOrNull(r.complete_due_at),
      },
      now,
    ),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}

/** Person data for a referral, registered or not, before projection. */
export async function personOfReferral(db: Executor, r: ReferralRecord) {
  if (!r.person_id) {
    const u = (r.intake_unregistered ?? { name: '' }) as UnregisteredPerson;
    return {
      registered: false,
      personId: null,
      fullName: u.name,
      nik: u.nik ?? null,
      kk: null,
      sex: u.sex ?? null,
      birthDate: null,
      birthYear: u.birthYear ?? null,
      birthPlace: null,
      address: u.address ?? null,
      disability: null,
      insurance: null,
      documents: { ktp: false, kk: false, birthCertificate: false },
    };
  }
  const p = await db
    .selectFrom('person')
    .innerJoin('household', 'household.id', 'person.household_id')
    .innerJoin('desa', 'desa.code', 'household.desa_code')
    .where('person.id', '=', r.person_id)
    .select([
      'person.id',
      'person.full_name',
      'person.nik',
      'household.kk',
      'person.sex',
      'person.birth_date',
      'person.birth_place',
      'household.dusun',
      'household.rt',
      'household.rw',
      'household.address',
      'desa.name as desa_name',
      'person.disability_type',
      'person.disability_severity',
      'person.insurance_status',
      'person.insurance_type',
      'person.has_ktp',
      'person.has_kk',
      'person.has_birth_certificate',
    ])
    .executeTakeFirstOrThrow();
  const birthDate = String(p.birth_date).slice(0, 10);
  const address = [
    p.address,
    p.dusun ? (/^dusun\b/i.test(p.dusun) ? p.dusun : `Dusun ${p.dusun}`) : null,
    p.rt || p.rw ? `RT ${p.rt ?? '-'}/RW ${p.rw ?? '-'}` : null,
    `Desa ${p.desa_name}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    registered: true,
    personId: p.id,
    fullName: p.full_name,
    nik: p.nik,
    kk: p.kk,
    sex: p.sex,
    birthDate,
    birthYear: Number(birthDate.slice(0, 4)),
    birthPlace: p.birth_place,
    address,
    disability: p.disability_type ? { type: p.disability_type, severity: p.disability_severity } : null,
    insurance: p.insurance_status ? { status: p.insurance_status, type: p.insurance_type } : null,
    documents: { ktp: p.has_ktp, kk: p.has_kk, birthCertificate: p.has_birth_certificate },
  };
}

type FullPerson = Awaited<ReturnType<typeof personOfReferral>>;

/** Only the fields the service lists (for a partner); everything for the referring side. */
export function projectPerson(
  person: FullPerson,
  fields: readonly PersonField[] | 'all',
): ReferralView['person'] {
  const has = (f: PersonField) => fields === 'all' || fields.includes(f);
  const out: ReferralView['person'] = { registered: person.registered };
  if (fields === 'all') out.personId = person.personId;
  if (has('fullName')) out.fullName = person.fullName;
  if (has('nik')) out.nik = person.nik;
  if (has('kk')) out.kk = person.kk;
  if (has('sex')) out.sex = person.sex;
  if (has('birthDate')) {
    out.birthDate = person.birthDate;
    out.birthYear = person.birthYear;
  }
  if (has('birthPlace')) out.birthPlace = person.birthPlace;
  if (has('address')) out.address = person.address;
  if (has('disability')) out.disability = person.disability;
  if (has('insurance')) out.insurance = person.insurance;
  if (has('documents')) out.documents = person.documents;
  return out;
}

export function presentTimeline(events: Awaited<ReturnType<typeof eventsOf>>): ReferralView['timeline'] {
  return events.map((e) => ({
    at: new Date(e.at).toISOString(),
    action: e.action as ReferralView['timeline'][number]['action'],
    fromStatus: (e.from_status as ReferralStatus | null) ?? null,
    toStatus: e.to_status as ReferralStatus,
    fromTier: e.from_tier,
    toTier: e.to_tier,
    actor: e.username && e.role ? { username: e.username, role: e.role } : null,
    organisationName: e.actor_organisation_name ?? null,
    note: e.note,
    reason: e.reason,
    outcome: (e.outcome as Outcome | null) ?? null,
    cause: (e.cause as ReferralView['timeline'][number]['cause']) ?? null,
    attachments: ((e.attachments ?? []) as { name: string; reference: string | null }[]).map((a) => ({
      name: a.name,
      reference: a.reference ?? null,
    })),
  }));
}
