import type { Command } from 'commander';
import { ROLE_SCOPE, ROLES, type Role } from '../auth/roles.ts';
import {
  createUser,
  generatePassword,
  presentUser,
  type ScopeInput,
  updateUser,
} from '../auth/user.service.ts';
import { loadConfig } from '../config/config.ts';
import { AppError } from '../platform/errors.ts';
import { translate } from '../platform/i18n/messages.ts';
import { openDatabase } from '../server/bootstrap.ts';
import { readPassword } from './read-password.ts';

/** Turns `--scope` into the scope the role needs: desa codes (comma-separated), a kecamatan code, or an organisation. */
export function scopeFromOption(role: Role, scope: string | undefined): ScopeInput | undefined {
  if (!scope) return undefined;
  switch (ROLE_SCOPE[role]) {
    case 'desa':
      return {
        desa: scope
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    case 'kecamatan':
      return { kecamatan: scope.trim() };
    case 'organisation':
      return { organisation: scope.trim() };
    default:
      return undefined;
  }
}

function explain(error: unknown): never {
  if (error instanceof AppError) {
    const lines = (error.options.errors ?? [{ field: error.options.field ?? '', code: error.code }]).map(
      (e) => `  ${e.field}: ${translate('id', e.code, e.params)} [${e.code}]`,
    );
    throw new Error(`${translate('id', error.code)}\n${lines.join('\n')}`);
  }
  throw error;
}

async function withDatabase<T>(
  command: string,
  work: (deps: { db: Awaited<ReturnType<typeof openDatabase>>['db']; regencyCode: string }) => Promise<T>,
) {
  const config = loadConfig();
  const database = await openDatabase(config, command);
  try {
    return await work({ db: database.db, regencyCode: config.regencyCode });
  } catch (error) {
    explain(error);
  } finally {
    await database.close();
  }
}

const cliContext = (id = '00000000-0000-0000-0000-000000000000') => ({
  actor: {
    id,
    username: 'cli',
    role: 'admin' as const,
    scope: { kind: 'regency' as const },
    kabupatenCode: loadConfig().regencyCode,
  },
  requestId: `cli-${Date.now()}`,
});

export function registerUsersCommand(program: Command): void {
  const users = program
    .command('users')
    .description('Manage user accounts (run while the server is stopped, or use the web app)');

  users
    .command('add')
    .description('Create a user; the password is read from standard input (or prompted on a terminal)')
    .requiredOption('-u, --username <username>', 'login name (lower case)')
    .requiredOption('-r, --role <role>', `one of: ${ROLES.join(', ')}`)
    .option(
      '-s, --scope <scope>',
      'desa codes (comma-separated) for fasilitator, a kecamatan code for supervisor, an organisation code for mitra',
    )
    .option('-n, --name <displayName>', 'display name')
    .option('--generate-password', 'generate a strong password and print it once', false)
    .action(
      async (options: {
        username: string;
        role: string;
        scope?: string;
        name?: string;
        generatePassword: boolean;
      }) => {
        if (!(ROLES as readonly string[]).includes(options.role))
          throw new Error(`Unknown role "${options.role}". Roles: ${ROLES.join(', ')}`);
        const role = options.role as Role;
        const password = options.generatePassword
          ? generatePassword()
          : await readPassword('Kata sandi: ', true);
        const user = await withDatabase('selaras users add', ({ db, regencyCode }) =>
          createUser({ db, regencyCode }, undefined, {
            username: options.username,
            password,
            role,
            scope: scopeFromOption(role, options.scope),
            displayName: options.name,
          }),
        );
        console.log(`Pengguna ${user.username} (${user.role}) dibuat.`);
        if (options.generatePassword) console.log(`Kata sandi: ${password}`);
      },
    );

  users
    .command('list')
    .description('List users with role, scope and status')
    .action(async () => {
      const rows = await withDatabase('selaras users list', ({ db }) =>
        db.selectFrom('app_user').selectAll().orderBy('username').execute(),
      );
      for (const user of rows.map(presentUser)) {
        const scope = user.scope.kind === 'regency' ? 'kabupaten' : JSON.stringify(user.scope);
        console.log(
          `${user.username.padEnd(20)} ${user.role.padEnd(15)} ${user.disabled ? 'NONAKTIF' : 'aktif   '} ${scope}`,
        );
      }
    });

  users
    .command('disable')
    .description('Disable a user; their sessions end at once')
    .requiredOption('-u, --username <username>')
    .action(async (options: { username: string }) => {
      await withDatabase('selaras users disable', async ({ db, regencyCode }) => {
        const user = await db
          .selectFrom('app_user')
          .where('username', '=', options.username.toLowerCase())
          .select('id')
          .executeTakeFirst();
        if (!user) throw new Error(`No user "${options.username}"`);
        await updateUser({ db, regencyCode }, cliContext(), user.id, { disabled: true });
      });
      console.log(`Pengguna ${options.username} dinonaktifkan.`);
    });

  users
    .command('set-password')
    .description('Set a new password (read from standard input, or prompted); sessions of the user end')
    .requiredOption('-u, --username <username>')
    .action(async (options: { username: string }) => {
      const password = await readPassword('Kata sandi baru: ', true);
      await withDatabase('selaras users set-password', async ({ db, regencyCode }) => {
        const user = await db
          .selectFrom('app_user')
          .where('username', '=', options.username.toLowerCase())
          .select('id')
          .executeTakeFirst();
        if (!user) throw new Error(`No user "${options.username}"`);
        await updateUser({ db, regencyCode }, cliContext(), user.id, { password, disabled: false });
      });
      console.log(`Kata sandi ${options.username} diganti.`);
    });
}
