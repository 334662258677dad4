import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, type TestContext } from '../../test/harness.ts';
import { TRANSITIONS } from './referral.rules.ts';
import {
  type Actors,
  act,
  actors,
  captureNotifications,
  createIntake,
  sentReferral,
} from './referral.testkit.ts';

describe.each(testBackends())('referral concurrency on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let who: Actors;

    beforeAll(async () => {
      t = await createTestApp(backend);
      captureNotifications(t);
      who = await actors(t);
    });
    afterAll(async () => {
      await t?.close();
    });

    const eventCount = async (id: string, action: string) =>
      (
        await t.deps.db
          .selectFrom('referral_event')
          .where('referral_id', '=', id)
          .where('action', '=', action)
          .select('id')
          .execute()
      ).length;

    it('lets one of several parallel transitions with the same version win; the others get 409', async () => {
      const { referral } = await sentReferral(t, who);
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          act(
            t,
            who.mitraDukcapil,
            referral.id,
            i % 2 === 0
              ? { action: 'accept', version: 1 }
              : { action: 'decline', version: 1, reason: 'penuh' },
          ),
        ),
      );
      const codes = responses.map((r) => r.statusCode).sort();
      expect(codes).toEqual([200, 409, 409, 409, 409, 409]);
      for (const r of responses.filter((x) => x.statusCode === 409))
        expect(r.json().code).toBe('VERSION_CONFLICT');
      const row = await t.deps.db
        .selectFrom('referral')
        .where('id', '=', referral.id)
        .select(['version'])
        .executeTakeFirstOrThrow();
      expect(row.version).toBe(2);
      expect((await eventCount(referral.id, 'accept')) + (await eventCount(referral.id, 'decline'))).toBe(1);
    });

    it('applies a request retried with the same Idempotency-Key once and returns the same response', async () => {
      const { referral } = await sentReferral(t, who);
      const key = randomUUID();
      const first = await act(t, who.mitraDukcapil, referral.id, { action: 'accept', version: 1 }, key);
      const retry = await act(t, who.mitraDukcapil, referral.id, { action: 'accept', version: 1 }, key);
      expect(first.statusCode).toBe(200);
      expect(retry.statusCode).toBe(200);
      expect(retry.json()).toEqual(first.json());
      expect(await eventCount(referral.id, 'accept')).toBe(1);
      // The same key for a different request is refused rather than silently replayed.
      const misuse = await act(t, who.mitraDukcapil, referral.id, { action: 'start', version: 2 }, key);
      expect(misuse.statusCode).toBe(422);
      expect(misuse.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('applies concurrent duplicates with one Idempotency-Key once', async () => {
      const { referral } = await sentReferral(t, who);
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 4 }, () =>
          act(t, who.mitraDukcapil, referral.id, { action: 'accept', version: 1 }, key),
        ),
      );
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
      expect(new Set(responses.map((r) => r.body)).size).toBe(1);
      expect(await eventCount(referral.id, 'accept')).toBe(1);
    });

    it('never stores an illegal state nor applies a step twice under random parallel requests', async () => {
      const legal = new Set(TRANSITIONS.flatMap((r) => r.from.map((f) => `${f}>${r.action}>${r.to}`)));
      const pool = () => [
        { cookie: who.mitraDukcapil, body: { action: 'accept' } },
        { cookie: who.mitraDukcapil, body: { action: 'start' } },
        { cookie: who.mitraDukcapil, body: { action: 'complete', outcome: 'served' } },
        { cookie: who.mitraDukcapil, body: { action: 'decline', reason: 'x' } },
        { cookie: who.fasilitator, body: { action: 'cancel', reason: 'y' } },
        { cookie: who.upt, body: { action: 'escalate' } },
        { cookie: who.upt, body: { action: 'send' } },
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.array(fc.record({ pick: fc.nat(6), retry: fc.boolean() }), { minLength: 1, maxLength: 5 }),
            {
              minLength: 1,
              maxLength: 4,
            },
          ),
          async (batches) => {
            const { referral } = await sentReferral(t, who);
            for (const batch of batches) {
              const current = await t.deps.db
                .selectFrom('referral')
                .where('id', '=', referral.id)
                .select('version')
                .executeTakeFirstOrThrow();
              // Some requests are sent twice with the same Idempotency-Key, as a flaky connection would.
              const requests = batch.flatMap(({ pick, retry }) => {
                const a = pool()[pick]!;
                const key = randomUUID();
                const one = () => act(t, a.cookie, referral.id, { ...a.body, version: current.version }, key);
                return retry ? [one(), one()] : [one()];
              });
              const responses = await Promise.all(requests);
              for (const r of responses) expect([200, 403, 409, 422]).toContain(r.statusCode);
            }
            const events = await t.deps.db
              .selectFrom('referral_event')
              .where('referral_id', '=', referral.id)
              .select(['action', 'from_status', 'to_status'])
              .orderBy('id')
              .execute();
            const row = await t.deps.db
              .selectFrom('referral')
              .where('id', '=', referral.id)
              .select(['status', 'version'])
              .executeTakeFirstOrThrow();
            // One event per applied version (create + send share version 1), each a legal edge, chained to the stored state.
            expect(events.length).toBe(row.version + 1);
            for (let i = 1; i < events.length; i++) {
              expect(events[i]!.from_status).toBe(events[i - 1]!.to_status);
              expect(
                legal.has(`${events[i]!.from_status}>${events[i]!.action}>${events[i]!.to_status}`),
              ).toBe(true);
            }
            expect(events.at(-1)!.to_status).toBe(row.status);
          },
        ),
        { numRuns: 6 },
      );
    });

    it('gives concurrent intakes of one desa and channel distinct consecutive numbers', async () => {
      const { personId } = (await sentReferral(t, who)).person;
      const intakes = await Promise.all(
        Array.from({ length: 8 }, () => createIntake(t, who.fasilitator, { personId })),
      );
      const sequences = intakes.map((i) => Number(i.number.split('-').at(-1))).sort((a, b) => a - b);
      expect(new Set(sequences).size).toBe(8);
      expect(sequences.at(-1)! - sequences[0]!).toBe(7);
    });
  });
});
