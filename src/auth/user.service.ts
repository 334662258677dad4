import { randomBytes } from 'node:crypto';
import type { Executor, RequestContext } from '../audit/audit.repo.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import type { UserRow } from '../db/schema.ts';
import { AppError, conflict, type FieldError, notFound, validationFailed } from '../platform/errors.ts';
import { checkPassword, hashPassword } from './password.ts';
import { type Actor, ROLE_SCOPE, ROLES, type Role, type Scope } from './roles.ts';
import { deleteUserSessions } from './session.repo.ts';

export interface ScopeInput {
  desa?: string[] | undefined;
  kecamatan?: string | undefined;
  organisation?: string | undefined;
}

export interface NewUserInput {
  username: string;
  password: string;
  role: string;
  scope?: ScopeInput | undefined;
  displayName?: string | undefined;
}

export interface UserDeps {
  db: Executor;
  regencyCode: string;
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;

/** The scope stored on a user row, as the domain type. */
export function scopeOf(
  user: Pick<UserRow, 'role' | 'scope_desa' | 'scope_kecamatan' | 'scope_organisation'>,
): Scope {
  switch (ROLE_SCOPE[user.role as Role]) {
    case 'desa':
      return { kind: 'desa', desa: user.scope_desa ?? [] };
    case 'kecamatan':
      return { kind: 'kecamatan', kecamatan: user.scope_kecamatan ?? '' };
    case 'organisation':
      return { kind: 'organisation', organisation: user.scope_organisation ?? '' };
    default:
      return { kind: 'regency' };
  }
}

export function actorOf(user: UserRow): Actor {
  return {
    id: user.id,
    username: user.username,
    role: user.role as Role,
    scope: scopeOf(user),
    kabupatenCode: user.kabupaten_code,
  };
}

/** Checks a role and scope against the reference data; returns the scope columns or field errors. */
async function resolveScope(
  deps: UserDeps,
  role: string,
  scope: ScopeInput | undefined,
  errors: FieldError[],
) {
  const columns = {
    scope_desa: null as string[] | null,
    scope_kecamatan: null as string | null,
    scope_organisation: null as string | null,
  };
  if (!(ROLES as readonly string[]).includes(role)) {
    errors.push({ field: 'role', code: 'ROLE_INVALID' });
    return columns;
  }
  const kind = ROLE_SCOPE[role as Role];
  if (kind === 'desa') {
    const desa = [...new Set(scope?.desa ?? [])];
    if (desa.length === 0) {
      errors.push({ field: 'scope.desa', code: 'SCOPE_REQUIRED', params: { kind: 'desa' } });
      return columns;
    }
    const known = await deps.db
      .selectFrom('desa')
      .where('code', 'in', desa)
      .where('kabupaten_code', '=', deps.regencyCode)
      .select('code')
      .execute();
    if (known.length !== desa.length) errors.push({ field: 'scope.desa', code: 'SCOPE_INVALID_DESA' });
    columns.scope_desa = desa;
  } else if (kind === 'kecamatan') {
    const code = scope?.kecamatan;
    if (!code) {
      errors.push({ field: 'scope.kecamatan', code: 'SCOPE_REQUIRED', params: { kind: 'kecamatan' } });
      return columns;
    }
    const known = await deps.db
      .selectFrom('kecamatan')
      .where('code', '=', code)
      .where('kabupaten_code', '=', deps.regencyCode)
      .where('retired', '=', false)
      .select('code')
      .executeTakeFirst();
    if (!known) errors.push({ field: 'scope.kecamatan', code: 'SCOPE_INVALID_KECAMATAN' });
    columns.scope_kecamatan = code;
  } else if (kind === 'organisation') {
    const id = scope?.organisation;
    if (!id) {
      errors.push({ field: 'scope.organisation', code: 'SCOPE_REQUIRED', params: { kind: 'organisation' } });
      return columns;
    }
    const known = await deps.db
      .selectFrom('organisation')
      .where((eb) => (/^[0-9a-f-]{36}$/i.test(id) ? eb('id', '=', id) : eb('code', '=', id)))
      .select('id')
      .executeTakeFirst();
    if (!known) errors.push({ field: 'scope.organisation', code: 'SCOPE_INVALID_ORGANISATION' });
    else columns.scope_organisation = known.id;
  }
  return columns;
}

/** Creates a user after checking username, password policy, role and scope. */
export async function createUser(
  deps: UserDeps,
  ctx: RequestContext | undefined,
  input: NewUserInput,
): Promise<UserRow> {
  const username = input.username.trim().toLowerCase();
  const errors: FieldError[] = [];
  if (!USERNAME.test(username)) errors.push({ field: 'username', code: 'USERNAME_INVALID' });
  const passwordProblem = checkPassword(input.password, username);
  if (passwordProblem) errors.push({ field: 'password', ...passwordProblem });
  const scope = await resolveScope(deps, input.role, input.scope, errors);
  if (errors.length > 0) throw validationFailed(errors);

  const taken = await deps.db
    .selectFrom('app_user')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username))
    .select('id')
    .executeTakeFirst();
  if (taken) throw conflict('USERNAME_TAKEN', 'username');

  const user = await deps.db
    .insertInto('app_user')
    .values({
      username,
      display_name: input.displayName?.trim() || null,
      password_hash: await hashPassword(input.password),
      role: input.role,
      ...scope,
      kabupaten_code: deps.regencyCode,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(deps.db, ctx, {
    action: 'user.create',
    objectType: 'user',
    objectId: user.id,
    details: { role: user.role },
  });
  return user;
}

export interface UserUpdateInput {
  disabled?: boolean | undefined;
  password?: string | undefined;
  role?: string | undefined;
  scope?: ScopeInput | undefined;
  displayName?: string | undefined;
}

/** Changes a user; disabling or a new password ends their sessions at once. */
export async function updateUser(
  deps: UserDeps,
  ctx: RequestContext,
  userId: string,
  input: UserUpdateInput,
): Promise<UserRow> {
  const user = await deps.db.selectFrom('app_user').where('id', '=', userId).selectAll().executeTakeFirst();
  if (!user) throw notFound();
  if (input.disabled && userId === ctx.actor.id)
    throw new AppError(422, 'CANNOT_DISABLE_SELF', { field: 'disabled' });
  const errors: FieldError[] = [];
  const changes: Record<string, unknown> = {};
  if (input.password !== undefined) {
    const problem = checkPassword(input.password, user.username);
    if (problem) errors.push({ field: 'password', ...problem });
    else {
      changes.password_hash = await hashPassword(input.password);
      changes.password_changed_at = new Date();
    }
  }
  if (input.role !== undefined || input.scope !== undefined) {
    const role = input.role ?? user.role;
    Object.assign(
      changes,
      { role },
      await resolveScope(deps, role, input.scope ?? scopeInputOf(user), errors),
    );
  }
  if (input.displayName !== undefined) changes.display_name = input.displayName.trim() || null;
  if (input.disabled !== undefined)
    changes.disabled_at = input.disabled ? (user.disabled_at ?? new Date()) : null;
  if (errors.length > 0) throw validationFailed(errors);

  const updated = await deps.db
    .updateTable('app_user')
    .set(changes)
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (
    input.disabled ||
    input.password !== undefined ||
    input.role !== undefined ||
    input.scope !== undefined
  ) {
    await deleteUserSessions(deps.db, userId);
  }
  await recordAudit(deps.db, ctx, {
    action: input.disabled ? 'user.disable' : 'user.update',
    objectType: 'user',
    objectId: userId,
    details: { fields: Object.keys(input) },
  });
  return updated;
}

function scopeInputOf(user: UserRow): ScopeInput {
  return {
    desa: user.scope_desa ?? undefined,
    kecamatan: user.scope_kecamatan ?? undefined,
    organisation: user.scope_organisation ?? undefined,
  };
}

/** A readable random password for generated accounts: 4 groups of 4 characters (~80 bits). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export function presentUser(user: UserRow) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    role: user.role as Role,
    scope: scopeOf(user),
    disabled: user.disabled_at !== null,
    createdAt: new Date(user.created_at).toISOString(),
  };
}
