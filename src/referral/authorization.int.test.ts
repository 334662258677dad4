import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import {
  type Actors,
  act,
  actors,
  captureNotifications,
  createIntake,
  OTHER_DESA,
  registeredPerson,
  sentReferral,
  serviceId,
} from './referral.testkit.ts';

describe.each(testBackends())('referral authorisation on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let who: Actors;
    let referral: { id: string; number: string };
    let intake: { id: string };
    let person: { personId: string; nik: string };
    let otherFacilitator: string;
    let tkpkd: string;

    beforeAll(async () => {
      t = await createTestApp(backend);
      captureNotifications(t);
      who = await actors(t);
      ({ referral, intake, person } = await sentReferral(t, who));
      otherFacilitator = (await signedIn(t, 'fasilitator', { desa: [OTHER_DESA] })).cookie;
      tkpkd = (await signedIn(t, 'tkpkd')).cookie;
    });
    afterAll(async () => {
      await t?.close();
    });

    const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

    it('shows a partner only its own organisation’s referrals', async () => {
      for (const url of [`/api/v1/referrals/${referral.id}`, `/api/v1/referrals/${referral.id}/letter.pdf`]) {
        const response = await get(who.mitraBpjs, url);
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
      const transition = await act(t, who.mitraBpjs, referral.id, { action: 'accept', version: 1 });
      expect(transition.statusCode).toBe(404);
      const board = await get(who.mitraBpjs, '/api/v1/referrals?pageSize=100');
      expect(board.json().items.map((r: { id: string }) => r.id)).not.toContain(referral.id);
      const services = await get(who.mitraBpjs, `/api/v1/people/${person.personId}/services`);
      expect(services.statusCode).toBe(404);
      const own = await get(who.mitraDukcapil, '/api/v1/referrals?pageSize=100');
      expect(own.json().items.map((r: { id: string }) => r.id)).toContain(referral.id);
      for (const item of own.json().items) expect(item.organisation.code).toBe('dukcapil');
    });

    it('gives a partner only the person fields its service lists, and no case notes', async () => {
      const response = await get(who.mitraDukcapil, `/api/v1/referrals/${referral.id}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      // akta_kelahiran lists: fullName, nik, kk, sex, birthDate, birthPlace, address, documents.
      expect(Object.keys(body.person).sort()).toEqual(
        [
          'registered',
          'fullName',
          'nik',
          'kk',
          'sex',
          'birthDate',
          'birthYear',
          'birthPlace',
          'address',
          'documents',
        ].sort(),
      );
      expect(body.person).not.toHaveProperty('disability');
      expect(body.person).not.toHaveProperty('insurance');
      expect(body.person).not.toHaveProperty('personId');
      expect(body.intake).toBeNull();
      expect(response.body).not.toContain('catatan kasus');
      // The referring side sees everything, including the intake.
      const full = (await get(who.fasilitator, `/api/v1/referrals/${referral.id}`)).json();
      expect(full.person).toHaveProperty('insurance');
      expect(full.intake).toMatchObject({ id: intake.id });
      // A partner has no access to intakes, the registry, or another service's data.
      expect((await get(who.mitraDukcapil, `/api/v1/intakes/${intake.id}`)).statusCode).toBe(403);
      expect((await get(who.mitraDukcapil, `/api/v1/people/${person.personId}`)).statusCode).toBe(403);
    });

    it('hides the name from a partner whose service does not list it', async () => {
      const restricted = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/services/${await serviceId(t, 'pbi_jkn')}`,
        headers: { cookie: (await signedIn(t, 'admin')).cookie },
        payload: { version: 1, personFields: ['nik', 'insurance'] },
      });
      expect(restricted.statusCode, restricted.body).toBe(200);
      const { referral: bpjs } = await sentReferral(t, who, { service: 'pbi_jkn' });
      const view = (await get(who.mitraBpjs, `/api/v1/referrals/${bpjs.id}`)).json();
      expect(view.personName).toBeNull();
      expect(Object.keys(view.person).sort()).toEqual(['insurance', 'nik', 'registered']);
    });

    it('keeps a facilitator to the intakes and referrals of their own desa', async () => {
      expect((await get(otherFacilitator, `/api/v1/intakes/${intake.id}`)).statusCode).toBe(404);
      expect((await get(otherFacilitator, `/api/v1/referrals/${referral.id}`)).statusCode).toBe(404);
      const cancel = await act(t, otherFacilitator, referral.id, {
        action: 'cancel',
        version: 1,
        reason: 'x',
      });
      expect(cancel.statusCode).toBe(404);
      const list = (await get(otherFacilitator, '/api/v1/intakes?pageSize=100')).json();
      expect(list.items.map((i: { id: string }) => i.id)).not.toContain(intake.id);
      const board = (await get(otherFacilitator, '/api/v1/referrals?pageSize=100')).json();
      expect(board.total).toBe(0);
      // Nor may they record an intake for another desa or a person outside it.
      const elsewhere = await t.app.inject({
        method: 'POST',
        url: '/api/v1/intakes',
        headers: { cookie: otherFacilitator },
        payload: {
          channel: 'puskesos',
          kind: 'pengaduan',
          category: 'kesehatan',
          urgency: 'rendah',
          desa: '7303021001',
          description: 'x',
          personId: person.personId,
        },
      });
      expect(elsewhere.statusCode).toBe(422);
      expect(elsewhere.json().errors[0]).toMatchObject({ field: 'desa', code: 'INTAKE_DESA_OUT_OF_SCOPE' });
      const hisPerson = await registeredPerson(t, OTHER_DESA, 'Muhammad Ridwan');
      const theirs = await createIntake(t, otherFacilitator, {
        desa: OTHER_DESA,
        personId: hisPerson.personId,
      });
      expect((await get(who.fasilitator, `/api/v1/intakes/${theirs.id}`)).statusCode).toBe(404);
    });

    it('refuses roles without referral work', async () => {
      for (const url of [
        '/api/v1/intakes',
        '/api/v1/referrals',
        '/api/v1/inbox',
        `/api/v1/referrals/${referral.id}`,
      ]) {
        const response = await get(tkpkd, url);
        expect(response.statusCode).toBe(403);
      }
      const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/referrals' });
      expect(anonymous.statusCode).toBe(401);
    });

    it('lets any partner verify a letter without seeing personal data', async () => {
      const response = await get(who.mitraBpjs, `/api/v1/referrals/${referral.id}/verify`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ valid: true, number: referral.number, status: 'sent' });
      expect(response.body).not.toContain(person.nik);
      expect(response.body).not.toContain('Baso');
    });
  });
});
