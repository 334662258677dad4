import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/auth/roles.ts';
import * as vocabulary from '../../../src/registry/vocabulary.ts';
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') result.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) result.set(k, v);
  }
  return result;
}

const ID = flatten(id);
const EN = flatten(en);
/** English may split a key into plural forms (`_one`, `_other`); Indonesian has no plural. */
const enHas = (key: string) => EN.has(key) || EN.has(`${key}_other`);

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = (readdirSync(srcDir, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith('test'))
  .map((f) => readFileSync(join(srcDir, f), 'utf8'));

/** Every `t('key', 'Indonesian default')` in the source. */
const calls = sources.flatMap((source) =>
  [...source.matchAll(/\bt\(\s*'([^'$`]+)'\s*(?:,\s*'((?:[^'\\]|\\.)*)')?/g)].map((m) => ({
    key: m[1] ?? '',
    fallback: m[2]?.replace(/\\'/g, "'"),
  })),
);

describe('catalogues', () => {
  it('holds every key used in the source, with the same Indonesian text as the inline default', () => {
    expect(calls.length).toBeGreaterThan(100);
    for (const { key, fallback } of calls) {
      expect(ID.has(key), `id.json lacks ${key}`).toBe(true);
      if (fallback !== undefined) expect(ID.get(key), `id.json ${key}`).toBe(fallback);
      expect(enHas(key), `en.json lacks ${key}`).toBe(true);
    }
  });

  it('has the same keys in Indonesian and English', () => {
    const enBase = new Set([...EN.keys()].map((k) => k.replace(/_(one|other)$/, '')));
    expect([...enBase].sort()).toEqual([...ID.keys()].sort());
  });

  it('labels every code of the shared code lists and every role', () => {
    const lists: Record<string, readonly string[]> = {
      sex: vocabulary.SEXES,
      relation: vocabulary.RELATIONS,
      maritalStatus: vocabulary.MARITAL_STATUSES,
      education: vocabulary.EDUCATION_LEVELS,
      occupation: vocabulary.OCCUPATIONS,
      disabilityType: vocabulary.DISABILITY_TYPES,
      disabilitySeverity: vocabulary.DISABILITY_SEVERITIES,
      insuranceStatus: vocabulary.INSURANCE_STATUSES,
      insuranceType: vocabulary.INSURANCE_TYPES,
      noNikReason: vocabulary.NO_NIK_REASONS,
      cluster: vocabulary.CLUSTERS,
      flag: vocabulary.PERSON_FLAGS,
    };
    for (const [list, codes] of Object.entries(lists)) {
      for (const code of codes) {
        expect(ID.has(`vocab.${list}.${code}`), `id vocab.${list}.${code}`).toBe(true);
        expect(EN.has(`vocab.${list}.${code}`), `en vocab.${list}.${code}`).toBe(true);
      }
    }
    for (const role of ROLES) {
      expect(ID.has(`role.${role}`) && EN.has(`role.${role}`), `role.${role}`).toBe(true);
    }
    expect(ID.get('role.call_center')).toBe('Operator 119');
    expect(ID.get('vocab.flag.NIK_MISSING')).toBe('Tanpa NIK');
  });
});
