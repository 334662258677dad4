import { type RequestContext, recordAudit } from '../audit/audit.repo.ts';
import { conflict, notFound, validationFailed, versionConflict } from '../platform/errors.ts';
import type { AppDeps } from '../server/deps.ts';
import {
  findOrganisationByCode,
  findService,
  presentOrganisation,
  presentService,
  servicesOf,
} from './catalogue.repo.ts';
import type { ServiceCreateInput, ServiceUpdateInput } from './catalogue.schema.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'config'>;

/** Every provider organisation of the regency. */
export async function listOrganisations(deps: Deps) {
  const rows = await deps.db
    .selectFrom('organisation')
    .where('kabupaten_code', '=', deps.config.regencyCode)
    .select(['id', 'code', 'name', 'kind'])
    .orderBy('name')
    .execute();
  return rows.map(presentOrganisation);
}

export async function createOrganisation(
  deps: Deps,
  ctx: RequestContext,
  input: { code: string; name: string; kind: string },
) {
  if (await findOrganisationByCode(deps.db, deps.config.regencyCode, input.code))
    throw conflict('ORGANISATION_CODE_TAKEN', 'code');
  const row = await deps.db
    .insertInto('organisation')
    .values({ ...input, kabupaten_code: deps.config.regencyCode })
    .returning(['id', 'code', 'name', 'kind'])
    .executeTakeFirstOrThrow();
  await recordAudit(deps.db, ctx, {
    action: 'organisation.create',
    objectType: 'organisation',
    objectId: row.id,
  });
  return presentOrganisation(row);
}

export async function updateOrganisation(
  deps: Deps,
  ctx: RequestContext,
  code: string,
  input: { name?: string | undefined; kind?: string | undefined },
) {
  const existing = await findOrganisationByCode(deps.db, deps.config.regencyCode, code);
  if (!existing) throw notFound();
  const row = await deps.db
    .updateTable('organisation')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
    })
    .where('id', '=', existing.id)
    .returning(['id', 'code', 'name', 'kind'])
    .executeTakeFirstOrThrow();
  await recordAudit(deps.db, ctx, {
    action: 'organisation.update',
    objectType: 'organisation',
    objectId: row.id,
  });
  return presentOrganisation(row);
}

export async function listServices(
  deps: Deps,
  query: { category?: string | undefined; organisation?: string | undefined; includeInactive: boolean },
) {
  let q = servicesOf(deps.db, deps.config.regencyCode).orderBy('service.tier').orderBy('service.name');
  if (!query.includeInactive) q = q.where('service.active', '=', true);
  if (query.category) q = q.where('service.category', '=', query.category);
  if (query.organisation) q = q.where('organisation.code', '=', query.organisation);
  return (await q.execute()).map(presentService);
}

export async function readService(deps: Deps, id: string) {
  const service = await findService(deps.db, deps.config.regencyCode, id);
  if (!service) throw notFound();
  return presentService(service);
}

async function organisationIdOf(deps: Deps, code: string): Promise<string> {
  const org = await findOrganisationByCode(deps.db, deps.config.regencyCode, code);
  if (!org) throw validationFailed([{ field: 'organisationCode', code: 'ORGANISATION_UNKNOWN' }]);
  return org.id;
}

export async function createService(deps: Deps, ctx: RequestContext, input: ServiceCreateInput) {
  const organisationId = await organisationIdOf(deps, input.organisationCode);
  const taken = await servicesOf(deps.db, deps.config.regencyCode)
    .where('service.code', '=', input.code)
    .executeTakeFirst();
  if (taken) throw conflict('SERVICE_CODE_TAKEN', 'code');
  const row = await deps.db
    .insertInto('service')
    .values({
      kabupaten_code: deps.config.regencyCode,
      code: input.code,
      name: input.name,
      category: input.category,
      organisation_id: organisationId,
      tier: input.tier,
      accept_days: input.acceptDays,
      complete_days: input.completeDays,
      required_documents: input.requiredDocuments,
      eligibility: input.eligibility,
      person_fields: input.personFields,
      active: input.active,
      updated_at: deps.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordAudit(deps.db, ctx, { action: 'service.create', objectType: 'service', objectId: row.id });
  return readService(deps, row.id);
}

export async function updateService(deps: Deps, ctx: RequestContext, id: string, input: ServiceUpdateInput) {
  const before = await findService(deps.db, deps.config.regencyCode, id);
  if (!before) throw notFound();
  const organisationId =
    input.organisationCode !== undefined ? await organisationIdOf(deps, input.organisationCode) : undefined;
  const updated = await deps.db
    .updateTable('service')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(organisationId !== undefined ? { organisation_id: organisationId } : {}),
      ...(input.tier !== undefined ? { tier: input.tier } : {}),
      ...(input.acceptDays !== undefined ? { accept_days: input.acceptDays } : {}),
      ...(input.completeDays !== undefined ? { complete_days: input.completeDays } : {}),
      ...(input.requiredDocuments !== undefined ? { required_documents: input.requiredDocuments } : {}),
      ...(input.eligibility !== undefined ? { eligibility: input.eligibility } : {}),
      ...(input.personFields !== undefined ? { person_fields: input.personFields } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      version: before.version + 1,
      updated_at: deps.clock.now(),
    })
    .where('id', '=', id)
    .where('version', '=', input.version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw versionConflict(before.version);
  await recordAudit(deps.db, ctx, {
    action: 'service.update',
    objectType: 'service',
    objectId: id,
    details: { fields: Object.keys(input).filter((k) => k !== 'version') },
  });
  return readService(deps, id);
}
