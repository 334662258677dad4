import type { Command } from 'commander';
import { loadConfig } from '../config/config.ts';
import { loadDemo } from '../demo/load.ts';
import { notifierFromEnv } from '../notification/notifier.ts';
import { localDate, systemClock } from '../platform/clock.ts';
import { loadRegionIndex } from '../reference/region-index.ts';
import { loadReferralDemo } from '../referral/demo.load.ts';
import { buildApp } from '../server/app.ts';
import { ensureInitialAccounts, openDatabase } from '../server/bootstrap.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web app and API (loads the demo regency on an empty database)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--no-demo', 'do not load the demo regency into an empty database')
    .action(async (options: { port?: string; host?: string; demo: boolean }) => {
      const config = loadConfig();
      if (options.port) config.port = Number(options.port);
      if (options.host) config.host = options.host;
      const database = await openDatabase(config, 'selaras serve');
      const { db } = database;
      const accounts = await ensureInitialAccounts(db, config);

      const households = await db
        .selectFrom('household')
        .select(db.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (households.n === 0 && options.demo && config.demoScaleOnEmpty > 0) {
        console.log(
          `Basis data kosong: memuat kabupaten demo (skala ${config.demoScaleOnEmpty}, data sintetis)…`,
        );
        let lastPercent = -1;
        const result = await loadDemo(db, {
          scale: config.demoScaleOnEmpty,
          seed: 1,
          today: localDate(systemClock),
          onProgress: (done, total) => {
            const percent = Math.floor((done / total) * 10) * 10;
            if (percent !== lastPercent) {
              lastPercent = percent;
              console.log(
                `  … ${percent}% (${done.toLocaleString('id-ID')} dari ${total.toLocaleString('id-ID')} keluarga)`,
              );
            }
          },
        });
        console.log(
          `Demo dimuat: ${result.households.toLocaleString('id-ID')} keluarga, ` +
            `${result.people.toLocaleString('id-ID')} orang dalam ${(result.ms / 1000).toFixed(1)} detik.`,
        );
        // A year of intakes and referrals at the same scale, so boards and inboxes have work in them.
        const referrals = await loadReferralDemo(db, {
          scale: config.demoScaleOnEmpty,
          seed: 1,
          now: systemClock.now(),
          regencyCode: config.regencyCode,
        });
        console.log(`Rujukan demo: ${referrals.intakes} pengaduan, ${referrals.referrals} rujukan.`);
      }

      const regions = await loadRegionIndex(db, config.regencyCode);
      // Referral escalation sweep (issue 4): every SELARAS_ESCALATION_INTERVAL_SECONDS (default 60), 0 = off.
      const escalationSeconds = Number(process.env.SELARAS_ESCALATION_INTERVAL_SECONDS ?? '60');
      const app = await buildApp(
        // The notifier is built here so a wrong SELARAS_NOTIFY_* setting stops the start, not a referral.
        { db, dbKind: database.kind, config, clock: systemClock, regions, notifier: notifierFromEnv() },
        escalationSeconds > 0 ? { escalationIntervalMs: escalationSeconds * 1000 } : {},
      );
      const shutdown = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
      await app.listen({ port: config.port, host: config.host });

      const url = `http://${config.host === '127.0.0.1' || config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
      console.log(`\nSelaras berjalan di ${url}  (API: ${url}/api/docs)`);
      console.log(
        `Basis data: ${database.kind === 'pglite' ? `PGlite di ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
      );
      if (accounts.length > 0) {
        console.log('\nAkun dibuat (kata sandi hanya ditampilkan sekali ini; simpan sekarang):');
        for (const a of accounts)
          console.log(`  ${a.username.padEnd(16)} ${a.password.padEnd(22)} ${a.role} – ${a.scope}`);
        console.log('Masuk di halaman web dengan salah satu akun di atas.\n');
      } else {
        console.log(
          'Masuk dengan akun yang sudah ada. Akun baru: selaras users add (saat server berhenti) atau menu Pengguna.\n',
        );
      }
    });
}
