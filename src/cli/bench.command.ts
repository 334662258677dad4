import type { Command } from 'commander';
import pg from 'pg';

interface BenchCliOptions {
  scale: string;
  requests: string;
  backend: string;
  suite: string;
  simulations: string;
}

export function registerBenchCommand(program: Command): void {
  program
    .command('bench')
    .description(
      'Benchmarks (registry, assessment, referral) on each back end; results appended to bench/results.md',
    )
    .option('-s, --scale <scale>', 'demo scale; a list such as 1,10 runs each', '1')
    .option(
      '--suite <suite>',
      'registry, assessment (re-classify, policy simulation), referral (board, transition, sweep), a comma list, or all',
      'all',
    )
    .option('--simulations <n>', 'policy simulations timed per scale (assessment suite)', '20')
    .option(
      '-n, --requests <n>',
      'requests per measured route (at least 1000 for the published figures)',
      '1000',
    )
    .option('-b, --backend <backend>', 'pglite, postgresql or all', 'all')
    .action(async (options: BenchCliOptions) => {
      const scales = options.scale.split(',').map(Number);
      if (scales.some((s) => !(s > 0 && s <= 50))) throw new Error('--scale must be numbers in (0, 50]');
      const suites = options.suite.split(',');
      if (suites.some((s) => !['registry', 'assessment', 'referral', 'all'].includes(s)))
        throw new Error('--suite must be registry, assessment, referral, a comma list of them, or all');
      const wants = (suite: string) => suites.includes('all') || suites.includes(suite);
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
      // Loaded only here: the benchmark lives in bench/, outside the application code.
      if (wants('registry')) {
        const { runRegistryBench } = await import('../../bench/registry.bench.ts');
        for (const scale of scales)
          await runRegistryBench({ scale, requests: Number(options.requests), backends, postgresUrl });
      }
      if (wants('assessment')) {
        const { runAssessmentBench } = await import('../../bench/assessment.bench.ts');
        await runAssessmentBench({ scales, simulations: Number(options.simulations), backends, postgresUrl });
      }
      if (wants('referral')) {
        const { runReferralBench } = await import('../../bench/referral.bench.ts');
        for (const scale of scales)
          await runReferralBench({ scale, requests: Number(options.requests), backends, postgresUrl });
      }
    });
}
