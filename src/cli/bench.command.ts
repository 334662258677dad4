import type { Command } from 'commander';
import pg from 'pg';

export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description(
      'Benchmark demo load, NIK lookup and fuzzy search on each back end; results to bench/results.md',
    )
    .option('-s, --scale <scale>', 'demo scale', '1')
    .option(
      '-n, --requests <n>',
      'requests per measured route (at least 1000 for the published figures)',
      '1000',
    )
    .option('-b, --backend <backend>', 'pglite, postgresql or all', 'all')
    .option('--suite <suite>', 'which benchmark: registry, referral or all', 'all')
    .action(async (options: { scale: string; requests: string; backend: string; suite: string }) => {
      const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
      const backends: ('pglite' | 'postgresql')[] = [];
      if (options.backend !== 'postgresql') backends.push('pglite');
      if (options.backend !== 'pglite') {
        const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
        const reachable = await client.connect().then(
          () => true,
          () => false,
        );
        await client.end().catch(() => {});
        if (reachable) backends.push('postgresql');
        else console.log('PostgreSQL unreachable: benchmarking PGlite only (set DATABASE_URL to a server).');
      }
      const suites = options.suite.split(',');
      const wants = (suite: string) => suites.includes('all') || suites.includes(suite);
      // Loaded only here: the benchmark lives in bench/, outside the application code.
      if (wants('registry')) {
        const { runRegistryBench } = await import('../../bench/registry.bench.ts');
        await runRegistryBench({
          scale: Number(options.scale),
          requests: Number(options.requests),
          backends,
          postgresUrl,
        });
      }
      if (wants('referral')) {
        const { runReferralBench } = await import('../../bench/referral.bench.ts');
        await runReferralBench({
          scale: Number(options.scale),
          requests: Number(options.requests),
          backends,
          postgresUrl,
        });
      }
    });
}
