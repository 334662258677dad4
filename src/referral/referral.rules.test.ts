import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  type Capacity,
  dueEscalation,
  FINAL_STATUSES,
  isOverdue,
  type ReferralState,
  TRANSITIONS,
  transition,
} from './referral.rules.ts';
import { REFERRAL_ACTIONS, REFERRAL_STATUSES, type ReferralStatus, type Tier } from './vocabulary.ts';

const CAPACITIES: Capacity[] = ['referrer', 'provider', 'coordinator', 'system'];
const ALL = CAPACITIES;

describe('referral transition table', () => {
  it.each([
    ['draft', 'send', ['referrer'], 'sent'],
    ['sent', 'accept', ['provider'], 'accepted'],
    ['accepted', 'start', ['provider'], 'in_progress'],
    ['in_progress', 'complete', ['provider'], 'completed'],
    ['accepted', 'complete', ['provider'], 'completed'],
    ['escalated', 'send', ['coordinator'], 'sent'],
    ['escalated', 'complete', ['coordinator'], 'completed'],
  ] as const)('%s --%s--> %s', (from, action, capacities, to) => {
    const result = transition({ status: from, tier: 2 }, { action, capacities, outcome: 'served' });
    expect(result).toEqual({ ok: true, next: { status: to, tier: 2 } });
  });

  it('escalates one tier up and never past tier 3', () => {
    expect(transition({ status: 'sent', tier: 1 }, { action: 'escalate', capacities: ['system'] })).toEqual({
      ok: true,
      next: { status: 'escalated', tier: 2 },
    });
    expect(
      transition({ status: 'declined', tier: 3 }, { action: 'escalate', capacities: ['system'] }),
    ).toMatchObject({
      ok: false,
      code: 'ESCALATION_MAX_TIER',
    });
  });

  it.each([
    ['completed', 'cancel'],
    ['cancelled', 'send'],
    ['draft', 'accept'],
    ['sent', 'complete'],
    ['declined', 'accept'],
    ['escalated', 'escalate'],
  ] as const)('refuses %s --%s-->', (from, action) => {
    expect(
      transition({ status: from, tier: 2 }, { action, capacities: ALL, reason: 'x', outcome: 'served' }),
    ).toEqual({ ok: false, status: 409, code: 'REFERRAL_TRANSITION_NOT_ALLOWED' });
  });

  it('asks for who may act, a reason for decline/cancel and an outcome for complete', () => {
    expect(
      transition({ status: 'sent', tier: 2 }, { action: 'accept', capacities: ['referrer'] }),
    ).toMatchObject({
      status: 403,
      code: 'REFERRAL_ACTION_FORBIDDEN',
    });
    expect(
      transition({ status: 'sent', tier: 2 }, { action: 'decline', capacities: ['provider'], reason: ' ' }),
    ).toMatchObject({
      status: 422,
      code: 'REASON_REQUIRED',
      field: 'reason',
    });
    expect(
      transition({ status: 'accepted', tier: 2 }, { action: 'complete', capacities: ['provider'] }),
    ).toMatchObject({
      code: 'OUTCOME_REQUIRED',
    });
  });

  it('lists allowed actions per capacity', () => {
    expect(allowedActions({ status: 'sent', tier: 2 }, ['provider']).sort()).toEqual(['accept', 'decline']);
    expect(allowedActions({ status: 'sent', tier: 3 }, ['coordinator']).sort()).toEqual(['cancel']);
    expect(allowedActions({ status: 'completed', tier: 2 }, ALL)).toEqual([]);
  });
});

