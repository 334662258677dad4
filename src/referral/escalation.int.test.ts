import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, type TestContext } from '../../test/harness.ts';
import { buildApp } from '../server/app.ts';
import { runEscalationSweep } from './escalation.ts';
import { type Actors, act, actors, captureNotifications, sentReferral } from './referral.testkit.ts';

const DAY = 86_400_000;

describe.each(testBackends())('referral escalation on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let who: Actors;

    beforeAll(async () => {
      // Sessions must outlive the weeks the controlled clock runs ahead.
      t = await createTestApp(backend, {
        session: { idleMinutes: 525_600, absoluteHours: 8_760, cookieSecure: false },
      });
      captureNotifications(t);
      who = await actors(t);
    });
    afterAll(async () => {
      await t?.close();
    });

    const escalations = (id: string) =>
      t.deps.db
        .selectFrom('referral_event')
        .where('referral_id', '=', id)
        .where('action', '=', 'escalate')
        .select(['cause', 'from_tier', 'to_tier', 'escalation_key'])
        .orderBy('id')
        .execute();

    it('escalates exactly once when acceptance is late, even with concurrent sweeps', async () => {
      const { referral } = await sentReferral(t, who); // akta_kelahiran: accept within 3 days, tier 2
      await runEscalationSweep(t.deps);
      expect(await escalations(referral.id)).toEqual([]);
      t.clock.advance(3 * DAY + 1000);
      const results = await Promise.all([
        runEscalationSweep(t.deps),
        runEscalationSweep(t.deps),
        runEscalationSweep(t.deps),
      ]);
      expect(results.reduce((n, r) => n + r.escalated, 0)).toBeGreaterThanOrEqual(1);
      await runEscalationSweep(t.deps);
      expect(await escalations(referral.id)).toEqual([
        {
          cause: 'accept_overdue',
          from_tier: 2,
          to_tier: 3,
          escalation_key: `accept:${referral.acceptDueAt}`,
        },
      ]);
      const view = await t.app.inject({
        method: 'GET',
        url: `/api/v1/referrals/${referral.id}`,
        headers: { cookie: who.manajer },
      });
      expect(view.json()).toMatchObject({ status: 'escalated', tier: 3, version: 2 });
      expect(view.json().timeline.at(-1)).toMatchObject({
        action: 'escalate',
        cause: 'accept_overdue',
        actor: null,
      });
      // The manager (tier 3) sees it in the inbox; the referring facilitator is told.
      const inbox = await t.app.inject({
        method: 'GET',
        url: '/api/v1/inbox',
        headers: { cookie: who.manajer },
      });
      expect(inbox.json().escalated.map((r: { id: string }) => r.id)).toContain(referral.id);
      const mine = await t.app.inject({
        method: 'GET',
        url: '/api/v1/inbox',
        headers: { cookie: who.fasilitator },
      });
      expect(
        mine
          .json()
          .notifications.some(
            (n: { kind: string; referralId: string }) =>
              n.kind === 'referral.escalated' && n.referralId === referral.id,
          ),
      ).toBe(true);
    });

    it('lists work due soon, then overdue, in the inboxes until the sweep moves it', async () => {
      const { referral } = await sentReferral(t, who); // acceptance due in 3 days
      const ids = (list: { id: string }[]) => list.map((r) => r.id);
      const inbox = async (cookie: string) =>
        (await t.app.inject({ method: 'GET', url: '/api/v1/inbox', headers: { cookie } })).json();
      t.clock.advance(2 * DAY);
      expect(ids((await inbox(who.mitraDukcapil)).dueSoon)).toContain(referral.id);
      expect(ids((await inbox(who.fasilitator)).dueSoon)).toContain(referral.id);
      t.clock.advance(DAY + 1000);
      expect(ids((await inbox(who.mitraDukcapil)).overdue)).toContain(referral.id);
      expect(ids((await inbox(who.upt)).overdue)).toContain(referral.id);
      await runEscalationSweep(t.deps);
      const after = await inbox(who.mitraDukcapil);
      expect(ids(after.overdue)).not.toContain(referral.id);
      expect(ids(after.new)).not.toContain(referral.id);
    });

    it('escalates a late completion, and again for a new missed deadline after re-sending', async () => {
      const { referral } = await sentReferral(t, who, { service: 'pbi_jkn' }); // accept 3 days, complete 14
      const accepted = await act(t, who.mitraBpjs, referral.id, { action: 'accept', version: 1 });
      expect(accepted.statusCode, accepted.body).toBe(200);
      t.clock.advance(14 * DAY + 1000);
      await runEscalationSweep(t.deps);
      const first = await escalations(referral.id);
      expect(first).toMatchObject([{ cause: 'complete_overdue', from_tier: 2, to_tier: 3 }]);
      const resend = await act(t, who.manajer, referral.id, { action: 'send', version: 3 });
      expect(resend.statusCode, resend.body).toBe(200);
      t.clock.advance(3 * DAY + 1000);
      await runEscalationSweep(t.deps);
      // At tier 3 there is no higher tier: the referral shows as overdue instead.
      expect(await escalations(referral.id)).toHaveLength(1);
      const board = await t.app.inject({
        method: 'GET',
        url: '/api/v1/referrals?overdue=true&tier=3',
        headers: { cookie: who.manajer },
      });
      expect(board.json().items.map((r: { id: string }) => r.id)).toContain(referral.id);
    });

    it('picks up due work after a restart, and never twice', async () => {
      const { referral } = await sentReferral(t, who);
      // The server stops; the deadline passes while it is down.
      await t.app.close();
      t.clock.advance(4 * DAY);
      // A new server on the same database: its scheduler sweeps once at start; close waits for it.
      const restarted = await buildApp(t.deps, { logger: false, escalationIntervalMs: 3_600_000 });
      await restarted.ready();
      await restarted.close();
      expect(await escalations(referral.id)).toMatchObject([{ cause: 'accept_overdue' }]);
      // And again: a second restart and a manual sweep find nothing more to do for it.
      t.app = await buildApp(t.deps, { logger: false });
      await t.app.ready();
      await runEscalationSweep(t.deps);
      expect(await escalations(referral.id)).toHaveLength(1);
    });
  });
});
