import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { householdInput, uniqueKk, uniqueNik } from '../../test/factories.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import { formatNik } from './nik.rules.ts';

const DESA = '7303021002'; // Pallantikang

describe.each(testBackends())('registry on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let cookie: string;
    let actorId: string;
    beforeAll(async () => {
      t = await createTestApp(backend);
      const signed = await signedIn(t, 'fasilitator', { desa: [DESA] });
      cookie = signed.cookie;
      actorId = signed.user.id;
    });
    afterAll(async () => {
      await t?.close();
    });
    const post = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
    const patch = (url: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url, headers: { cookie }, payload });
    const get = (url: string) => t.app.inject({ url, headers: { cookie } });

    it('registers a household with its members and shows it with history', async () => {
      const input = householdInput(DESA);
      const response = await post('/api/v1/households', input);
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        kk: input.kk,
        desa: { code: DESA, name: 'Pallantikang', kecamatanName: 'Bantaeng' },
        version: 1,
      });
      expect(body.members.map((m: { fullName: string }) => m.fullName)).toEqual([
        'Baso Daeng Sikki',
        'Sitti Rahmah',
        'Nurhayati',
      ]);
      const stored = await t.deps.db
        .selectFrom('person')
        .where('household_id', '=', body.id)
        .select(['nik', 'created_by'])
        .execute();
      expect(stored.map((p) => p.nik).sort()).toEqual(input.members.map((m) => m.nik).sort());
      expect(stored.every((p) => p.created_by === actorId)).toBe(true);
      const history = (await get(`/api/v1/households/${body.id}/history`)).json().items;
      expect(history.filter((h: { action: string }) => h.action === 'create')).toHaveLength(4);
    });

    it('refuses an invalid NIK at the field, and stores nothing of the household', async () => {
      const input = householdInput(DESA);
      input.members[1]!.nik = `999999${input.members[1]!.nik.slice(6)}`;
      input.members[2]!.nik = input.members[2]!.nik.slice(0, 15);
      const response = await post('/api/v1/households', input);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors).toEqual([
        { field: 'members.1.nik', code: 'NIK_INVALID_REGION', detail: expect.stringContaining('kecamatan') },
        { field: 'members.2.nik', code: 'NIK_INVALID_LENGTH', detail: 'NIK harus 16 digit.' },
      ]);
      const stored = await t.deps.db
        .selectFrom('household')
        .where('kk', '=', input.kk)
        .select('id')
        .execute();
      expect(stored).toEqual([]);
      // The error never echoes the NIK.
      expect(response.body).not.toContain(input.members[1]!.nik);
    });

    it('accepts a NIK that disagrees with sex only with a reason, and flags it', async () => {
      const input = householdInput(DESA, { members: 1 });
      const woman = formatNik({ regionCode: '730302', sex: 'P', birthDate: '1970-03-08', serial: 4242 });
      const mismatched = { ...input.members[0]!, nik: woman, sex: 'L' as const, birthDate: '1970-03-08' };
      input.members[0] = mismatched as (typeof input.members)[0];
      const refused = await post('/api/v1/households', input);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ field: 'members.0.nik', code: 'NIK_SEX_MISMATCH' }),
      ]);
      const accepted = await post('/api/v1/households', {
        ...input,
        members: [{ ...input.members[0], nikMismatchReason: 'KTP asli diperiksa: data Dukcapil keliru' }],
      });
      expect(accepted.statusCode).toBe(201);
      expect(accepted.json().members[0]).toMatchObject({
        flags: ['NIK_SEX_MISMATCH'],
        nikMismatchReason: 'KTP asli diperiksa: data Dukcapil keliru',
      });
    });

    it('registers a person without a NIK, flagged as such', async () => {
      const household = (await post('/api/v1/households', householdInput(DESA, { members: 1 }))).json();
      const baby = await post(`/api/v1/households/${household.id}/members`, {
        name: 'Bayi Perempuan',
        sex: 'P',
        birthDate: '2026-10-01',
        relation: 'anak',
        noNikReason: 'bayi_belum_terdaftar',
      });
      expect(baby.statusCode).toBe(201);
      expect(baby.json()).toMatchObject({
        nik: null,
        flags: ['NIK_MISSING'],
        noNikReason: 'bayi_belum_terdaftar',
      });
    });

    it('keeps NIK and KK unique across the registry with 409', async () => {
      const first = householdInput(DESA, { members: 1 });
      expect((await post('/api/v1/households', first)).statusCode).toBe(201);
      const again = { ...householdInput(DESA, { members: 1 }), kk: first.kk };
      const kkClash = await post('/api/v1/households', again);
      expect(kkClash.statusCode).toBe(409);
      expect(kkClash.json()).toMatchObject({ code: 'KK_DUPLICATE', field: 'kk' });
      const nikClash = await post('/api/v1/households', {
        ...householdInput(DESA, { members: 1 }),
        members: [{ ...first.members[0], name: 'Orang Lain' }],
      });
      expect(nikClash.statusCode).toBe(409);
      expect(nikClash.json().errors).toEqual([
        expect.objectContaining({ field: 'members.0.nik', code: 'NIK_DUPLICATE' }),
      ]);
    });

    it('answers a stale version with 409 and loses neither change', async () => {
      const household = (await post('/api/v1/households', householdInput(DESA))).json();
      const person = household.members[1];
      const first = await patch(`/api/v1/people/${person.id}`, {
        version: person.version,
        occupation: 'pedagang',
      });
      expect(first.statusCode).toBe(200);
      expect(first.json().version).toBe(person.version + 1);
      const stale = await patch(`/api/v1/people/${person.id}`, { version: person.version, education: 'sma' });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
      const now = (await get(`/api/v1/people/${person.id}`)).json();
      expect(now).toMatchObject({ occupation: 'pedagang', education: null, version: person.version + 1 });

      const h1 = await patch(`/api/v1/households/${household.id}`, { version: 1, address: { rt: '005' } });
      expect(h1.statusCode).toBe(200);
      const h2 = await patch(`/api/v1/households/${household.id}`, { version: 1, address: { rw: '009' } });
      expect(h2.statusCode).toBe(409);
      expect((await get(`/api/v1/households/${household.id}`)).json().address).toMatchObject({
        rt: '005',
        rw: '002',
      });
    });

    it('lets concurrent updates with the same version apply exactly once', async () => {
      const household = (await post('/api/v1/households', householdInput(DESA, { members: 1 }))).json();
      const person = household.members[0];
      const answers = await Promise.all(
        ['petani', 'nelayan', 'pedagang', 'buruh_harian'].map((occupation) =>
          patch(`/api/v1/people/${person.id}`, { version: person.version, occupation }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409, 409]);
      const row = await t.deps.db
        .selectFrom('person')
        .where('id', '=', person.id)
        .select('version')
        .executeTakeFirstOrThrow();
      expect(row.version).toBe(person.version + 1);
    });

    it('moves a person to another household, recorded in both histories', async () => {
      const from = (await post('/api/v1/households', householdInput(DESA))).json();
      const to = (await post('/api/v1/households', householdInput(DESA, { members: 1 }))).json();
      const child = from.members[2];
      const noReason = await patch(`/api/v1/people/${child.id}`, {
        version: child.version,
        householdId: to.id,
      });
      expect(noReason.json().errors).toEqual([
        expect.objectContaining({ field: 'reason', code: 'MOVE_REASON_REQUIRED' }),
      ]);
      const moved = await patch(`/api/v1/people/${child.id}`, {
        version: child.version,
        householdId: to.id,
        relation: 'cucu',
        reason: 'Ikut nenek',
      });
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ householdId: to.id, relation: 'cucu' });
      const fromHistory = (await get(`/api/v1/households/${from.id}/history`)).json().items;
      const toHistory = (await get(`/api/v1/households/${to.id}/history`)).json().items;
      expect(fromHistory[0]).toMatchObject({
        action: 'move_out',
        subject: child.fullName,
        reason: 'Ikut nenek',
      });
      expect(toHistory[0]).toMatchObject({ action: 'move_in', objectId: child.id });
      expect(toHistory[0].changes).toContainEqual({ field: 'householdId', old: from.id, new: to.id });
      expect(toHistory[0].changes).toContainEqual({ field: 'relation', old: 'anak', new: 'cucu' });
      expect((await get(`/api/v1/households/${from.id}`)).json().members).toHaveLength(2);
    });

    it('keeps one head per household', async () => {
      const household = (await post('/api/v1/households', householdInput(DESA, { members: 1 }))).json();
      const second = uniqueNik();
      const response = await post(`/api/v1/households/${household.id}/members`, {
        nik: second.nik,
        name: 'Kepala Kedua',
        sex: 'L',
        birthDate: second.birthDate,
        relation: 'kepala_keluarga',
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'relation', code: 'HEAD_DUPLICATE' }),
      ]);
      const noHead = householdInput(DESA, { members: 2 });
      noHead.members[0]!.relation = 'famili_lain' as never;
      expect((await post('/api/v1/households', noHead)).json().errors).toContainEqual(
        expect.objectContaining({ field: 'members.0.relation', code: 'HEAD_REQUIRED' }),
      );
    });

    it('writes audit entries for reads and writes, and the audit log refuses changes', async () => {
      const household = (await post('/api/v1/households', householdInput(DESA, { members: 2 }))).json();
      await get(`/api/v1/people/${household.members[0].id}`);
      const entries = await t.deps.db
        .selectFrom('audit_log')
        .where('actor_id', '=', actorId)
        .where((eb) =>
          eb.or([eb('object_id', '=', household.id), eb('object_id', '=', household.members[0].id)]),
        )
        .select(['action', 'actor_role', 'request_id'])
        .execute();
      const actions = entries.map((e) => e.action);
      expect(actions).toContain('household.create');
      expect(actions).toContain('household.read');
      expect(actions.filter((a) => a === 'person.read').length).toBeGreaterThanOrEqual(2);
      expect(entries.every((e) => e.actor_role === 'fasilitator' && e.request_id)).toBe(true);
      await expect(t.deps.db.updateTable('audit_log').set({ action: 'x' }).execute()).rejects.toThrow(
        /append-only/,
      );
      await expect(t.deps.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    });

    it('validates field types and unknown fields with field-level problem+json', async () => {
      const response = await post('/api/v1/households', {
        kk: uniqueKk(),
        desa: DESA,
        members: [{ name: '', sex: 'X', birthDate: '2020-02-30', relation: 'kepala_keluarga', hobby: 'x' }],
      });
      expect(response.statusCode).toBe(422);
      const fields = response
        .json()
        .errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
      expect(fields).toEqual(
        expect.arrayContaining([
          'members.0.name:TOO_SHORT',
          'members.0.sex:INVALID_VALUE',
          'members.0.birthDate:INVALID_DATE',
          'members.0.hobby:UNKNOWN_FIELD',
        ]),
      );
    });
  });
});
