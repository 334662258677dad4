import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { insertSet } from './indicator-set.repo.ts';
import { parseDefinitionText } from './indicator-set.rules.ts';
import type { IndicatorSetDefinition } from './indicator-set.schema.ts';

const SETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sets');

/** The shipped documents: the BPS 14 criteria and the three EXAMPLE local sets. */
export const BUILT_IN_SET_FILES = [
  'bps-14.yaml',
  'lokal-pesisir.yaml',
  'lokal-dataran-rendah.yaml',
  'lokal-pegunungan.yaml',
];

/** Reads and validates the shipped documents (a broken file is a programming error: it throws). */
export function readBuiltInSets(): IndicatorSetDefinition[] {
  return BUILT_IN_SET_FILES.map((file) => {
    const parsed = parseDefinitionText(fs.readFileSync(path.join(SETS_DIR, file), 'utf8'));
    if (!parsed.ok)
      throw new Error(`Built-in indicator set ${file} is invalid: ${JSON.stringify(parsed.errors)}`);
    return parsed.definition;
  });
}

/**
 * On the first start of a regency (no indicator set yet), loads the shipped sets as active
 * version 1. Afterwards they are data like any other: admin edits, replaces or retires them.
 */
export async function ensureBuiltInSets(
  db: Kysely<DB>,
  kabupatenCode: string,
  now = new Date(),
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const any = await tx
      .selectFrom('indicator_set')
      .where('kabupaten_code', '=', kabupatenCode)
      .select('id')
      .limit(1)
      .executeTakeFirst();
    if (any) return 0;
    const definitions = readBuiltInSets();
    for (const definition of definitions) {
      await insertSet(tx, {
        kabupatenCode,
        definition,
        version: 1,
        status: 'active',
        builtIn: true,
        actorId: null,
        now,
      });
    }
    return definitions.length;
  });
}
