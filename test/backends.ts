/**
 * Which database back ends the integration tests run on. `scripts/test.mjs` probes PostgreSQL
 * once and passes the result in SELARAS_TEST_PG (a URL, or "unavailable: reason");
 * SELARAS_TEST_BACKEND=pglite|postgresql|all narrows the run (CI runs each once).
 */
export interface Backend {
  name: 'pglite' | 'postgresql';
  /** PostgreSQL server URL (a database on it is created per test file). */
  url?: string;
  /** Why this back end is skipped here, when it is. */
  skipReason?: string;
}

const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

export function testBackends(): Backend[] {
  const wanted = process.env.SELARAS_TEST_BACKEND ?? 'all';
  const pg = process.env.SELARAS_TEST_PG ?? DEFAULT_PG;
  const backends: Backend[] = [];
  if (wanted === 'all' || wanted === 'pglite') backends.push({ name: 'pglite' });
  if (wanted === 'all' || wanted === 'postgresql') {
    backends.push(
      pg.startsWith('unavailable') ? { name: 'postgresql', skipReason: pg } : { name: 'postgresql', url: pg },
    );
  }
  return backends;
}
