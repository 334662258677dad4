import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { freshDatabase } from '../../test/harness.ts';
import { ensureBuiltInSets } from '../assessment/builtin-sets.ts';
import type { Database } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { ensureReferenceData } from '../reference/wilayah.load.ts';
import { normalizeName } from '../registry/name.rules.ts';
import { bantaengInput, TEST_TODAY } from './demo-input.fixture.ts';
import { generateDemo } from './generate.ts';
import { loadDemo } from './load.ts';

const SCALE = 0.01;

describe.each(testBackends())('loadDemo on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let database: Database;
    let drop: () => Promise<void>;
    const progress: [number, number][] = [];
    let result: Awaited<ReturnType<typeof loadDemo>>;

    beforeAll(async () => {
      ({ database, drop } = await freshDatabase(backend));
      await migrateToLatest(database.db);
      await ensureReferenceData(database.db, { regencyCode: '7303' });
      await ensureBuiltInSets(database.db, '7303');
      result = await loadDemo(database.db, {
        scale: SCALE,
        seed: 5,
        today: TEST_TODAY,
        onProgress: (done, total) => progress.push([done, total]),
      });
    });
    afterAll(async () => {
      await database?.close();
      await drop?.();
    });

    const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
      (await query.execute(database.db)).rows[0]?.n;

    it('stores every generated household and person and reports progress to the end', async () => {
      expect(result.households).toBe(550);
      expect(await count(sql`select count(*)::int as n from household`)).toBe(result.households);
      expect(await count(sql`select count(*)::int as n from person`)).toBe(result.people);
      expect(progress[0]).toEqual([0, 550]);
      expect(progress.at(-1)).toEqual([550, 550]);
      expect(progress.map(([done]) => done)).toEqual(
        [...progress.map(([done]) => done)].sort((a, b) => a - b),
      );
    });

    it('loads exactly the rows the pure generator produces for the same input', async () => {
      const first = generateDemo(bantaengInput(SCALE, 5)).next();
      const expected = first.done ? undefined : first.value.people[0];
      const stored = await database.db
        .selectFrom('person')
        .selectAll()
        .where('id', '=', expected!.id)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        nik: expected!.nik,
        full_name: expected!.full_name,
        birth_date: expected!.birth_date,
        flags: expected!.flags,
        version: 1,
      });
    });

    it('joins people to households, desa and kecamatan, one head per household', async () => {
      const rows = await database.db
        .selectFrom('person as p')
        .innerJoin('household as h', 'h.id', 'p.household_id')
        .innerJoin('desa as d', 'd.code', 'h.desa_code')
        .innerJoin('kecamatan as k', 'k.code', 'd.kecamatan_code')
        .where('p.relation', '=', 'kepala_keluarga')
        .select(['p.full_name', 'p.name_norm', 'h.kk', 'd.kecamatan_code', 'k.name as kecamatan'])
        .execute();
      expect(rows).toHaveLength(result.households);
      for (const row of rows.slice(0, 50)) {
        expect(row.name_norm).toBe(normalizeName(row.full_name));
        expect(row.kk?.slice(0, 6)).toBe(row.kecamatan_code);
      }
    });

    it('rebuilds the trigram name index after the load and finds names with it', async () => {
      const index = await sql<{ indexdef: string }>`
        select indexdef from pg_indexes where indexname = 'person_name_trgm'`.execute(database.db);
      expect(index.rows[0]?.indexdef).toMatch(/gin \(name_norm gin_trgm_ops\)/);
      const anyName = await database.db
        .selectFrom('person')
        .select('name_norm')
        .limit(1)
        .executeTakeFirstOrThrow();
      const found = await count(
        sql`select count(*)::int as n from person where name_norm % ${anyName.name_norm}`,
      );
      expect(found).toBeGreaterThan(0);
    });

    it('writes one audit entry with counts and no names', async () => {
      const entries = await database.db
        .selectFrom('audit_log')
        .where('action', '=', 'demo.load')
        .selectAll()
        .execute();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ kabupaten_code: '7303', actor_id: null });
      expect(entries[0]?.details).toEqual({
        scale: SCALE,
        seed: 5,
        today: TEST_TODAY,
        replaced: false,
        households: result.households,
        people: result.people,
        classified: result.classified,
      });
    });

    it('files the answers of every household under the active BPS and local sets and classifies them', async () => {
      expect(result.classified).toBe(2 * result.households);
      expect(await count(sql`select count(*)::int as n from assessment`)).toBe(2 * result.households);
      expect(await count(sql`select count(*)::int as n from household_class where class is not null`)).toBe(
        2 * result.households,
      );
      expect(
        await count(sql`select count(*)::int as n from assessment_result r
          join indicator_set s on s.id = r.set_id where r.kind = 'field' and s.status = 'active'`),
      ).toBe(2 * result.households);
      const poor = await count(
        sql`select (100 * avg((class = 'miskin')::int))::int as n from household_class where scheme = 'bps'`,
      );
      expect(poor).toBeGreaterThanOrEqual(4);
      expect(poor).toBeLessThanOrEqual(16);
      // Local sets by cluster: the assessment's set covers the household's desa cluster.
      expect(
        await count(sql`select count(*)::int as n from assessment a join household h on h.id = a.household_id
          join desa d on d.code = h.desa_code join indicator_set s on s.id = a.set_id
          where not (d.cluster = any(s.clusters))`),
      ).toBe(0);
    });

    it('refuses to load into a registry that already has households', async () => {
      await expect(loadDemo(database.db, { scale: SCALE, seed: 6, today: TEST_TODAY })).rejects.toThrow(
        /already has households/,
      );
      expect(await count(sql`select count(*)::int as n from household`)).toBe(result.households);
    });

    it('replaces people, households and their history on request, keeping the audit log', async () => {
      const someone = await database.db
        .selectFrom('person')
        .select(['id', 'household_id'])
        .executeTakeFirstOrThrow();
      await database.db
        .insertInto('record_history')
        .values({
          kabupaten_code: '7303',
          object_type: 'person',
          object_id: someone.id,
          household_id: someone.household_id,
          action: 'update',
          changes: JSON.stringify([]),
        })
        .execute();
      const again = await loadDemo(database.db, { scale: SCALE, seed: 6, today: TEST_TODAY, replace: true });
      expect(await count(sql`select count(*)::int as n from person`)).toBe(again.people);
      expect(await count(sql`select count(*)::int as n from person where id = ${someone.id}`)).toBe(0);
      expect(await count(sql`select count(*)::int as n from record_history`)).toBe(0);
      expect(await count(sql`select count(*)::int as n from assessment`)).toBe(2 * again.households);
      expect(await count(sql`select count(*)::int as n from audit_log where action = 'demo.load'`)).toBe(2);
    });
  });
});
