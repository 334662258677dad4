/** The roles of DESIGN.md ("Who uses it") and the kind of scope each one carries. */
export const ROLES = [
  'fasilitator',
  'supervisor',
  'petugas_upt',
  'mitra',
  'pekerja_sosial',
  'call_center',
  'manajer',
  'tkpkd',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export type ScopeKind = 'desa' | 'kecamatan' | 'organisation' | 'regency';

/** A user's scope: which part of the regency their records come from. */
export type Scope =
  | { kind: 'desa'; desa: string[] }
  | { kind: 'kecamatan'; kecamatan: string }
  | { kind: 'organisation'; organisation: string }
  | { kind: 'regency' };

/** The scope kind each role must have. */
export const ROLE_SCOPE: Record<Role, ScopeKind> = {
  fasilitator: 'desa',
  supervisor: 'kecamatan',
  petugas_upt: 'regency',
  mitra: 'organisation',
  pekerja_sosial: 'regency',
  call_center: 'regency',
  manajer: 'regency',
  tkpkd: 'regency',
  admin: 'regency',
};

/** The signed-in person on whose behalf a use case runs. */
export interface Actor {
  id: string;
  username: string;
  role: Role;
  scope: Scope;
  /** The regency of the deployment; every record read or written belongs to it. */
  kabupatenCode: string;
}
