import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import { definitionToYaml } from './indicator-set.rules.ts';
import { PEGUNUNGAN } from './scoring.fixtures.ts';

describe.each(testBackends())('indicator sets on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let admin: string;
    let tkpkd: string;
    let facilitator: string;
    beforeAll(async () => {
      t = await createTestApp(backend);
      admin = (await signedIn(t, 'admin')).cookie;
      tkpkd = (await signedIn(t, 'tkpkd')).cookie;
      facilitator = (await signedIn(t, 'fasilitator', { desa: ['7303011002'] })).cookie;
    });
    afterAll(async () => {
      await t?.close();
    });
    const request = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    const setCount = async () =>
      (
        await t.deps.db
          .selectFrom('indicator_set')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;

    it('ships the BPS set and three EXAMPLE local sets, active, readable by facilitators', async () => {
      const response = await request(facilitator, 'GET', '/api/v1/indicator-sets?status=active');
      expect(response.statusCode).toBe(200);
      const items = response.json().items as {
        code: string;
        example: boolean;
        indicatorCount: number;
        version: number;
      }[];
      expect(items.map((s) => [s.code, s.example, s.version]).sort()).toEqual([
        ['bps-14', false, 1],
        ['lokal-dataran-rendah', true, 1],
        ['lokal-pegunungan', true, 1],
        ['lokal-pesisir', true, 1],
      ]);
      const coastal = await request(
        facilitator,
        'GET',
        '/api/v1/indicator-sets?cluster=pesisir&status=active',
      );
      expect(
        coastal
          .json()
          .items.map((s: { code: string }) => s.code)
          .sort(),
      ).toEqual(['bps-14', 'lokal-pesisir']);
      const bps = response.json().items.find((s: { code: string }) => s.code === 'bps-14');
      const one = await request(facilitator, 'GET', `/api/v1/indicator-sets/${bps.id}`);
      expect(one.json()).toMatchObject({
        status: 'active',
        builtIn: true,
        abilities: { edit: false, activate: false, copy: false },
      });
      const mitra = await signedIn(t, 'mitra', { organisation: 'dukcapil' });
      expect((await request(mitra.cookie, 'GET', '/api/v1/indicator-sets')).statusCode).toBe(403);
    });

    it('sends the assessment abilities with /auth/me, per role', async () => {
      const me = async (cookie: string) => (await request(cookie, 'GET', '/api/v1/auth/me')).json().abilities;
      expect(await me(tkpkd)).toMatchObject({
        indicatorSetRead: true,
        indicatorSetEdit: true,
        indicatorSetActivate: false,
        simulationRun: true,
        assessmentRead: false,
        reclassify: false,
      });
      expect(await me(facilitator)).toMatchObject({
        assessmentRead: true,
        assessmentWrite: true,
        indicatorSetActivate: false,
      });
      expect(await me(admin)).toMatchObject({
        indicatorSetActivate: true,
        reclassify: true,
        assessmentRead: false,
      });
    });

    it('lets planners copy and edit a draft with a revision, refuses a stale one, and only admin activates', async () => {
      const active = (
        await request(tkpkd, 'GET', '/api/v1/indicator-sets?status=active&code=lokal-pegunungan')
      ).json().items[0];
      const created = await request(tkpkd, 'POST', '/api/v1/indicator-sets', { copyOf: active.id });
      expect(created.statusCode).toBe(201);
      const draft = created.json();
      expect(draft).toMatchObject({
        version: 2,
        status: 'draft',
        revision: 1,
        abilities: { edit: true, activate: false },
      });

      const definition = {
        ...draft.definition,
        parameters: draft.definition.parameters.map((p: { key: string }) =>
          p.key === 'land_max_m2' ? { ...p, value: 5000 } : p,
        ),
      };
      const edited = await request(tkpkd, 'PATCH', `/api/v1/indicator-sets/${draft.id}`, {
        revision: 1,
        definition,
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json().revision).toBe(2);
      const stale = await request(tkpkd, 'PATCH', `/api/v1/indicator-sets/${draft.id}`, {
        revision: 1,
        definition,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', field: 'revision' });
      const renamed = await request(tkpkd, 'PATCH', `/api/v1/indicator-sets/${draft.id}`, {
        revision: 2,
        definition: { ...definition, code: 'lain' },
      });
      expect(renamed.json().errors).toEqual([
        expect.objectContaining({ field: 'definition.code', code: 'SET_CODE_IMMUTABLE' }),
      ]);

      expect(
        (await request(facilitator, 'POST', `/api/v1/indicator-sets/${draft.id}/activate`, { revision: 2 }))
          .statusCode,
      ).toBe(403);
      expect(
        (await request(tkpkd, 'POST', `/api/v1/indicator-sets/${draft.id}/activate`, { revision: 2 }))
          .statusCode,
      ).toBe(403);
      const activated = await request(admin, 'POST', `/api/v1/indicator-sets/${draft.id}/activate`, {
        revision: 2,
      });
      expect(activated.statusCode).toBe(200);
      expect(activated.json()).toMatchObject({
        set: { id: draft.id, status: 'active', activatedBy: { username: expect.any(String) } },
        retired: [{ id: active.id, code: 'lokal-pegunungan', version: 1 }],
      });
      const old = await request(admin, 'GET', `/api/v1/indicator-sets/${active.id}`);
      expect(old.json()).toMatchObject({ status: 'retired', retiredAt: expect.any(String) });
      // An active set is no longer a draft: it cannot be edited or activated again.
      expect(
        (
          await request(admin, 'PATCH', `/api/v1/indicator-sets/${draft.id}`, { revision: 2, definition })
        ).json().code,
      ).toBe('SET_NOT_DRAFT');
      const audit = await t.deps.db
        .selectFrom('audit_log')
        .where('object_id', '=', draft.id)
        .select('action')
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual([
        'indicator_set.copy',
        'indicator_set.update',
        'indicator_set.activate',
      ]);
    });

    it('imports a YAML or JSON file as a draft, and exports it back', async () => {
      const yaml = definitionToYaml({
        ...PEGUNUNGAN,
        code: 'impor-yaml',
        name: { id: 'Impor YAML', en: 'YAML import' },
      });
      const imported = await t.app.inject({
        method: 'POST',
        url: '/api/v1/indicator-sets/import',
        headers: { cookie: admin, 'content-type': 'application/yaml' },
        payload: yaml,
      });
      expect(imported.statusCode).toBe(201);
      expect(imported.json()).toMatchObject({
        version: 1,
        status: 'draft',
        definition: { code: 'impor-yaml', scheme: 'lokal' },
      });
      const json = await request(admin, 'POST', '/api/v1/indicator-sets/import', {
        ...PEGUNUNGAN,
        code: 'impor-yaml',
      });
      expect(json.json()).toMatchObject({ version: 2, status: 'draft' });

      const exported = await request(
        admin,
        'GET',
        `/api/v1/indicator-sets/${imported.json().id}/export?format=yaml`,
      );
      expect(exported.headers['content-type']).toContain('application/yaml');
      expect(exported.headers['content-disposition']).toBe('attachment; filename="impor-yaml-v1.yaml"');
      expect(exported.body).toBe(yaml);
      const asJson = await request(facilitator, 'GET', `/api/v1/indicator-sets/${imported.json().id}/export`);
      expect(JSON.parse(asJson.body)).toEqual(imported.json().definition);
    });

    it('refuses an invalid file with field-level errors and stores nothing', async () => {
      const before = await setCount();
      const broken = structuredClone(PEGUNUNGAN) as unknown as Record<string, unknown>;
      const indicators = broken.indicators as Record<string, unknown>[];
      indicators[1]!.criterion = { op: 'gte', param: 'jarak' };
      indicators[3]!.answer = { type: 'choice', options: [{ value: 'Aspal', label: { id: 'A', en: 'A' } }] };
      broken.classes = [{ class: 'miskin', minScore: 5 }];
      const response = await request(admin, 'POST', '/api/v1/indicator-sets/import', broken);
      expect(response.statusCode).toBe(422);
      expect(response.json().errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['indicators.3.answer.options.0.value', 'KEY_INVALID'],
        ['indicators.3.answer.options', 'TOO_SHORT'],
        ['classes', 'TOO_SHORT'],
      ]);
      const semantic = structuredClone(PEGUNUNGAN);
      semantic.indicators[1]!.criterion = { op: 'gte', param: 'jarak' };
      const second = await request(admin, 'POST', '/api/v1/indicator-sets/import', semantic);
      expect(second.json().errors).toEqual([
        {
          field: 'indicators.1.criterion.param',
          code: 'SET_PARAMETER_UNKNOWN',
          detail: 'Parameter yang dirujuk tidak ada di set ini.',
        },
      ]);
      const unreadable = await t.app.inject({
        method: 'POST',
        url: '/api/v1/indicator-sets/import',
        headers: { cookie: admin, 'content-type': 'application/yaml' },
        payload: 'code: [tidak tertutup\n',
      });
      expect(unreadable.json().errors).toEqual([
        expect.objectContaining({ field: '', code: 'SET_FILE_UNREADABLE' }),
      ]);
      expect(
        (await request(facilitator, 'POST', '/api/v1/indicator-sets/import', PEGUNUNGAN)).statusCode,
      ).toBe(403);
      expect(await setCount()).toBe(before);
    });
  });
});
