import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { createTestApp, type TestContext } from '../../test/harness.ts';
import type { Answers } from './assessment.schema.ts';
import type { IndicatorSetDefinition } from './indicator-set.schema.ts';
import { BUILT_IN, candidateAnswers } from './scoring.fixtures.ts';
import { applyOverrides, scoreAnswers, storedExplanationOf } from './scoring.rules.ts';
import { compileSet } from './scoring.sql.ts';

/** Random answers of a set: each a candidate value, a missing answer, or a value of the wrong type. */
function answersArb(set: IndicatorSetDefinition) {
  return fc.record(
    Object.fromEntries(
      set.indicators.map((i) => [
        i.key,
        fc.oneof(
          { weight: 8, arbitrary: fc.constantFrom(...candidateAnswers(i, set)) },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom('x', 3, true) },
        ),
      ]),
    ),
  );
}

describe.each(testBackends())('SQL scoring on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestApp(backend);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('gives the same score, class and criteria met as the pure rules', async () => {
      for (const [index, base] of BUILT_IN.entries()) {
        // Each set once as shipped and once with its first parameter moved.
        const variants = [
          base,
          applyOverrides(base, {
            parameters: base.parameters[0] ? { [base.parameters[0].key]: base.parameters[0].value * 3 } : {},
          }),
        ];
        for (const set of variants) {
          // Stored answers never hold nulls (cleanAnswers drops them): a null becomes a missing key.
          const samples = (fc.sample(answersArb(set), { numRuns: 150, seed: 42 + index }) as Answers[]).map(
            (a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null)),
          );
          const compiled = compileSet(set, sql.ref('t.answers'));
          const { rows } = await sql<{
            i: number;
            score: number;
            class: string;
            explanation: { met: string[] };
          }>`
            select t.i::int as i, x.score, ${compiled.classOf(sql.ref('x.score'))} as class, x.explanation
            from unnest(${samples.map((s) => JSON.stringify(s))}::jsonb[]) with ordinality as t(answers, i)
            cross join lateral (select ${compiled.metColumns}) m
            cross join lateral (select ${compiled.scoreFrom('m')} as score, ${compiled.explanationFrom('m')} as explanation) x
            order by t.i`.execute(t.deps.db);
          expect(rows).toHaveLength(samples.length);
          for (const row of rows) {
            const expected = scoreAnswers(set, samples[row.i - 1]!);
            const stored = storedExplanationOf(expected);
            expect({ score: row.score, class: row.class, met: row.explanation.met }).toEqual({
              score: expected.score,
              class: expected.welfareClass,
              met: stored.met,
            });
          }
        }
      }
    });
  });
});
