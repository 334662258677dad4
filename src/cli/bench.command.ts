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
      'Benchmark demo load, NIK lookup and fuzzy search on each back end; results to bench/results.md',
    )
    .option('-s, --scale <scale>', 'demo scale; a list such as 1,10 runs each', '1')
    .option('--suite <suite>', 'registry, assessment (re-classify, policy simulation) or all', 'all')
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
      if (!['registry', 'assessment', 'all'].includes(options.suite))
        throw new Error('--suite must be registry, assessment or all');
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
      if (options.suite === 'registry' || options.suite === 'all') {
        const { runRegistryBench } = await import('../../bench/registry.bench.ts');
        for (const scale of scales) {
          await runRegistryBench({
            scale,
            requests: Number(options.requests),
            backends,
            postgresUrl,
          });
        }
      }
      if (options.suite === 'assessment' || options.suite === 'all') {
        const { runAssessmentBench } = await import('../../bench/assessment.bench.ts');
        await runAssessmentBench({ scales, simulations: Number(options.simulations), backends, postgresUrl });
      }
    });
}
