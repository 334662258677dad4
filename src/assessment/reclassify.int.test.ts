import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import { activeSetId, DESA, postAssessment, registerHousehold } from './assessment.int-fixtures.ts';
import { answersMeeting, BPS, criteriaKeys } from './scoring.fixtures.ts';

/**
 * The policy cycle end to end: planners simulate a draft (counts only), admin activates it and
 * re-classifies the registry; earlier results stay readable with their version.
 */
describe.each(testBackends())('simulation and re-classification on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let facilitator: string;
    let admin: string;
    let tkpkd: string;
    let manajer: string;
    let bpsId: string;
    let farmer: string;
    let poor: string;
    let draftId: string;
    beforeAll(async () => {
      t = await createTestApp(backend);
      facilitator = (await signedIn(t, 'fasilitator', { desa: [DESA.pegunungan, DESA.pesisir] })).cookie;
      admin = (await signedIn(t, 'admin')).cookie;
      tkpkd = (await signedIn(t, 'tkpkd')).cookie;
      manajer = (await signedIn(t, 'manajer')).cookie;
      bpsId = await activeSetId(t, facilitator, 'bps-14');
      // A farmer with 3,000 m² meets 8 criteria under the 500 m² rule, 9 under 0.5 ha.
      const eight = new Set(
        criteriaKeys(BPS)
          .filter((k) => k !== 'head_occupation')
          .slice(0, 8),
      );
      farmer = await registerHousehold(t, facilitator, DESA.pegunungan);
      const farmerAnswers = {
        ...answersMeeting(BPS, eight),
        head_occupation: 'petani',
        head_land_area_m2: 3000,
      };
      expect(
        (await postAssessment(t, facilitator, farmer, { setId: bpsId, answers: farmerAnswers })).json().class,
      ).toBe('tidak_miskin');
      poor = await registerHousehold(t, facilitator, DESA.pesisir);
      const nine = new Set(criteriaKeys(BPS).slice(0, 9));
      expect(
        (
          await postAssessment(t, facilitator, poor, { setId: bpsId, answers: answersMeeting(BPS, nine) })
        ).json().class,
      ).toBe('miskin');
    });
    afterAll(async () => {
      await t?.close();
    });
    const post = (cookie: string, url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: { cookie }, payload });
    const resultCount = async () =>
      (
        await t.deps.db
          .selectFrom('assessment_result')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;

    it('simulates a draft for planners with counts only, and for managers with names; nothing is saved', async () => {
      const draft = (await post(tkpkd, '/api/v1/indicator-sets', { copyOf: bpsId })).json();
      draftId = draft.id;
      const definition = {
        ...draft.definition,
        parameters: draft.definition.parameters.map((p: { key: string }) =>
          p.key === 'land_area_max_m2' ? { ...p, value: 5000 } : p,
        ),
      };
      expect(
        (
          await t.app.inject({
            method: 'PATCH',
            url: `/api/v1/indicator-sets/${draftId}`,
            headers: { cookie: tkpkd },
            payload: { revision: 1, definition },
          })
        ).statusCode,
      ).toBe(200);
      const before = await resultCount();

      const planners = await post(tkpkd, '/api/v1/simulations', { setId: draftId });
      expect(planners.statusCode).toBe(200);
      const result = planners.json();
      expect(result).toMatchObject({
        candidate: { id: draftId, version: 2, status: 'draft', overridden: false },
        baseline: { id: bpsId, version: 1 },
        classes: ['miskin', 'tidak_miskin'],
        regency: {
          households: 2,
          up: 0,
          down: 1,
          candidate: { miskin: 2, tidak_miskin: 0 },
          baseline: { miskin: 1, tidak_miskin: 1 },
        },
        movers: null,
        moversTruncated: false,
      });
      expect(result.clusters.find((c: { cluster: string }) => c.cluster === 'pegunungan')).toMatchObject({
        households: 1,
        down: 1,
      });
      expect(result.desa).toHaveLength(67);
      expect(result.desa.find((d: { code: string }) => d.code === DESA.pegunungan)).toMatchObject({
        name: 'Kampala',
        households: 1,
        down: 1,
      });
      expect(result.kecamatan).toHaveLength(8);
      expect(planners.body).not.toContain('Baso');

      const managers = (await post(manajer, '/api/v1/simulations', { setId: draftId })).json();
      expect(managers.movers).toEqual([
        {
          householdId: farmer,
          headName: 'Baso Daeng Sikki',
          desaCode: DESA.pegunungan,
          from: 'tidak_miskin',
          to: 'miskin',
          direction: 'down',
        },
      ]);
      expect(await resultCount()).toBe(before);
      const audit = await t.deps.db
        .selectFrom('audit_log')
        .where('action', '=', 'assessment.simulate')
        .select('details')
        .execute();
      expect(audit).toHaveLength(2);
    });

    it('simulates ad-hoc thresholds on the active version and refuses unknown overrides by field', async () => {
      const lower = await post(tkpkd, '/api/v1/simulations', {
        setId: bpsId,
        overrides: {
          classes: [
            { class: 'miskin', minScore: 8 },
            { class: 'tidak_miskin', minScore: 0 },
          ],
        },
      });
      expect(lower.json()).toMatchObject({
        candidate: { overridden: true },
        regency: { down: 1, candidate: { miskin: 2 } },
      });
      const bad = await post(tkpkd, '/api/v1/simulations', {
        setId: bpsId,
        overrides: { weights: { warna: 2 } },
      });
      expect(bad.statusCode).toBe(422);
      expect(bad.json().errors).toEqual([
        expect.objectContaining({ field: 'overrides.weights.warna', code: 'SIMULATION_INDICATOR_UNKNOWN' }),
      ]);
      expect((await post(facilitator, '/api/v1/simulations', { setId: bpsId })).statusCode).toBe(403);
    });

    it('after activation, re-classifies in one call and keeps every earlier result readable with its version', async () => {
      expect((await post(facilitator, '/api/v1/assessments/reclassify', {})).statusCode).toBe(403);
      expect(
        (await post(admin, `/api/v1/indicator-sets/${draftId}/activate`, { revision: 2 })).statusCode,
      ).toBe(200);
      const stale = await post(admin, '/api/v1/assessments/reclassify', { setIds: [bpsId] });
      expect(stale.json().errors).toEqual([
        expect.objectContaining({ field: 'setIds.0', code: 'SET_NOT_ACTIVE' }),
      ]);

      const response = await post(admin, '/api/v1/assessments/reclassify', {});
      expect(response.statusCode).toBe(200);
      const bps = response.json().sets.find((s: { id: string }) => s.id === draftId);
      expect(bps).toMatchObject({
        code: 'bps-14',
        version: 2,
        households: 2,
        changed: 1,
        byClass: { miskin: 2, tidak_miskin: 0 },
      });
      expect(response.json().households).toBe(2);

      const history = await t.app.inject({
        url: `/api/v1/households/${farmer}/assessments`,
        headers: { cookie: facilitator },
      });
      const items = history.json().items;
      expect(
        items.map((i: { set: { version: number }; kind: string; class: string; current: boolean }) => [
          i.set.version,
          i.kind,
          i.class,
          i.current,
        ]),
      ).toEqual([
        [2, 'reclassify', 'miskin', true],
        [1, 'field', 'tidak_miskin', false],
      ]);
      expect(items[1].set).toMatchObject({ id: bpsId, status: 'retired' });
      expect(items[1].explanation).toMatchObject({ score: 8, threshold: { class: 'tidak_miskin' } });
      expect(
        items[0].explanation.items.find((i: { key: string }) => i.key === 'head_occupation'),
      ).toMatchObject({
        met: true,
        criterionText: { id: expect.stringContaining('lahan 5.000 m²') },
      });
      expect(items[0].answers).toEqual(items[1].answers);

      const again = await post(admin, '/api/v1/assessments/reclassify', {});
      expect(again.json().households).toBe(0);
      const audit = await t.deps.db
        .selectFrom('audit_log')
        .where('action', '=', 'assessment.reclassify')
        .select('details')
        .execute();
      expect(audit).toHaveLength(2);
    });
  });
});
