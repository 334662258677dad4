import type { Executor } from '../audit/audit.repo.ts';
import type { PersonField } from '../referral/vocabulary.ts';
import type { OrganisationView, ServiceView } from './catalogue.schema.ts';

/** Services with their organisation, in one query. */
export function servicesOf(db: Executor, regencyCode: string) {
  return db
    .selectFrom('service')
    .innerJoin('organisation', 'organisation.id', 'service.organisation_id')
    .where('service.kabupaten_code', '=', regencyCode)
    .selectAll('service')
    .select([
      'organisation.code as organisation_code',
      'organisation.name as organisation_name',
      'organisation.kind as organisation_kind',
    ]);
}

export type ServiceRecord = NonNullable<
  Awaited<ReturnType<ReturnType<typeof servicesOf>['executeTakeFirst']>>
>;

export function findService(db: Executor, regencyCode: string, id: string) {
  return servicesOf(db, regencyCode).where('service.id', '=', id).executeTakeFirst();
}

export function findOrganisationByCode(db: Executor, regencyCode: string, code: string) {
  return db
    .selectFrom('organisation')
    .where('kabupaten_code', '=', regencyCode)
    .where('code', '=', code)
    .select(['id', 'code', 'name', 'kind'])
    .executeTakeFirst();
}

export function presentOrganisation(o: {
  id: string;
  code: string;
  name: string;
  kind: string;
}): OrganisationView {
  return { id: o.id, code: o.code, name: o.name, kind: o.kind };
}

export function presentService(s: ServiceRecord): ServiceView {
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    category: s.category as ServiceView['category'],
    organisation: {
      id: s.organisation_id,
      code: s.organisation_code,
      name: s.organisation_name,
      kind: s.organisation_kind,
    },
    tier: s.tier,
    acceptDays: s.accept_days,
    completeDays: s.complete_days,
    requiredDocuments: s.required_documents,
    eligibility: s.eligibility,
    personFields: s.person_fields as PersonField[],
    active: s.active,
    version: s.version,
  };
}
