import { type RawBuilder, sql } from 'kysely';
import type { Condition, Criterion, IndicatorSetDefinition } from './indicator-set.schema.ts';
import { parametersOf, pointsOf } from './scoring.rules.ts';
import type { WelfareClass } from './vocabulary.ts';

/**
 * The scoring rules of `scoring.rules.ts` compiled to SQL over a jsonb column of answers, so that
 * re-classifying or simulating the whole registry is one set-based statement. Same semantics:
 * a missing or mistyped answer never meets a condition; `per` compares x < bound × per.
 * Every value travels as a bound parameter; keys are checked by the document schema.
 */

type Answers = RawBuilder<unknown>;

const field = (answers: Answers, key: string) => sql`(${answers} -> ${key}::text)`;
// jsonb numbers cast straight to numeric (no text round trip); guarded by jsonb_typeof.
const numberField = (answers: Answers, key: string) => sql`(${answers} -> ${key}::text)::numeric`;
/** Choice codes that a non-string answer would also print as (`->>` of true is 'true'). */
const JSON_LITERALS = new Set(['true', 'false', 'null']);
const isNumber = (answers: Answers, key: string) => sql`jsonb_typeof(${field(answers, key)}) = 'number'`;

function conditionSql(
  condition: Condition,
  ownKey: string,
  answers: Answers,
  parameters: Readonly<Record<string, number>>,
): RawBuilder<boolean> {
  const key = condition.indicator ?? ownKey;
  switch (condition.op) {
    case 'yes':
      return sql<boolean>`coalesce(${field(answers, key)} = 'true'::jsonb, false)`;
    case 'no':
      return sql<boolean>`coalesce(${field(answers, key)} = 'false'::jsonb, false)`;
    case 'in': {
      const matches = sql<boolean>`coalesce((${answers} ->> ${key}::text) = any(${condition.values}::text[]), false)`;
      // Numbers never look like a choice code (codes start with a letter); booleans and null might.
      return condition.values.some((v) => JSON_LITERALS.has(v))
        ? sql<boolean>`(jsonb_typeof(${field(answers, key)}) = 'string' and ${matches})`
        : matches;
    }
    default: {
      const bound =
        condition.value ?? (condition.param === undefined ? undefined : parameters[condition.param]);
      if (bound === undefined) return sql<boolean>`false`;
      const op = sql.raw({ lt: '<', lte: '<=', gt: '>', gte: '>=' }[condition.op]);
      const x = numberField(answers, key);
      if (condition.per === undefined) {
        return sql<boolean>`(case when ${isNumber(answers, key)} then ${x} ${op} ${String(bound)}::numeric else false end)`;
      }
      const per = numberField(answers, condition.per);
      return sql<boolean>`(case when ${isNumber(answers, key)} and ${isNumber(answers, condition.per)} and ${per} > 0
        then ${x} ${op} ${String(bound)}::numeric * ${per} else false end)`;
    }
  }
}

export function criterionSql(
  criterion: Criterion,
  ownKey: string,
  answers: Answers,
  parameters: Readonly<Record<string, number>>,
): RawBuilder<boolean> {
  const one = (c: Condition) => conditionSql(c, ownKey, answers, parameters);
  const all = (cs: Condition[]) => sql<boolean>`(${sql.join(cs.map(one), sql` and `)})`;
  if ('op' in criterion) return one(criterion);
  if ('all' in criterion) return all(criterion.all);
  return sql<boolean>`(${sql.join(
    criterion.any.map((part) => ('op' in part ? one(part) : all(part.all))),
    sql` or `,
  )})`;
}

export interface CompiledSet {
  /** `criterion as m0, ...`: one boolean column per criterion, to select once and reuse. */
  metColumns: RawBuilder<unknown>;
  /** Integer score from the met columns of a row alias. */
  scoreFrom(alias: string): RawBuilder<number>;
  /** Integer score straight from the answers (for one-pass queries). */
  score: RawBuilder<number>;
  /** jsonb `{met: [...]}` (the stored explanation) from the met columns of a row alias. */
  explanationFrom(alias: string): RawBuilder<unknown>;
  /** Class text of a score expression. */
  classOf(score: RawBuilder<unknown>): RawBuilder<WelfareClass>;
}

/** Compiles a set's scoring to SQL over `answers` (a jsonb expression). */
export function compileSet(definition: IndicatorSetDefinition, answers: Answers): CompiledSet {
  const parameters = parametersOf(definition);
  const scored = definition.indicators.flatMap((indicator) =>
    indicator.criterion === null
      ? []
      : [
          {
            key: indicator.key,
            met: criterionSql(indicator.criterion, indicator.key, answers, parameters),
            points: pointsOf(definition, indicator.weight),
          },
        ],
  );
  const column = (alias: string, i: number) => sql.ref(`${alias}.m${i}`);
  const sum = (met: (i: number) => RawBuilder<unknown>) =>
    sql<number>`(${sql.join(
      scored.map((s, i) => sql`(case when ${met(i)} then ${sql.lit(s.points)} else 0 end)`),
      sql` + `,
    )})`;
  return {
    metColumns: sql.join(scored.map((s, i) => sql`${s.met} as ${sql.ref(`m${i}`)}`)),
    scoreFrom: (alias) => sum((i) => column(alias, i)),
    score: sum((i) => scored[i]!.met),
    explanationFrom: (alias) => {
      const met = sql`array_remove(array[${sql.join(
        scored.map((s, i) => sql`case when ${column(alias, i)} then ${s.key}::text end`),
      )}], null)`;
      return sql`jsonb_build_object('met', to_jsonb(${met}))`;
    },
    classOf: (s) => {
      const thresholds = definition.classes;
      const last = thresholds[thresholds.length - 1]!;
      const cases = thresholds
        .slice(0, -1)
        .map((t) => sql`when ${s} >= ${sql.lit(t.minScore)} then ${sql.lit(t.class)}`);
      return sql<WelfareClass>`(case ${sql.join(cases, sql` `)} else ${sql.lit(last.class)} end)`;
    },
  };
}
