/** Helpers shared by the referral integration tests (not application code). */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { householdInput } from '../../test/factories.ts';
import { signedIn, type TestContext } from '../../test/harness.ts';
import { createNotifier, type NotificationMessage } from '../notification/notifier.ts';

export const DESA = '7303021001'; // Tappanjeng, kecamatan Bantaeng
export const OTHER_DESA = '7303011001'; // Bonto Manai, kecamatan Bissappu

/** Replaces the app's notifier with one whose outbound channel records the log lines it would write. */
export function captureNotifications(t: TestContext): {
  lines: Record<string, unknown>[];
  messages: NotificationMessage[];
} {
  const captured = { lines: [] as Record<string, unknown>[], messages: [] as NotificationMessage[] };
  t.deps.notifier = createNotifier([
    {
      name: 'capture',
      async deliver(m) {
        captured.messages.push(m);
        captured.lines.push({
          kind: m.kind,
          referralId: m.referralId,
          referralNumber: m.referralNumber,
          recipient: m.recipient,
        });
      },
    },
  ]);
  return captured;
}

/** A registered household in the desa; returns the head's person id and NIK. */
export async function registeredPerson(t: TestContext, desa = DESA, name = 'Baso Daeng Sikki') {
  const { cookie } = await signedIn(t, 'petugas_upt');
  const input = householdInput(desa, { headName: name, members: 2 });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/households',
    headers: { cookie },
    payload: input,
  });
  expect(response.statusCode).toBe(201);
  const body = response.json();
  return {
    personId: body.members[0].id as string,
    nik: input.members[0]!.nik,
    householdId: body.id as string,
  };
}

export async function serviceId(t: TestContext, code: string): Promise<string> {
  const row = await t.deps.db
    .selectFrom('service')
    .where('code', '=', code)
    .select('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface Actors {
  fasilitator: string;
  fasilitatorId: string;
  mitraDukcapil: string;
  mitraBpjs: string;
  upt: string;
  manajer: string;
}

export async function actors(t: TestContext, desa = DESA): Promise<Actors> {
  const f = await signedIn(t, 'fasilitator', { desa: [desa] });
  return {
    fasilitator: f.cookie,
    fasilitatorId: f.user.id,
    mitraDukcapil: (await signedIn(t, 'mitra', { organisation: 'dukcapil' })).cookie,
    mitraBpjs: (await signedIn(t, 'mitra', { organisation: 'bpjs_kesehatan' })).cookie,
    upt: (await signedIn(t, 'petugas_upt')).cookie,
    manajer: (await signedIn(t, 'manajer')).cookie,
  };
}

export async function createIntake(t: TestContext, cookie: string, body: Record<string, unknown>) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/intakes',
    headers: { cookie },
    payload: {
      channel: 'puskesos',
      kind: 'permohonan',
      category: 'adminduk',
      urgency: 'sedang',
      desa: DESA,
      description: 'Anak belum punya akta kelahiran; catatan kasus rahasia.',
      ...body,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** An intake for a registered person and a referral to the service, sent unless told otherwise. */
export async function sentReferral(
  t: TestContext,
  who: Actors,
  options: { service?: string; send?: boolean } = {},
) {
  const person = await registeredPerson(t);
  const intake = await createIntake(t, who.fasilitator, { personId: person.personId });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: { cookie: who.fasilitator },
    payload: {
      intakeId: intake.id,
      serviceId: await serviceId(t, options.service ?? 'akta_kelahiran'),
      note: 'Mohon dibantu penerbitan akta.',
      send: options.send ?? true,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { referral: response.json(), intake, person };
}

export async function act(
  t: TestContext,
  cookie: string,
  id: string,
  body: Record<string, unknown>,
  key: string | null = randomUUID(),
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/referrals/${id}/transitions`,
    headers: { cookie, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });
}
