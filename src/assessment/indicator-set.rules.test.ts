import { describe, expect, it } from 'vitest';
import { definitionToYaml, parseDefinition, parseDefinitionText } from './indicator-set.rules.ts';
import type { IndicatorSetDefinition } from './indicator-set.schema.ts';
import { BPS, PEGUNUNGAN } from './scoring.fixtures.ts';

const copy = (set: IndicatorSetDefinition) => structuredClone(set) as IndicatorSetDefinition;

describe('indicator-set documents', () => {
  it('round-trips through YAML and JSON unchanged', () => {
    expect(parseDefinitionText(definitionToYaml(PEGUNUNGAN))).toEqual({ ok: true, definition: PEGUNUNGAN });
    expect(parseDefinitionText(JSON.stringify(BPS))).toEqual({ ok: true, definition: BPS });
  });

  it('reports shape errors at the path of the field', () => {
    const raw = copy(PEGUNUNGAN) as unknown as Record<string, unknown>;
    raw.scoring = 'average';
    (raw.indicators as Record<string, unknown>[])[2]!.weight = -1;
    (raw.indicators as Record<string, unknown>[])[0]!.colour = 'red';
    const result = parseDefinition(raw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      expect.arrayContaining([
        { field: 'scoring', code: 'INVALID_VALUE' },
        { field: 'indicators.2.weight', code: 'TOO_SMALL' },
        { field: 'indicators.0.colour', code: 'UNKNOWN_FIELD' },
      ]),
    );
  });

  it('reports broken references, duplicate keys and misordered thresholds', () => {
    const set = copy(BPS);
    set.indicators[2]!.key = set.indicators[1]!.key;
    set.indicators[3]!.criterion = { op: 'in', values: ['marmer'] };
    set.indicators[1]!.criterion = { op: 'lt', param: 'nope', per: 'household_members' };
    set.indicators[5]!.criterion = { op: 'yes', indicator: 'toilet' };
    set.classes = [
      { class: 'tidak_miskin', minScore: 9 },
      { class: 'miskin', minScore: 9 },
    ];
    const result = parseDefinition(set);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'indicators.2.key', code: 'SET_KEY_DUPLICATE' },
        { field: 'indicators.1.criterion.param', code: 'SET_PARAMETER_UNKNOWN' },
        { field: 'indicators.3.criterion.values.0', code: 'SET_CHOICE_UNKNOWN' },
        {
          field: 'indicators.5.criterion.indicator',
          code: 'SET_CONDITION_TYPE_MISMATCH',
          params: { expected: 'boolean' },
        },
        { field: 'classes.1.class', code: 'SET_CLASS_ORDER' },
        { field: 'classes.1.minScore', code: 'SET_THRESHOLD_ORDER' },
        { field: 'classes.1.minScore', code: 'SET_LAST_THRESHOLD_ZERO' },
      ],
    });
  });

  it('refuses text that is not a YAML or JSON object, with the line', () => {
    expect(parseDefinitionText('code: [unclosed\nname: x')).toEqual({
      ok: false,
      errors: [{ field: '', code: 'SET_FILE_UNREADABLE', params: { line: expect.any(Number) } }],
    });
    expect(parseDefinitionText('- just\n- a list')).toMatchObject({ ok: false });
  });
});
