import { type Kysely, Migrator } from 'kysely';
import { migrationProvider, migrations } from './migrations/index.ts';
import type { DB } from './schema.ts';

/** Applies every pending migration in one run; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  // Unordered: features add numbered migrations on parallel branches (0002, 0003...); a database
  // that already ran 0003 must still accept 0002 when it arrives later.
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Names of the applied migrations and of the latest one known to this code. */
export async function migrationStatus(db: Kysely<DB>) {
  const migrator = new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true });
  const all = await migrator.getMigrations();
  const applied = all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  const known = Object.keys(migrations);
  return { applied: applied.length, latest: known[known.length - 1], pending: known.length - applied.length };
}
