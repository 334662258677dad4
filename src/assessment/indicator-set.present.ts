import { can } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import type { SetRecord } from './indicator-set.repo.ts';
import type { IndicatorSetResponse } from './indicator-set.schema.ts';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

/** One set version as the API returns it, with what the actor may do with it. */
export function presentSet(set: SetRecord, actor: Actor): IndicatorSetResponse {
  const draft = set.status === 'draft';
  return {
    id: set.id,
    version: set.version,
    status: set.status,
    revision: set.revision,
    definition: set.definition,
    createdAt: new Date(set.createdAt).toISOString(),
    createdBy: set.createdBy ? { username: set.createdBy } : null,
    updatedAt: new Date(set.updatedAt).toISOString(),
    activatedAt: iso(set.activatedAt),
    activatedBy: set.activatedBy ? { username: set.activatedBy } : null,
    retiredAt: iso(set.retiredAt),
    builtIn: set.builtIn,
    abilities: {
      edit: draft && can(actor, 'indicator_set.edit'),
      activate: draft && can(actor, 'indicator_set.activate'),
      copy: can(actor, 'indicator_set.edit'),
      simulate: can(actor, 'assessment.simulate'),
    },
  };
}

export function presentSetSummary(set: SetRecord) {
  return {
    id: set.id,
    code: set.code,
    scheme: set.scheme,
    version: set.version,
    status: set.status,
    name: set.definition.name,
    example: set.definition.example,
    clusters: set.definition.clusters,
    scoring: set.definition.scoring,
    indicatorCount: set.definition.indicators.length,
    activatedAt: iso(set.activatedAt),
    updatedAt: new Date(set.updatedAt).toISOString(),
  };
}

export function setRef(set: SetRecord) {
  return {
    id: set.id,
    code: set.code,
    scheme: set.scheme,
    version: set.version,
    name: set.definition.name,
    status: set.status,
  };
}
