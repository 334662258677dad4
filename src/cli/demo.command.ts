import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.ts';
import { loadDemo } from '../demo/load.ts';
import { localDate, systemClock } from '../platform/clock.ts';
import { clearReferralData, loadReferralDemo } from '../referral/demo.load.ts';
import { openDatabase } from '../server/bootstrap.ts';

interface DemoOptions {
  scale: string;
  seed: string;
  today?: string;
  replace: boolean;
  referrals: boolean;
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Load the synthetic demo regency (deterministic: same scale and seed, same data)')
    .option('-s, --scale <scale>', 'size: 1 ≈ 55,000 households and 200,000 people', '1')
    .option('--seed <seed>', 'random seed', '1')
    .option('--today <date>', 'reference date YYYY-MM-DD for ages (default: today)')
    .option('--replace', 'delete the households and people already in the registry first', false)
    .option('--referrals', 'also load one year of intakes and referrals (≈ 30,000 at scale 1)', false)
    .action(async (options: DemoOptions) => {
      const scale = Number(options.scale);
      const seed = Number(options.seed);
      if (!(scale > 0 && scale <= 50)) throw new Error('--scale must be a number above 0 and at most 50');
      if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
      const config = loadConfig();
      const database = await openDatabase(config, 'selaras demo');
      const bar = new SingleBar({
        format: 'Memuat demo [{bar}] {percentage}% | {value}/{total} keluarga | {duration}s',
        hideCursor: true,
      });
      try {
        // Intakes and referrals point at people: they go first when the registry is replaced.
        if (options.replace) await clearReferralData(database.db, config.regencyCode);
        let started = false;
        const result = await loadDemo(database.db, {
          scale,
          seed,
          today: options.today ?? localDate(systemClock),
          replace: options.replace,
          onProgress: (done, total) => {
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        });
        bar.stop();
        console.log(
          `Selesai: ${result.households} keluarga, ${result.people} orang, ${result.classified} hasil asesmen dalam ${(result.ms / 1000).toFixed(1)} detik (${database.kind}).`,
        );
        if (options.referrals) {
          const now = options.today ? new Date(`${options.today}T12:00:00+08:00`) : systemClock.now();
          const referrals = await loadReferralDemo(database.db, {
            scale,
            seed,
            now,
            regencyCode: config.regencyCode,
            replace: true,
          });
          console.log(
            `Rujukan demo: ${referrals.intakes} pengaduan, ${referrals.referrals} rujukan dalam ${(referrals.ms / 1000).toFixed(1)} detik.`,
          );
        }
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
