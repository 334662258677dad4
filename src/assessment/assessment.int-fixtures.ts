import { householdInput } from '../../test/factories.ts';
import type { TestContext } from '../../test/harness.ts';
import type { Answers } from './assessment.schema.ts';

/** Desa of each cluster in Bantaeng's default cluster table (kecamatan Bissappu and Ulu Ere). */
export const DESA = { pesisir: '7303011002', dataranRendah: '7303011001', pegunungan: '7303032004' } as const;

/** Registers a household through the API and returns its id. */
export async function registerHousehold(t: TestContext, cookie: string, desa: string): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/households',
    headers: { cookie },
    payload: householdInput(desa),
  });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.body}`);
  return response.json().id;
}

/** The active set of a code, as the API lists it. */
export async function activeSetId(t: TestContext, cookie: string, code: string): Promise<string> {
  const response = await t.app.inject({
    url: `/api/v1/indicator-sets?status=active&code=${code}`,
    headers: { cookie },
  });
  const id = response.json().items[0]?.id;
  if (!id) throw new Error(`no active set ${code}`);
  return id;
}

export function postAssessment(
  t: TestContext,
  cookie: string,
  householdId: string,
  body: { setId: string; answers: Answers; assessedOn?: string; latitude?: number; longitude?: number },
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/households/${householdId}/assessments`,
    headers: { cookie },
    payload: { assessedOn: '2026-01-15', ...body },
  });
}
