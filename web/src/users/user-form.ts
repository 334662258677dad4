import type { TFunction } from 'i18next';
import { ROLE_SCOPE } from '../../../src/auth/roles.ts';
import type { NewUserInput, Role } from '../api/types.ts';
import type { FieldErrors } from '../ui/use-form.ts';

export interface UserDraft {
  username: string;
  displayName: string;
  password: string;
  role: '' | Role;
  desa: string[];
  kecamatan: string;
  organisation: string;
}

export function emptyUser(): UserDraft {
  return { username: '', displayName: '', password: '', role: '', desa: [], kecamatan: '', organisation: '' };
}

/** The scope the role needs, from the matching inputs only. */
export function toNewUser(d: UserDraft): NewUserInput {
  const role = d.role === '' ? 'fasilitator' : d.role;
  const kind = ROLE_SCOPE[role];
  return {
    username: d.username.trim(),
    password: d.password,
    role,
    displayName: d.displayName.trim() || undefined,
    scope:
      kind === 'desa'
        ? { desa: d.desa }
        : kind === 'kecamatan'
          ? { kecamatan: d.kecamatan }
          : kind === 'organisation'
            ? { organisation: d.organisation.trim() }
            : {},
  };
}

export function validateUser(d: UserDraft, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const required = (field: string, detail = t('validation.required', 'Wajib diisi.')) => {
    errors[field] = { field, code: 'REQUIRED', detail };
  };
  if (!d.username.trim()) required('username');
  if (!d.password) required('password');
  if (!d.role) required('role');
  else {
    const kind = ROLE_SCOPE[d.role];
    if (kind === 'desa' && d.desa.length === 0)
      required('scope.desa', t('validation.desaScope', 'Pilih paling sedikit satu desa.'));
    if (kind === 'kecamatan' && !d.kecamatan) required('scope.kecamatan');
    if (kind === 'organisation' && !d.organisation.trim()) required('scope.organisation');
  }
  return errors;
}

const USER_FIELDS = new Set([
  'username',
  'displayName',
  'password',
  'role',
  'scope.desa',
  'scope.kecamatan',
  'scope.organisation',
]);

export function userFieldKey(path: string): string | undefined {
  const key = path.replace(/^scope\.desa\.\d+$/, 'scope.desa');
  return USER_FIELDS.has(key) ? key : undefined;
}
