import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { householdInput, uniqueNik } from '../../test/factories.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import type { Role } from '../auth/roles.ts';

// Two households in two kecamatan: the matrix checks every role against one inside and one
// outside its scope, on every registry route. Out of scope must look exactly like "missing".
const DESA_OWN = '7303021001'; // Tappanjeng, kecamatan Bantaeng (730302)
const DESA_OTHER = '7303011001'; // Bonto Manai, kecamatan Bissappu (730301)

interface Seeded {
  householdId: string;
  personId: string;
  nik: string;
  kk: string;
  version: number;
  personVersion: number;
}

const ROLE_SCOPES: Record<Role, { desa?: string[]; kecamatan?: string; organisation?: string } | undefined> =
  {
    fasilitator: { desa: [DESA_OWN] },
    supervisor: { kecamatan: '730302' },
    petugas_upt: undefined,
    pekerja_sosial: undefined,
    call_center: undefined,
    manajer: undefined,
    mitra: { organisation: 'dukcapil' },
    tkpkd: undefined,
    admin: undefined,
  };
const READERS: Role[] = [
  'fasilitator',
  'supervisor',
  'petugas_upt',
  'pekerja_sosial',
  'call_center',
  'manajer',
];
const WRITERS: Role[] = ['fasilitator', 'supervisor', 'petugas_upt'];
const REGENCY_WIDE: Role[] = ['petugas_upt', 'pekerja_sosial', 'call_center', 'manajer'];

describe.each(testBackends())('registry authorisation matrix on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let own: Seeded;
    let other: Seeded;

    async function seed(desa: string, name: string): Promise<Seeded> {
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
        householdId: body.id,
        personId: body.members[0].id,
        nik: input.members[0]!.nik,
        kk: input.kk,
        version: body.version,
        personVersion: body.members[0].version,
      };
    }

    beforeAll(async () => {
      t = await createTestApp(backend);
      own = await seed(DESA_OWN, 'Ramlah Daeng Kebo');
      other = await seed(DESA_OTHER, 'Ramlah Daeng Kebo');
    });
    afterAll(async () => {
      await t?.close();
    });

    const inScope = (role: Role, target: 'own' | 'other') => target === 'own' || REGENCY_WIDE.includes(role);

    for (const role of Object.keys(ROLE_SCOPES) as Role[]) {
      for (const target of ['own', 'other'] as const) {
        it(`${role} × ${target} scope`, async () => {
          const { cookie } = await signedIn(t, role, ROLE_SCOPES[role]);
          const h = target === 'own' ? own : other;
          const get = (url: string) => t.app.inject({ url, headers: { cookie } });
          const send = (method: 'POST' | 'PATCH', url: string, payload: object) =>
            t.app.inject({ method, url, headers: { cookie }, payload });

          const reads = {
            byNik: await get(`/api/v1/people?nik=${h.nik}`),
            byName: await get(`/api/v1/people?q=${encodeURIComponent('Ramlah Daeng Kebo')}`),
            person: await get(`/api/v1/people/${h.personId}`),
            byKk: await get(`/api/v1/households?kk=${h.kk}`),
            household: await get(`/api/v1/households/${h.householdId}`),
            history: await get(`/api/v1/households/${h.householdId}/history`),
          };
          if (!READERS.includes(role)) {
            for (const response of Object.values(reads)) {
              expect(response.statusCode).toBe(403);
              expect(response.json().code).toBe('FORBIDDEN');
            }
          } else if (inScope(role, target)) {
            expect(reads.byNik.json().items.map((p: { id: string }) => p.id)).toEqual([h.personId]);
            expect(reads.byName.json().items.map((p: { id: string }) => p.id)).toContain(h.personId);
            expect(reads.person.statusCode).toBe(200);
            expect(reads.byKk.json().items.map((x: { id: string }) => x.id)).toEqual([h.householdId]);
            expect(reads.household.statusCode).toBe(200);
            expect(reads.history.statusCode).toBe(200);
          } else {
            expect(reads.byNik.json().items).toEqual([]);
            expect(reads.byName.json().items.map((p: { id: string }) => p.id)).not.toContain(h.personId);
            expect(reads.byKk.json().items).toEqual([]);
            const missing = await get('/api/v1/households/00000000-0000-4000-8000-000000000000');
            for (const response of [reads.person, reads.household, reads.history]) {
              expect(response.statusCode).toBe(404);
              expect({ ...response.json(), instance: '', requestId: '' }).toEqual({
                ...missing.json(),
                instance: '',
                requestId: '',
              });
            }
          }

          const canRead = READERS.includes(role) && inScope(role, target);
          const householdVersion = canRead ? reads.household.json().version : h.version;
          const personVersion = canRead ? reads.person.json().version : h.personVersion;
          const newborn = uniqueNik({ sex: 'P', birthDate: '2025-01-05' });
          const writes = {
            addMember: await send('POST', `/api/v1/households/${h.householdId}/members`, {
              nik: newborn.nik,
              name: 'Bayi Uji',
              sex: 'P',
              birthDate: newborn.birthDate,
              relation: 'anak',
            }),
            patchHousehold: await send('PATCH', `/api/v1/households/${h.householdId}`, {
              version: householdVersion,
              address: { text: `diubah oleh ${role}` },
            }),
            patchPerson: await send('PATCH', `/api/v1/people/${h.personId}`, {
              version: personVersion,
              occupation: 'nelayan',
            }),
            register: await send(
              'POST',
              '/api/v1/households',
              householdInput(target === 'own' ? DESA_OWN : DESA_OTHER, { members: 1 }),
            ),
          };
          if (!WRITERS.includes(role)) {
            for (const response of Object.values(writes)) expect(response.statusCode).toBe(403);
          } else if (inScope(role, target)) {
            expect(writes.addMember.statusCode).toBe(201);
            expect(writes.register.statusCode).toBe(201);
            expect(writes.patchHousehold.statusCode).toBe(200);
            expect(writes.patchHousehold.json().address.text).toBe(`diubah oleh ${role}`);
            expect(writes.patchPerson.statusCode).toBe(200);
            expect(writes.patchPerson.json().occupation).toBe('nelayan');
          } else {
            expect(writes.addMember.statusCode).toBe(404);
            expect(writes.patchHousehold.statusCode).toBe(404);
            expect(writes.patchPerson.statusCode).toBe(404);
            expect(writes.register.statusCode).toBe(422);
            expect(writes.register.json().errors).toContainEqual(
              expect.objectContaining({ field: 'desa', code: 'DESA_OUT_OF_SCOPE' }),
            );
          }
        });
      }
    }
  });
});
