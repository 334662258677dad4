import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import { loadDemo } from '../demo/load.ts';
import { loadReferralDemo } from './demo.load.ts';
import { runEscalationSweep } from './escalation.ts';

describe.each(testBackends())('referral demo load on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;

    beforeAll(async () => {
      t = await createTestApp(backend);
      t.clock.set('2026-11-23T04:00:00Z');
      await loadDemo(t.deps.db, { scale: 0.01, seed: 1, today: '2026-11-23' });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('loads a consistent year of intakes and referrals that the board, inbox and sweep accept', async () => {
      const result = await loadReferralDemo(t.deps.db, { scale: 0.02, seed: 1, now: t.clock.now() });
      expect(result.intakes).toBe(530);
      expect(result.referrals).toBeGreaterThan(500);
      // Nothing is left due: the first sweep after loading escalates nothing.
      expect((await runEscalationSweep(t.deps)).escalated).toBe(0);
      const { cookie } = await signedIn(t, 'manajer');
      const board = await t.app.inject({
        method: 'GET',
        url: '/api/v1/referrals?pageSize=10',
        headers: { cookie },
      });
      expect(board.json().total).toBe(result.referrals);
      const escalated = await t.app.inject({
        method: 'GET',
        url: '/api/v1/referrals?status=escalated',
        headers: { cookie },
      });
      expect(escalated.json().total).toBeGreaterThan(0);
      // A new intake continues the loaded yearly sequence.
      const seq = await t.deps.db
        .selectFrom('number_sequence')
        .where('prefix', '=', 'RJK')
        .select('last_value')
        .execute();
      expect(seq.reduce((n, s) => n + s.last_value, 0)).toBe(result.referrals);
      // Loading again needs --replace, and replacing gives the same data.
      await expect(loadReferralDemo(t.deps.db, { scale: 0.02, seed: 1, now: t.clock.now() })).rejects.toThrow(
        /replace/,
      );
      const again = await loadReferralDemo(t.deps.db, {
        scale: 0.02,
        seed: 1,
        now: t.clock.now(),
        replace: true,
      });
      expect(again.referrals).toBe(result.referrals);
    });
  });
});