describe('deadlines', () => {
  const base = {
    tier: 2 as Tier,
    acceptDueAt: new Date('2026-03-10T00:00:00Z'),
    completeDueAt: new Date('2026-03-20T00:00:00Z'),
    updatedAt: new Date('2026-03-05T00:00:00Z'),
  };
  it('is due once the acceptance or completion deadline has passed, or on decline', () => {
    expect(dueEscalation({ ...base, status: 'sent' }, new Date('2026-03-09T23:59:59Z'))).toBeNull();
    expect(dueEscalation({ ...base, status: 'sent' }, new Date('2026-03-10T00:00:00Z'))).toEqual({
      cause: 'accept_overdue',
      key: 'accept:2026-03-10T00:00:00.000Z',
    });
    expect(dueEscalation({ ...base, status: 'in_progress' }, new Date('2026-03-21T00:00:00Z'))).toMatchObject(
      {
        cause: 'complete_overdue',
      },
    );
    expect(dueEscalation({ ...base, status: 'declined' }, new Date('2026-03-05T00:00:00Z'))).toMatchObject({
      cause: 'declined',
    });
    expect(
      dueEscalation({ ...base, status: 'declined', tier: 3 }, new Date('2026-04-01T00:00:00Z')),
    ).toBeNull();
    expect(dueEscalation({ ...base, status: 'completed' }, new Date('2027-01-01T00:00:00Z'))).toBeNull();
  });
  it('marks open referrals past their deadline as overdue', () => {
    expect(isOverdue({ ...base, status: 'sent' }, new Date('2026-03-11T00:00:00Z'))).toBe(true);
    expect(isOverdue({ ...base, status: 'accepted' }, new Date('2026-03-11T00:00:00Z'))).toBe(false);
    expect(isOverdue({ ...base, status: 'escalated' }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('referral state machine properties', () => {
  const step = fc.record({
    action: fc.constantFrom(...REFERRAL_ACTIONS),
    capacities: fc.subarray(CAPACITIES),
    reason: fc.option(fc.constantFrom('alasan', ''), { nil: undefined }),
    outcome: fc.option(fc.constant('served'), { nil: undefined }),
  });
  const legal = new Set(TRANSITIONS.flatMap((r) => r.from.map((f) => `${f}>${r.action}>${r.to}`)));

  it('never reaches an illegal state over random sequences of requests', () => {
    fc.assert(
      fc.property(fc.constantFrom<Tier>(1, 2, 3), fc.array(step, { maxLength: 40 }), (tier, steps) => {
        let state: ReferralState = { status: 'draft', tier };
        for (const s of steps) {
          const result = transition(state, s);
          if (!result.ok) continue;
          const { next } = result;
          // Every applied change is an edge of the table, by a capacity the table allows.
          expect(legal.has(`${state.status}>${s.action}>${next.status}`)).toBe(true);
          expect(
            TRANSITIONS.some((r) => r.action === s.action && r.by.some((c) => s.capacities.includes(c))),
          ).toBe(true);
          // Final states never change; tiers only go up, by one, on escalation, and stay within 1..3.
          expect(FINAL_STATUSES).not.toContain(state.status);
          expect(next.tier).toBe(s.action === 'escalate' ? state.tier + 1 : state.tier);
          expect(next.tier).toBeLessThanOrEqual(3);
          if (s.action === 'decline' || s.action === 'cancel') expect(s.reason?.trim()).toBeTruthy();
          if (s.action === 'complete') expect(s.outcome).toBe('served');
          state = next;
        }
        expect(REFERRAL_STATUSES).toContain(state.status);
      }),
      { numRuns: 2000 },
    );
  });

  it('offers exactly the actions that would succeed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ReferralStatus>(...REFERRAL_STATUSES),
        fc.constantFrom<Tier>(1, 2, 3),
        fc.subarray(CAPACITIES),
        (status, tier, capacities) => {
          const offered = new Set(allowedActions({ status, tier }, capacities));
          for (const action of REFERRAL_ACTIONS) {
            const result = transition(
              { status, tier },
              { action, capacities, reason: 'r', outcome: 'served' },
            );
            expect(offered.has(action)).toBe(result.ok);
          }
        },
      ),
    );
  });

  it('is due for escalation at most once per deadline: after escalating, the same deadline is never due', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ReferralStatus>(...REFERRAL_STATUSES),
        fc.constantFrom<Tier>(1, 2, 3),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
        fc.integer({ min: -30, max: 30 }),
        (status, tier, due, offsetDays) => {
          const now = new Date(due.getTime() + offsetDays * 86_400_000);
          const r = { status, tier, acceptDueAt: due, completeDueAt: due, updatedAt: due };
          const escalation = dueEscalation(r, now);
          if (!escalation) return;
          const result = transition({ status, tier }, { action: 'escalate', capacities: ['system'] });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(dueEscalation({ ...r, ...result.next }, now)).toBeNull();
        },
      ),
    );
  });
});
