import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, type TestContext } from '../../test/harness.ts';
import {
  type Actors,
  act,
  actors,
  captureNotifications,
  createIntake,
  registeredPerson,
  sentReferral,
  serviceId,
} from './referral.testkit.ts';

describe.each(testBackends())('referral lifecycle on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let who: Actors;
    let captured: ReturnType<typeof captureNotifications>;

    beforeAll(async () => {
      t = await createTestApp(backend);
      captured = captureNotifications(t);
      who = await actors(t);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('walks intake → referral → accept → complete, with feedback to the referring facilitator', async () => {
      const { referral, intake, person } = await sentReferral(t, who);
      expect(intake.number).toMatch(/^PKS-7303021001-\d{4}-\d{6}$/);
      expect(referral).toMatchObject({ status: 'sent', tier: 2, version: 1 });
      expect(referral.number).toMatch(/^RJK-7303-\d{4}-\d{6}$/);
      expect(referral.acceptDueAt).not.toBeNull();
      expect(referral.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'send']);

      // The Dukcapil partner sees it in its inbox, accepts, completes.
      const inbox = await t.app.inject({
        method: 'GET',
        url: '/api/v1/inbox',
        headers: { cookie: who.mitraDukcapil },
      });
      expect(inbox.json().new.map((r: { id: string }) => r.id)).toContain(referral.id);
      const accepted = await act(t, who.mitraDukcapil, referral.id, {
        action: 'accept',
        version: 1,
        note: 'Diterima',
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });
      expect(accepted.json().completeDueAt).not.toBeNull();
      const completed = await act(t, who.mitraDukcapil, referral.id, {
        action: 'complete',
        version: 2,
        outcome: 'served',
        note: 'Akta sudah terbit',
        attachments: [{ name: 'Akta kelahiran', reference: 'AL-0001' }],
      });
      expect(completed.statusCode, completed.body).toBe(200);
      expect(completed.json()).toMatchObject({ status: 'completed', outcome: 'served', allowedActions: [] });
      expect(completed.json().timeline.at(-1)).toMatchObject({
        action: 'complete',
        attachments: [{ name: 'Akta kelahiran', reference: 'AL-0001' }],
        actor: { role: 'mitra' },
      });

      // Rujukan balik: the facilitator's inbox shows the outcome and a notification.
      const feedback = await t.app.inject({
        method: 'GET',
        url: '/api/v1/inbox',
        headers: { cookie: who.fasilitator },
      });
      const body = feedback.json();
      expect(body.feedback.find((r: { id: string }) => r.id === referral.id)).toMatchObject({
        status: 'completed',
      });
      expect(body.notifications.map((n: { kind: string }) => n.kind)).toContain('referral.completed');
      const unread = body.unread;
      const read = await t.app.inject({
        method: 'POST',
        url: '/api/v1/inbox/read',
        headers: { cookie: who.fasilitator },
        payload: { ids: body.notifications.map((n: { id: string }) => n.id) },
      });
      expect(read.json().updated).toBe(unread);
      const after = await t.app.inject({
        method: 'GET',
        url: '/api/v1/inbox',
        headers: { cookie: who.fasilitator },
      });
      expect(after.json().unread).toBe(0);
      // The person's profile lists the service as received.
      const services = await t.app.inject({
        method: 'GET',
        url: `/api/v1/people/${person.personId}/services`,
        headers: { cookie: who.fasilitator },
      });
      expect(services.json().received.map((r: { id: string }) => r.id)).toEqual([referral.id]);
      // The stored row agrees.
      const row = await t.deps.db
        .selectFrom('referral')
        .where('id', '=', referral.id)
        .selectAll()
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'completed', outcome: 'served', version: 3 });
      expect(row.closed_at).not.toBeNull();
    });

    it('refuses an illegal transition with a stable code and a stale version with 409', async () => {
      const { referral } = await sentReferral(t, who);
      const illegal = await act(t, who.mitraDukcapil, referral.id, {
        action: 'complete',
        version: 1,
        outcome: 'served',
      });
      expect(illegal.statusCode).toBe(409);
      expect(illegal.json()).toMatchObject({ code: 'REFERRAL_TRANSITION_NOT_ALLOWED' });
      expect(illegal.headers['content-type']).toContain('application/problem+json');
      const stale = await act(t, who.mitraDukcapil, referral.id, { action: 'accept', version: 7 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
      const noReason = await act(t, who.mitraDukcapil, referral.id, { action: 'decline', version: 1 });
      expect(noReason.statusCode).toBe(422);
      expect(noReason.json()).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
      const wrongSide = await act(t, who.fasilitator, referral.id, { action: 'accept', version: 1 });
      expect(wrongSide.statusCode).toBe(403);
      expect(wrongSide.json()).toMatchObject({ code: 'REFERRAL_ACTION_FORBIDDEN' });
      const row = await t.deps.db
        .selectFrom('referral')
        .where('id', '=', referral.id)
        .select(['status', 'version'])
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'sent', version: 1 });
    });

    it('keeps a draft until sent, and cancels with a reason', async () => {
      const { referral } = await sentReferral(t, who, { send: false });
      expect(referral).toMatchObject({
        status: 'draft',
        acceptDueAt: null,
        allowedActions: ['send', 'cancel'],
      });
      const hidden = await t.app.inject({
        method: 'GET',
        url: `/api/v1/referrals/${referral.id}`,
        headers: { cookie: who.mitraDukcapil },
      });
      // A partner does not see drafts addressed to it.
      expect(hidden.statusCode).toBe(404);
      const sent = await act(t, who.fasilitator, referral.id, { action: 'send', version: 1 });
      expect(sent.json()).toMatchObject({ status: 'sent', version: 2 });
      const cancelled = await act(t, who.fasilitator, referral.id, {
        action: 'cancel',
        version: 2,
        reason: 'Sudah diurus sendiri',
      });
      expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    });

    it('escalates on decline at the next sweep, and the UPT re-routes it', async () => {
      const { referral } = await sentReferral(t, who);
      const declined = await act(t, who.mitraDukcapil, referral.id, {
        action: 'decline',
        version: 1,
        reason: 'Dokumen tidak lengkap',
      });
      expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Dokumen tidak lengkap' });
      const { runEscalationSweep } = await import('./escalation.ts');
      const sweep = await runEscalationSweep(t.deps);
      expect(sweep.escalated).toBeGreaterThanOrEqual(1);
      const after = await t.app.inject({
        method: 'GET',
        url: `/api/v1/referrals/${referral.id}`,
        headers: { cookie: who.upt },
      });
      expect(after.json()).toMatchObject({ status: 'escalated', tier: 3 });
      expect(after.json().timeline.at(-1)).toMatchObject({
        action: 'escalate',
        cause: 'declined',
        actor: null,
        toTier: 3,
      });
      // Tier 3 belongs to the manager: UPT staff may no longer act as coordinator on it.
      expect(after.json().allowedActions).toEqual(['cancel']);
      const resend = await act(t, who.manajer, referral.id, {
        action: 'send',
        version: after.json().version,
        serviceId: await serviceId(t, 'akta_kelahiran'),
        note: 'Mohon diprioritaskan',
      });
      expect(resend.statusCode, resend.body).toBe(200);
      expect(resend.json()).toMatchObject({ status: 'sent', tier: 3 });
    });

    it('records intakes for unregistered people and refuses a NIK that is already registered', async () => {
      const person = await registeredPerson(t);
      const refused = await t.app.inject({
        method: 'POST',
        url: '/api/v1/intakes',
        headers: { cookie: who.fasilitator },
        payload: {
          channel: 'penjangkauan',
          kind: 'penjangkauan',
          category: 'lansia',
          urgency: 'tinggi',
          desa: '7303021001',
          description: 'Lansia tinggal sendiri',
          unregistered: { name: 'Siapa Saja', nik: person.nik },
        },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'PERSON_ALREADY_REGISTERED', field: 'unregistered.nik' });
      const matches = await t.app.inject({
        method: 'GET',
        url: `/api/v1/intakes/matches?nik=${person.nik}&name=Baso%20Dg%20Sikki`,
        headers: { cookie: who.fasilitator },
      });
      expect(matches.statusCode, matches.body).toBe(200);
      expect(matches.json().items[0]).toMatchObject({ personId: person.personId, reason: 'nik', score: 1 });
      const intake = await createIntake(t, who.fasilitator, {
        channel: 'penjangkauan',
        kind: 'penjangkauan',
        unregistered: { name: 'Nenek Tanpa Nama', sex: 'P', birthYear: 1940, address: 'Dusun Dua' },
      });
      expect(intake).toMatchObject({
        status: 'open',
        person: { registered: false, name: 'Nenek Tanpa Nama', birthYear: 1940 },
      });
      expect(intake.number).toMatch(/^PJK-7303021001-/);
      const resolved = await t.app.inject({
        method: 'POST',
        url: `/api/v1/intakes/${intake.id}/resolve`,
        headers: { cookie: who.fasilitator },
        payload: { version: intake.version, resolution: 'Dibantu tetangga dan pemerintah desa' },
      });
      expect(resolved.json()).toMatchObject({
        status: 'resolved',
        resolution: 'Dibantu tetangga dan pemerintah desa',
      });
      // A form re-sent with the same Idempotency-Key records the intake once.
      const key = 'intake-retry-0001';
      const send = () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/intakes',
          headers: { cookie: who.fasilitator, 'idempotency-key': key },
          payload: {
            channel: 'puskesos',
            kind: 'pengaduan',
            category: 'kesehatan',
            urgency: 'sedang',
            desa: '7303021001',
            description: 'Kiriman ulang',
            personId: person.personId,
          },
        });
      const first = await send();
      const again = await send();
      expect(first.statusCode).toBe(201);
      expect(again.json().id).toBe(first.json().id);
      expect(again.json().number).toBe(first.json().number);
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/v1/intakes?status=resolved',
        headers: { cookie: who.fasilitator },
      });
      expect(list.json().items.map((i: { id: string }) => i.id)).toContain(intake.id);
    });

    it('writes outbound notification lines without personal data or case notes', async () => {
      const { referral, person } = await sentReferral(t, who);
      const lines = captured.lines.filter((l) => l.referralId === referral.id);
      expect(lines.map((l) => l.kind)).toEqual(['referral.sent']);
      const text = JSON.stringify(captured.lines);
      expect(text).not.toContain(person.nik);
      expect(text).not.toContain('Baso');
      expect(text).not.toContain('catatan kasus');
      // Nor does the audit log hold the case note or the name: ids and codes only.
      const audit = await t.deps.db.selectFrom('audit_log').select(['details', 'reason']).execute();
      const logged = JSON.stringify(audit);
      expect(logged).not.toContain('catatan kasus');
      expect(logged).not.toContain('Baso');
      expect(logged).not.toContain(person.nik);
    });
  });
});
