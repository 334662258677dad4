import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Actor, Role } from './roles.ts';

/**
 * Who may do what, declared once. Deny by default: a permission not listed for a role is refused.
 * Object-level checks (is this household in the actor's scope?) are `desaInScope` here and the
 * `householdInScope` SQL fragment used by every registry query.
 */
export type Permission =
  | 'registry.read'
  | 'registry.write'
  | 'users.manage'
  | 'wilayah.manage'
  // front office and referrals (issue 4)
  | 'intake.read'
  | 'intake.write'
  | 'referral.read'
  | 'referral.write'
  | 'referral.provide'
  | 'referral.escalate'
  | 'catalogue.manage'
  // assessment: read results, assess households, read/edit/activate indicator sets, simulate, reclassify
  | 'assessment.read'
  | 'assessment.write'
  | 'indicator_set.read'
  | 'indicator_set.edit'
  | 'indicator_set.activate'
  | 'assessment.simulate'
  | 'assessment.reclassify';

const GRANTS: Record<Role, readonly Permission[]> = {
  fasilitator: [
    'registry.read',
    'registry.write',
    'intake.read',
    'intake.write',
    'referral.read',
    'referral.write',
    'assessment.read',
    'assessment.write',
    'indicator_set.read',
  ],
  supervisor: [
    'registry.read',
    'registry.write',
    'intake.read',
    'referral.read',
    'assessment.read',
    'indicator_set.read',
  ],
  petugas_upt: [
    'registry.read',
    'registry.write',
    'intake.read',
    'intake.write',
    'referral.read',
    'referral.write',
    'referral.escalate',
    'assessment.read',
    'indicator_set.read',
  ],
  pekerja_sosial: ['registry.read', 'intake.read', 'referral.read', 'assessment.read', 'indicator_set.read'],
  call_center: ['registry.read', 'intake.read', 'intake.write', 'referral.read', 'referral.write'],
  manajer: [
    'registry.read',
    'intake.read',
    'referral.read',
    'referral.write',
    'referral.escalate',
    'assessment.read',
    'indicator_set.read',
    'assessment.simulate',
  ],
  // Partners see referrals addressed to them (not the registry); planners see aggregates only;
  // the system administrator manages accounts and reference data, not people's records.
  // A partner reads and handles only referrals addressed to its organisation (object-level check).
  mitra: ['referral.read', 'referral.provide'],
  // Planners draft indicator sets and simulate them (counts only); only the administrator activates
  // a version and re-classifies the registry.
  tkpkd: ['indicator_set.read', 'indicator_set.edit', 'assessment.simulate'],
  admin: [
    'users.manage',
    'wilayah.manage',
    'catalogue.manage',
    'indicator_set.read',
    'indicator_set.edit',
    'indicator_set.activate',
    'assessment.simulate',
    'assessment.reclassify',
  ],
};

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return GRANTS[actor.role].includes(permission);
}

/** The ability flags sent to the web app so it hides what the user may not do. */
export function abilitiesOf(actor: Pick<Actor, 'role'>) {
  return {
    registryRead: can(actor, 'registry.read'),
    registryWrite: can(actor, 'registry.write'),
    usersManage: can(actor, 'users.manage'),
    wilayahManage: can(actor, 'wilayah.manage'),
    intakeRead: can(actor, 'intake.read'),
    intakeWrite: can(actor, 'intake.write'),
    referralRead: can(actor, 'referral.read'),
    referralWrite: can(actor, 'referral.write'),
    referralProvide: can(actor, 'referral.provide'),
    referralEscalate: can(actor, 'referral.escalate'),
    catalogueManage: can(actor, 'catalogue.manage'),
    assessmentRead: can(actor, 'assessment.read'),
    assessmentWrite: can(actor, 'assessment.write'),
    indicatorSetRead: can(actor, 'indicator_set.read'),
    indicatorSetEdit: can(actor, 'indicator_set.edit'),
    indicatorSetActivate: can(actor, 'indicator_set.activate'),
    simulationRun: can(actor, 'assessment.simulate'),
    reclassify: can(actor, 'assessment.reclassify'),
  };
}

/** Whether a desa lies inside the actor's scope (desa codes start with their kecamatan and regency codes). */
export function desaInScope(actor: Actor, desaCode: string): boolean {
  if (!desaCode.startsWith(actor.kabupatenCode)) return false;
  switch (actor.scope.kind) {
    case 'desa':
      return actor.scope.desa.includes(desaCode);
    case 'kecamatan':
      return desaCode.startsWith(actor.scope.kecamatan);
    case 'regency':
      return true;
    case 'organisation':
      return false;
  }
}

/**
 * SQL condition restricting `household` rows to the actor's scope. Used by every registry query,
 * so an out-of-scope record is simply not found (404, exactly like a missing one).
 */
export function householdInScope(actor: Actor): RawBuilder<SqlBool> {
  {
    const sameRegency = sql<SqlBool>`household.kabupaten_code = ${actor.kabupatenCode}`;
    switch (actor.scope.kind) {
      case 'regency':
        return sameRegency;
      case 'kecamatan':
        return sql<SqlBool>`(${sameRegency} and household.desa_code like ${`${actor.scope.kecamatan}%`})`;
      case 'desa':
        return actor.scope.desa.length === 0
          ? sql<SqlBool>`false`
          : sql<SqlBool>`(${sameRegency} and household.desa_code in (${sql.join(actor.scope.desa)}))`;
      case 'organisation':
        return sql<SqlBool>`false`;
    }
  }
}

/**
 * SQL condition restricting rows that carry a desa code (intakes, referrals) to the actor's
 * geographic scope; organisations (partners) see none by this rule.
 */
export function desaColumnInScope(actor: Actor, column: string): RawBuilder<SqlBool> {
  const col = sql.ref(column);
  switch (actor.scope.kind) {
    case 'regency':
      return sql<SqlBool>`${col} like ${`${actor.kabupatenCode}%`}`;
    case 'kecamatan':
      return sql<SqlBool>`${col} like ${`${actor.scope.kecamatan}%`}`;
    case 'desa':
      return actor.scope.desa.length === 0
        ? sql<SqlBool>`false`
        : sql<SqlBool>`${col} in (${sql.join(actor.scope.desa)})`;
    case 'organisation':
      return sql<SqlBool>`false`;
  }
}
