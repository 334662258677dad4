import { can, desaInScope } from '../auth/policy.ts';
import type { Actor } from '../auth/roles.ts';
import type { Capacity } from './referral.rules.ts';

/**
 * In which capacities the actor may act on this referral:
 * - referrer: a front-office role (fasilitator, call_center, petugas_upt, manajer) whose scope holds the desa;
 * - provider: a partner (`mitra`) of the organisation the referral is addressed to;
 * - coordinator: UPT staff for tiers 1–2, the manager (regent's team) for any tier.
 */
export function capacitiesOf(
  actor: Actor,
  referral: { organisation_id: string; desa_code: string; tier: number },
): Capacity[] {
  const capacities: Capacity[] = [];
  if (can(actor, 'referral.write') && desaInScope(actor, referral.desa_code)) capacities.push('referrer');
  if (
    can(actor, 'referral.provide') &&
    actor.scope.kind === 'organisation' &&
    actor.scope.organisation === referral.organisation_id
  )
    capacities.push('provider');
  if (can(actor, 'referral.escalate') && (referral.tier <= 2 || actor.role === 'manajer'))
    capacities.push('coordinator');
  return capacities;
}

/** Whether the actor sees everything of a referral (false: a partner sees only its service's fields). */
export function seesCaseDetails(actor: Actor): boolean {
  return actor.scope.kind !== 'organisation';
}
