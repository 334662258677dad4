import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/backends.ts';
import { householdInput } from '../../test/factories.ts';
import { createTestApp, signedIn, type TestContext } from '../../test/harness.ts';

const DESA = '7303032001'; // Ulu Galung, Eremerasa
const OTHER_DESA = '7303032002'; // Lonrong

// Registered spellings and how people type them at the front desk.
const VARIANTS: [registered: string, typed: string][] = [
  ['Sitti Aminah', 'Siti Aminah'],
  ['Siti Nurhaiati', 'St. Nurhayati'],
  ['Muhammad Arfah', 'Muh. Arfah'],
  ['Muhamad Ridwan', 'Muhammad Ridwan'],
  ['Andi Baso Tenri', 'A. Baso Tenri'],
  ['Hasanuddin Daeng Lurang', 'Hasanudin Dg Lurang'],
  ['Daeng Nai Sampara', 'Sampara Daeng Nai'],
];

describe.each(testBackends())('spelling-tolerant search on $name', (backend) => {
  describe.skipIf(backend.skipReason !== undefined)(`(${backend.skipReason ?? 'available'})`, () => {
    let t: TestContext;
    let cookie: string;
    const ids = new Map<string, string>();
    beforeAll(async () => {
      t = await createTestApp(backend);
      cookie = (await signedIn(t, 'petugas_upt')).cookie;
      const names = [
        ...VARIANTS.map(([registered]) => registered),
        'Sitti Rahma',
        'Muhammad Alwi',
        'Andi Basri',
      ];
      for (const [index, name] of names.entries()) {
        const input = householdInput(index % 2 === 0 ? DESA : OTHER_DESA, { headName: name, members: 1 });
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/v1/households',
          headers: { cookie },
          payload: input,
        });
        expect(response.statusCode).toBe(201);
        ids.set(name, response.json().members[0].id);
      }
    });
    afterAll(async () => {
      await t?.close();
    });
    const search = async (query: string) => {
      const response = await t.app.inject({ url: `/api/v1/people?${query}`, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      return response.json().items as {
        id: string;
        fullName: string;
        score: number;
        desaCode: string;
        birthDate: string;
      }[];
    };

    it.each(VARIANTS)('finds "%s" when typed as "%s", ranked first', async (registered, typed) => {
      const items = await search(`q=${encodeURIComponent(typed)}`);
      expect(items[0]?.id).toBe(ids.get(registered));
    });

    it('ranks the exact person above near names and leaves unrelated names out', async () => {
      const items = await search(`q=${encodeURIComponent('Sitti Aminah')}`);
      expect(items[0]?.fullName).toBe('Sitti Aminah');
      expect(items.map((i) => i.fullName)).not.toContain('Muhammad Arfah');
      const scores = items.map((i) => i.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    });

    it('still finds a person when the query holds a word the registered name lacks', async () => {
      const items = await search(`q=${encodeURIComponent('Muhammad Arfah Daeng')}`);
      expect(items[0]?.id).toBe(ids.get('Muhammad Arfah'));
    });

    it('narrows by desa and birth year', async () => {
      const all = await search(`q=${encodeURIComponent('Sitti')}`);
      expect(all.length).toBeGreaterThan(1);
      const inDesa = await search(`q=${encodeURIComponent('Sitti')}&desa=${OTHER_DESA}`);
      expect(inDesa.length).toBeGreaterThan(0);
      expect(inDesa.every((i) => i.desaCode === OTHER_DESA)).toBe(true);
      const year = Number(all[0]!.birthDate.slice(0, 4));
      const inYear = await search(`q=${encodeURIComponent('Sitti')}&birthYear=${year}`);
      expect(inYear.every((i) => i.birthDate.startsWith(String(year)))).toBe(true);
      expect(inYear.map((i) => i.id)).toContain(all[0]!.id);
    });

    it('finds by exact NIK and by KK number, and refuses malformed ones', async () => {
      const person = (
        await t.app.inject({ url: `/api/v1/people/${ids.get('Sitti Aminah')}`, headers: { cookie } })
      ).json();
      expect((await search(`nik=${person.nik}`)).map((i) => i.id)).toEqual([person.id]);
      const households = (
        await t.app.inject({ url: `/api/v1/households?kk=${person.kk}`, headers: { cookie } })
      ).json();
      expect(households.items).toEqual([
        expect.objectContaining({ id: person.householdId, headName: 'Sitti Aminah', memberCount: 1 }),
      ]);
      const malformed = await t.app.inject({ url: '/api/v1/people?nik=12345', headers: { cookie } });
      expect(malformed.statusCode).toBe(422);
      expect(malformed.json().errors).toEqual([
        expect.objectContaining({ field: 'nik', code: 'NIK_INVALID_LENGTH' }),
      ]);
      const empty = await t.app.inject({ url: '/api/v1/people', headers: { cookie } });
      expect(empty.json().errors).toEqual([expect.objectContaining({ code: 'SEARCH_QUERY_REQUIRED' })]);
    });

    it('finds households by a member name', async () => {
      const response = await t.app.inject({
        url: `/api/v1/households?q=${encodeURIComponent('Hasanudin')}`,
        headers: { cookie },
      });
      expect(response.json().items[0]).toMatchObject({ headName: 'Hasanuddin Daeng Lurang' });
    });
  });
});
