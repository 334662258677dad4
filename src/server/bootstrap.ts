import type { Kysely } from 'kysely';
import { ensureBuiltInSets } from '../assessment/builtin-sets.ts';
import { checkPassword } from '../auth/password.ts';
import { ROLES, type Role } from '../auth/roles.ts';
import { createUser, generatePassword } from '../auth/user.service.ts';
import type { Config } from '../config/config.ts';
import { connect, type Database } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { DB } from '../db/schema.ts';
import { ensureReferenceData } from '../reference/wilayah.load.ts';

/** Opens the configured database, applies migrations and loads the reference data. */
export async function openDatabase(config: Config, command: string): Promise<Database> {
  const database = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command });
  try {
    await migrateToLatest(database.db);
    await ensureReferenceData(database.db, {
      regencyCode: config.regencyCode,
      desaFile: process.env.SELARAS_DESA_FILE,
    });
    await ensureBuiltInSets(database.db, config.regencyCode);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface CreatedAccount {
  username: string;
  role: Role;
  password: string;
  scope: string;
}

/**
 * On the very first start (no users yet): the `admin` account, with SELARAS_ADMIN_PASSWORD or a
 * generated password, and one demo account per role with generated passwords. Returned once so
 * the caller can print them; they are never stored in clear.
 */
export async function ensureInitialAccounts(
  db: Kysely<DB>,
  config: Config,
  demoAccounts = true,
): Promise<CreatedAccount[]> {
  const any = await db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  if (any) return [];
  if (config.adminPassword) {
    const problem = checkPassword(config.adminPassword, 'admin');
    if (problem)
      throw new Error(`SELARAS_ADMIN_PASSWORD is refused by the password policy (${problem.code})`);
  }
  const desa = await db
    .selectFrom('desa')
    .where('kabupaten_code', '=', config.regencyCode)
    .select(['code', 'name', 'kecamatan_code'])
    .orderBy('code')
    .execute();
  const firstDesa = desa[0];
  const dukcapil = await db
    .selectFrom('organisation')
    .where('code', '=', 'dukcapil')
    .select(['id', 'name'])
    .executeTakeFirst();
  const deps = { db, regencyCode: config.regencyCode };
  const created: CreatedAccount[] = [];
  return db.transaction().execute(async (tx) => {
    const txDeps = { ...deps, db: tx };
    const roles: Role[] = demoAccounts ? [...ROLES] : ['admin'];
    for (const role of roles) {
      const username = role;
      const password = role === 'admin' && config.adminPassword ? config.adminPassword : generatePassword();
      let scope: { desa?: string[]; kecamatan?: string; organisation?: string } | undefined;
      let scopeLabel = 'kabupaten';
      if (role === 'fasilitator' && firstDesa) {
        scope = { desa: [firstDesa.code] };
        scopeLabel = `desa ${firstDesa.name}`;
      } else if (role === 'supervisor' && firstDesa) {
        scope = { kecamatan: firstDesa.kecamatan_code };
        scopeLabel = `kecamatan ${firstDesa.kecamatan_code}`;
      } else if (role === 'mitra' && dukcapil) {
        scope = { organisation: dukcapil.id };
        scopeLabel = dukcapil.name;
      }
      await createUser(txDeps, undefined, {
        username,
        password: password,
        role,
        scope,
        displayName: undefined,
      });
      created.push({
        username,
        role,
        password: role === 'admin' && config.adminPassword ? '(SELARAS_ADMIN_PASSWORD)' : password,
        scope: scopeLabel,
      });
    }
    return created;
  });
}
