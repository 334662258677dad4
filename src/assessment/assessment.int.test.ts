import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';
import { activeSetId, DESA, postAssessment, registerHousehold } from './assessment.int-fixtures.ts';
import { answersMeeting, BPS, criteriaKeys, PESISIR } from './scoring.fixtures.ts';

const NINE = new Set(criteriaKeys(BPS).slice(0, 9));

describe.each(testBackends())('assessments on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let facilitator: { cookie: string; user: { id: string } };
    let bpsId: string;
    let pesisirId: string;
    beforeAll(async () => {
      t = await createTestApp(backend);
      facilitator = await signedIn(t, 'fasilitator', { desa: [DESA.pesisir, DESA.pegunungan] });
      bpsId = await activeSetId(t, facilitator.cookie, 'bps-14');
      pesisirId = await activeSetId(t, facilitator.cookie, 'lokal-pesisir');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('offers the active sets of the desa cluster, then keeps the answers for the next visit', async () => {
      const householdId = await registerHousehold(t, facilitator.cookie, DESA.pesisir);
      const form = await t.app.inject({
        url: `/api/v1/households/${householdId}/assessment-form`,
        headers: { cookie: facilitator.cookie },
      });
      expect(form.statusCode).toBe(200);
      expect(form.json()).toMatchObject({
        household: { id: householdId, cluster: 'pesisir' },
        abilities: { assess: true },
      });
      expect(
        form
          .json()
          .forms.map((f: { set: { definition: { code: string } } }) => f.set.definition.code)
          .sort(),
      ).toEqual(['bps-14', 'lokal-pesisir']);
      expect(form.json().forms.every((f: { previous: unknown }) => f.previous === null)).toBe(true);

      const answers = answersMeeting(BPS, NINE);
      expect(
        (await postAssessment(t, facilitator.cookie, householdId, { setId: bpsId, answers })).statusCode,
      ).toBe(201);
      const again = await t.app.inject({
        url: `/api/v1/households/${householdId}/assessment-form`,
        headers: { cookie: facilitator.cookie },
      });
      const bps = again.json().forms.find((f: { set: { id: string } }) => f.set.id === bpsId);
      expect(bps.previous).toMatchObject({ assessedOn: '2026-01-15', answers });
    });

    it('records an assessment with its version, score, class and explanation, and audits it', async () => {
      const householdId = await registerHousehold(t, facilitator.cookie, DESA.pesisir);
      const response = await postAssessment(t, facilitator.cookie, householdId, {
        setId: bpsId,
        answers: answersMeeting(BPS, NINE),
        latitude: -5.55,
        longitude: 119.95,
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        householdId,
        set: { id: bpsId, code: 'bps-14', version: 1, status: 'active' },
        kind: 'field',
        score: 9,
        class: 'miskin',
        current: true,
        latitude: -5.55,
        assessor: { username: expect.any(String) },
        explanation: { criteriaMet: 9, criteriaTotal: 14, threshold: { class: 'miskin', minScore: 9 } },
      });
      expect(body.explanation.summary).toBe(
        'Memenuhi 9 dari 14 kriteria. Tergolong Miskin karena skor mencapai batas 9.',
      );
      const stored = await t.deps.db
        .selectFrom('household_class')
        .where('household_id', '=', householdId)
        .selectAll()
        .execute();
      expect(stored).toMatchObject([
        { scheme: 'bps', class: 'miskin', score: 9, set_id: bpsId, result_id: body.id },
      ]);

      const history = await t.app.inject({
        url: `/api/v1/households/${householdId}/assessments`,
        headers: { cookie: facilitator.cookie, 'accept-language': 'en' },
      });
      expect(history.json().current).toEqual([{ scheme: 'bps', assessmentId: body.id, class: 'miskin' }]);
      expect(history.json().items[0].explanation.summary).toContain('Meets 9 of 14 criteria.');
      const audit = await t.deps.db
        .selectFrom('audit_log')
        .where('object_id', '=', householdId)
        .where('action', 'like', 'assessment.%')
        .select(['action', 'actor_id'])
        .orderBy('id')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['assessment.create', 'assessment.read']);
      expect(audit.every((a) => a.actor_id === facilitator.user.id)).toBe(true);
    });

    it('refuses invalid answers field by field and stores nothing', async () => {
      const householdId = await registerHousehold(t, facilitator.cookie, DESA.pesisir);
      const { meals_per_day: _missing, ...answers } = answersMeeting(BPS, NINE);
      const response = await postAssessment(t, facilitator.cookie, householdId, {
        setId: bpsId,
        answers: { ...answers, floor_type: 'marmer', protein_per_week: 99 },
      });
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors).toEqual([
        {
          field: 'answers.floor_type',
          code: 'ANSWER_CHOICE_INVALID',
          detail: 'Pilihan jawaban tidak dikenal.',
        },
        {
          field: 'answers.protein_per_week',
          code: 'ANSWER_OUT_OF_RANGE',
          detail: 'Jawaban harus antara 0 dan 21 kali/minggu.',
        },
        { field: 'answers.meals_per_day', code: 'ANSWER_REQUIRED', detail: 'Pertanyaan ini wajib dijawab.' },
      ]);
      const future = await postAssessment(t, facilitator.cookie, householdId, {
        setId: bpsId,
        answers: answersMeeting(BPS, NINE),
        assessedOn: '2099-01-01',
      });
      expect(future.json().errors).toEqual([
        expect.objectContaining({ field: 'assessedOn', code: 'DATE_IN_FUTURE' }),
      ]);
      // A local set of another cluster does not apply to a coastal household.
      const highland = await activeSetId(t, facilitator.cookie, 'lokal-pegunungan');
      const wrongSet = await postAssessment(t, facilitator.cookie, householdId, {
        setId: highland,
        answers: {},
      });
      expect(wrongSet.json().errors).toEqual([
        expect.objectContaining({ field: 'setId', code: 'SET_NOT_APPLICABLE' }),
      ]);
      const stored = await t.deps.db
        .selectFrom('assessment')
        .where('household_id', '=', householdId)
        .select('id')
        .execute();
      expect(stored).toEqual([]);
    });

    it('answers 404 for a household outside the scope, and 403 to roles that may not assess', async () => {
      const householdId = await registerHousehold(t, facilitator.cookie, DESA.pesisir);
      const other = await signedIn(t, 'fasilitator', { desa: [DESA.dataranRendah] });
      const answers = answersMeeting(BPS, NINE);
      expect((await postAssessment(t, other.cookie, householdId, { setId: bpsId, answers })).statusCode).toBe(
        404,
      );
      for (const url of [
        `/api/v1/households/${householdId}/assessments`,
        `/api/v1/households/${householdId}/assessment-form`,
      ]) {
        expect((await t.app.inject({ url, headers: { cookie: other.cookie } })).json().code).toBe(
          'NOT_FOUND',
        );
      }
      const supervisor = await signedIn(t, 'supervisor', { kecamatan: '730301' });
      expect(
        (await postAssessment(t, supervisor.cookie, householdId, { setId: bpsId, answers })).statusCode,
      ).toBe(403);
      const read = await t.app.inject({
        url: `/api/v1/households/${householdId}/assessments`,
        headers: { cookie: supervisor.cookie },
      });
      expect(read.statusCode).toBe(200);
      for (const role of ['tkpkd', 'mitra', 'admin'] as const) {
        const user = await signedIn(t, role, role === 'mitra' ? { organisation: 'dukcapil' } : undefined);
        const response = await t.app.inject({
          url: `/api/v1/households/${householdId}/assessments`,
          headers: { cookie: user.cookie },
        });
        expect(response.statusCode).toBe(403);
      }
    });

    it('keeps a weighted local result with its explanation next to the BPS one', async () => {
      const householdId = await registerHousehold(t, facilitator.cookie, DESA.pesisir);
      const answers = answersMeeting(
        PESISIR,
        new Set(['fishing_assets', 'daily_catch_dependence', 'income_month_rp']),
      );
      const response = await postAssessment(t, facilitator.cookie, householdId, {
        setId: pesisirId,
        answers,
      });
      expect(response.json()).toMatchObject({ score: 50, class: 'miskin', set: { code: 'lokal-pesisir' } });
      await postAssessment(t, facilitator.cookie, householdId, {
        setId: bpsId,
        answers: answersMeeting(BPS, new Set()),
      });
      const history = await t.app.inject({
        url: `/api/v1/households/${householdId}/assessments`,
        headers: { cookie: facilitator.cookie },
      });
      expect(
        history
          .json()
          .current.map((c: { scheme: string; class: string }) => [c.scheme, c.class])
          .sort(),
      ).toEqual([
        ['bps', 'tidak_miskin'],
        ['lokal', 'miskin'],
      ]);
    });
  });
});
