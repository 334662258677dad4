import type { TFunction } from 'i18next';
import type { Role } from '../api/types.ts';

/** The role's name in the UI language ("Fasilitator desa"); the code when the catalogue lacks it. */
export function roleLabel(t: TFunction, role: Role | string): string {
  return t(`role.${role}`, { defaultValue: role });
}
