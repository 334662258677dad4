// `npm test`: lint, type-check, then every test (unit, integration on each database back end,
// web components, browser journeys) in one Vitest run, ending with a plain summary line.
// Parts that cannot run on this machine (no PostgreSQL, no Chromium) are skipped and named;
// under CI=true nothing may be skipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ci = process.env.CI === 'true';
const backend = process.env.SELARAS_TEST_BACKEND ?? 'all';
const skipped = [];

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.log(`\n✗ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

async function probePostgres(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUrl =
  process.env.SELARAS_TEST_PG_URL ??
  process.env.DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
let pgSetting = pgUrl;
if (backend !== 'pglite') {
  const problem = await probePostgres(pgUrl);
  if (problem) {
    if (ci) {
      console.error(
        `PostgreSQL at ${pgUrl.replace(/\/\/[^@]*@/, '//…@')} is unreachable (${problem}); CI=true forbids skipping it.`,
      );
      process.exit(1);
    }
    pgSetting = `unavailable: ${problem}`;
    skipped.push(
      `integration and e2e tests on PostgreSQL: server unreachable at ${pgUrl.replace(/\/\/[^@]*@/, '//…@')} (${problem}); set SELARAS_TEST_PG_URL to use another`,
    );
  }
}

const chromium =
  process.env.SELARAS_CHROMIUM ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
if (!chromium) {
  if (ci) {
    console.error(
      'Chromium not found (/usr/bin/chromium); CI=true forbids skipping the browser tests. .ci/run installs it with apt.',
    );
    process.exit(1);
  }
  skipped.push(
    "browser journeys (e2e): Chromium not found; install Debian's chromium or set SELARAS_CHROMIUM",
  );
}

step('Lint and format check (Biome)', process.execPath, [
  path.join(root, 'node_modules/@biomejs/biome/bin/biome'),
  'check',
  '.',
]);
step('Type check (tsc --noEmit)', process.execPath, [
  path.join(root, 'node_modules/typescript/bin/tsc'),
  '--noEmit',
  '-p',
  'tsconfig.json',
]);
if (chromium)
  step('Build the web app for the browser tests', process.execPath, [
    path.join(root, 'scripts/ensure-web-build.mjs'),
  ]);

const report = path.join(os.tmpdir(), `selaras-vitest-${process.pid}.json`);
const args = [
  path.join(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
console.log(`\n▶ Tests (back end: ${backend === 'all' ? 'PGlite and PostgreSQL' : backend})`);
const run = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    SELARAS_TEST_PG: pgSetting,
    SELARAS_TEST_BACKEND: backend,
    SELARAS_CHROMIUM: chromium ?? '',
  },
});

let passed = 0;
let failed = 0;
let skippedTests = 0;
try {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests;
  failed = result.numFailedTests;
  skippedTests = result.numPendingTests + result.numTodoTests;
  fs.rmSync(report, { force: true });
} catch {
  failed = Math.max(failed, 1);
}
if (skipped.length > 0) {
  console.log('\nSkipped on this machine:');
  for (const reason of skipped) console.log(`  - ${reason}`);
}
const status = run.status === 0 && failed === 0 ? 0 : 1;
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skippedTests} skipped`);
process.exit(status);
