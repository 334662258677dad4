import type {
  Abilities,
  Desa,
  HistoryEntry,
  Household,
  Me,
  Person,
  PersonSummary,
  Role,
  SessionInfo,
} from '../api/types.ts';
import type { FakeApi } from './fake-api.ts';

/** Synthetic data only: no real people. */

/** Abilities of the later features: none unless a role below grants them. */
const NONE = {
  intakeRead: false,
  intakeWrite: false,
  referralRead: false,
  referralWrite: false,
  referralProvide: false,
  referralEscalate: false,
  catalogueManage: false,
  assessmentRead: false,
  assessmentWrite: false,
  indicatorSetRead: false,
  indicatorSetEdit: false,
  indicatorSetActivate: false,
  simulationRun: false,
  reclassify: false,
};

const ABILITIES: Record<string, Abilities> = {
  fasilitator: {
    ...NONE,
    registryRead: true,
    registryWrite: true,
    usersManage: false,
    wilayahManage: false,
    intakeRead: true,
    intakeWrite: true,
    referralRead: true,
    referralWrite: true,
    assessmentRead: true,
    assessmentWrite: true,
    indicatorSetRead: true,
  },
  supervisor: {
    ...NONE,
    registryRead: true,
    registryWrite: false,
    usersManage: false,
    wilayahManage: false,
    assessmentRead: true,
    indicatorSetRead: true,
  },
  admin: {
    ...NONE,
    registryRead: false,
    registryWrite: false,
    usersManage: true,
    wilayahManage: true,
    catalogueManage: true,
    indicatorSetRead: true,
    indicatorSetEdit: true,
    indicatorSetActivate: true,
    simulationRun: true,
    reclassify: true,
  },
  petugas_upt: {
    ...NONE,
    registryRead: true,
    registryWrite: true,
    usersManage: false,
    wilayahManage: false,
    intakeRead: true,
    intakeWrite: true,
    referralRead: true,
    referralWrite: true,
    referralProvide: true,
    referralEscalate: true,
  },
  mitra: {
    ...NONE,
    registryRead: false,
    registryWrite: false,
    usersManage: false,
    wilayahManage: false,
    referralRead: true,
    referralProvide: true,
  },
  tkpkd: {
    ...NONE,
    registryRead: false,
    registryWrite: false,
    usersManage: false,
    wilayahManage: false,
    indicatorSetRead: true,
    indicatorSetEdit: true,
    simulationRun: true,
  },
};

export function session(role: Role = 'fasilitator', overrides: Partial<Me> = {}): SessionInfo {
  const user: Me = {
    id: `user-${role}`,
    username: role === 'admin' ? 'admin' : 'andi.fasilitator',
    displayName: role === 'admin' ? null : 'Andi Wijaya',
    role,
    scope:
      role === 'fasilitator'
        ? { kind: 'desa', desa: ['7303012008'] }
        : role === 'mitra'
          ? { kind: 'organisation', organisation: 'dukcapil' }
          : { kind: 'regency' },
    ...overrides,
  };
  return { user, abilities: ABILITIES[role] ?? ABILITIES.supervisor! };
}

/** The fake server knows who is signed in. */
export function signIn(api: FakeApi, role: Role = 'fasilitator'): SessionInfo {
  const info = session(role);
  api.on('GET', '/auth/me', { body: info });
  return info;
}

export const DESA: Desa[] = [
  {
    code: '7303011002',
    name: 'Bonto Lebang',
    kind: 'kelurahan',
    kecamatanCode: '730301',
    kecamatanName: 'Bissappu',
    cluster: 'pesisir',
    clusterProvisional: true,
    inScope: false,
  },
  {
    code: '7303012008',
    name: 'Bonto Jai',
    kind: 'desa',
    kecamatanCode: '730301',
    kecamatanName: 'Bissappu',
    cluster: 'dataran_rendah',
    clusterProvisional: true,
    inScope: true,
  },
  {
    code: '7303021003',
    name: 'Letta',
    kind: 'kelurahan',
    kecamatanCode: '730302',
    kecamatanName: 'Bantaeng',
    cluster: 'pesisir',
    clusterProvisional: false,
    inScope: false,
  },
];

export function personSummary(overrides: Partial<PersonSummary> = {}): PersonSummary {
  return {
    id: 'p-1',
    nik: '7303015203850001',
    fullName: 'Siti Aminah',
    sex: 'P',
    birthDate: '1985-03-12',
    age: 40,
    relation: 'kepala_keluarga',
    householdId: 'h-1',
    kk: '7303010101200001',
    desaCode: '7303012008',
    desaName: 'Bonto Jai',
    flags: [],
    ...overrides,
  };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    ...personSummary(),
    birthPlace: 'Bantaeng',
    maritalStatus: 'cerai_mati',
    education: 'sd',
    occupation: 'petani',
    disability: null,
    chronicIllness: null,
    pregnant: false,
    documents: { ktp: true, kk: true, birthCertificate: false },
    insurance: { status: 'aktif', type: 'pbi_apbn' },
    nikMismatchReason: null,
    noNikReason: null,
    version: 1,
    createdAt: '2025-01-10T02:00:00Z',
    updatedAt: '2025-01-10T02:00:00Z',
    ...overrides,
  };
}

export function household(overrides: Partial<Household> = {}): Household {
  return {
    id: 'h-1',
    kk: '7303010101200001',
    desa: {
      code: '7303012008',
      name: 'Bonto Jai',
      kecamatanCode: '730301',
      kecamatanName: 'Bissappu',
      cluster: 'dataran_rendah',
    },
    address: {
      dusun: 'Borong',
      rt: '001',
      rw: '002',
      text: 'Jl. Poros Bantaeng',
      latitude: null,
      longitude: null,
    },
    flags: [],
    version: 1,
    members: [
      person(),
      person({
        id: 'p-2',
        nik: null,
        noNikReason: 'bayi_belum_terdaftar',
        fullName: 'Rahmat',
        sex: 'L',
        birthDate: '2024-11-02',
        age: 1,
        relation: 'anak',
        flags: ['NIK_MISSING'],
        disability: { type: 'fisik', severity: 'ringan' },
      }),
    ],
    createdAt: '2025-01-10T02:00:00Z',
    updatedAt: '2025-01-10T02:00:00Z',
    abilities: { update: true, addMember: true },
    ...overrides,
  };
}

export function historyEntries(): HistoryEntry[] {
  return [
    {
      id: '1',
      at: '2025-01-10T02:00:00Z',
      actor: { username: 'andi.fasilitator' },
      action: 'create',
      objectType: 'household',
      objectId: 'h-1',
      subject: null,
      changes: [],
      reason: null,
    },
    {
      id: '2',
      at: '2025-02-01T03:30:00Z',
      actor: { username: 'budi.supervisor' },
      action: 'update',
      objectType: 'person',
      objectId: 'p-1',
      subject: 'Siti Aminah',
      changes: [{ field: 'occupation', old: 'buruh_tani', new: 'petani' }],
      reason: 'Sesuai KK terbaru',
    },
  ];
}
