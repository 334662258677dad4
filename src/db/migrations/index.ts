import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-assessment.ts';
import * as m0003 from './0003-referral.ts';

/**
 * Versioned migrations, in order. A new migration is a new file added here; an applied one is
 * never edited. Listed statically so the same code runs from source, tests and the bundled CLI.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-assessment': m0002,
  '0003-referral': m0003,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
