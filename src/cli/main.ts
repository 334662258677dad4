import { Command } from 'commander';
import { DataDirBusyError } from '../db/data-dir-lock.ts';
import { registerAssessmentsCommand } from './assessments.command.ts';
import { registerBenchCommand } from './bench.command.ts';
import { registerDemoCommand } from './demo.command.ts';
import { registerServeCommand } from './serve.command.ts';
import { registerUsersCommand } from './users.command.ts';

const program = new Command()
  .name('selaras')
  .description('Selaras: Sistem Layanan dan Rujukan Terpadu (integrated social services and referrals)')
  .showHelpAfterError();

registerServeCommand(program);
registerDemoCommand(program);
registerUsersCommand(program);
registerBenchCommand(program);
registerAssessmentsCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof DataDirBusyError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
