import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { reclassifyRegistry } from '../assessment/reclassify.service.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { loadConfig } from '../config/config.ts';
import { AppError } from '../platform/errors.ts';
import { translate } from '../platform/i18n/messages.ts';
import { openDatabase } from '../server/bootstrap.ts';

/**
 * `selaras assessments reclassify`: re-run every household's latest answers under the active
 * indicator-set version(s), in one transaction, with a progress bar. Like `users add`, it refuses
 * to open a PGlite data folder the running server holds (use POST /api/v1/assessments/reclassify then).
 */
export function registerAssessmentsCommand(program: Command): void {
  const assessments = program.command('assessments').description('Assessment and welfare classification');
  assessments
    .command('reclassify')
    .description('Re-classify the whole registry under the active indicator-set versions (one transaction)')
    .option('--set <ids...>', 'only these active set ids (default: every active set)')
    .action(async (options: { set?: string[] }) => {
      const config = loadConfig();
      const database = await openDatabase(config, 'selaras assessments reclassify');
      const bar = new SingleBar({
        format: 'Menilai ulang [{bar}] {percentage}% | {value}/{total} set | {duration}s',
        hideCursor: true,
      });
      let started = false;
      try {
        const result = await reclassifyRegistry(database.db, {
          kabupatenCode: config.regencyCode,
          setIds: options.set,
          actorId: null,
          onProgress: (done, total) => {
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        });
        bar.stop();
        await recordAudit(database.db, undefined, {
          action: 'assessment.reclassify',
          objectType: 'indicator_set',
          details: {
            via: 'cli',
            sets: result.sets.map((s) => ({
              id: s.id,
              code: s.code,
              version: s.version,
              households: s.households,
              changed: s.changed,
            })),
          },
        });
        for (const set of result.sets) {
          const classes = Object.entries(set.byClass)
            .filter(([, n]) => n > 0)
            .map(([c, n]) => `${c} ${n}`)
            .join(', ');
          console.log(
            `${set.code} v${set.version}: ${set.households} keluarga dinilai ulang, ${set.changed} berubah kelas (${classes})`,
          );
        }
        console.log(
          `Selesai: ${result.households} hasil baru dalam ${(result.durationMs / 1000).toFixed(1)} detik (${database.kind}).`,
        );
      } catch (error) {
        if (error instanceof AppError) {
          const lines = (error.options.errors ?? []).map(
            (e) => `  ${e.field}: ${translate('id', e.code, e.params)}`,
          );
          throw new Error([translate('id', error.code), ...lines].join('\n'));
        }
        throw error;
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
