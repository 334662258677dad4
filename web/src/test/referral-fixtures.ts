import type { Intake, PersonMatch, Referral, ReferralSummary, Service } from '../api/types.ts';

/** Synthetic referral data for component tests: no real people. */

export const DUKCAPIL = {
  id: 'o-dukcapil',
  code: 'dukcapil',
  name: 'Dinas Dukcapil Bantaeng',
  kind: 'dinas',
};
export const BPJS = { id: 'o-bpjs', code: 'bpjs_kesehatan', name: 'BPJS Kesehatan', kind: 'bpjs' };

export function service(overrides: Partial<Service> = {}): Service {
  return {
    id: 's-akta',
    code: 'akta_kelahiran',
    name: 'Penerbitan akta kelahiran',
    category: 'adminduk',
    organisation: DUKCAPIL,
    tier: 2,
    acceptDays: 3,
    completeDays: 7,
    requiredDocuments: ['KK', 'Surat keterangan lahir'],
    eligibility: 'Anak yang belum punya akta kelahiran',
    personFields: ['fullName', 'nik', 'kk', 'birthDate'],
    active: true,
    version: 1,
    ...overrides,
  };
}

export const SERVICES: Service[] = [
  service(),
  service({
    id: 's-pbi',
    code: 'pbi_jkn',
    name: 'Pendaftaran PBI JKN',
    category: 'kesehatan',
    organisation: BPJS,
    acceptDays: 3,
    completeDays: 14,
    requiredDocuments: ['KTP', 'KK'],
  }),
];

export function match(overrides: Partial<PersonMatch> = {}): PersonMatch {
  return {
    personId: 'p-2',
    householdId: 'h-1',
    name: 'Rahmat',
    nik: null,
    sex: 'L',
    birthDate: '2024-11-02',
    desaCode: '7303012008',
    desaName: 'Bonto Jai',
    score: 0.92,
    reason: 'name',
    ...overrides,
  };
}

export function intake(overrides: Partial<Intake> = {}): Intake {
  return {
    id: 'i-1',
    number: 'PKS-7303012008-2026-000123',
    channel: 'puskesos',
    kind: 'permohonan',
    category: 'adminduk',
    urgency: 'sedang',
    status: 'open',
    desaCode: '7303012008',
    desaName: 'Bonto Jai',
    person: {
      registered: true,
      personId: 'p-2',
      householdId: 'h-1',
      name: 'Rahmat',
      nik: null,
      sex: 'L',
      birthYear: 2024,
    },
    referralCount: 0,
    createdAt: '2026-03-02T01:00:00Z',
    version: 1,
    description: 'Anak belum punya akta kelahiran.',
    resolution: null,
    resolvedAt: null,
    createdBy: 'andi.fasilitator',
    referrals: [],
    ...overrides,
  };
}

export function referralSummary(overrides: Partial<ReferralSummary> = {}): ReferralSummary {
  return {
    id: 'r-1',
    number: 'RJK-7303-2026-000045',
    status: 'sent',
    tier: 2,
    service: {
      id: 's-akta',
      code: 'akta_kelahiran',
      name: 'Penerbitan akta kelahiran',
      category: 'adminduk',
    },
    organisation: { id: DUKCAPIL.id, code: DUKCAPIL.code, name: DUKCAPIL.name },
    desaCode: '7303012008',
    desaName: 'Bonto Jai',
    personName: 'Rahmat',
    acceptDueAt: '2099-03-05T01:00:00Z',
    completeDueAt: null,
    overdue: false,
    createdAt: '2026-03-02T01:00:00Z',
    updatedAt: '2026-03-02T01:00:00Z',
    version: 2,
    ...overrides,
  };
}

export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    ...referralSummary(),
    intake: { id: 'i-1', number: 'PKS-7303012008-2026-000123', category: 'adminduk', urgency: 'sedang' },
    person: { registered: true, personId: 'p-2', fullName: 'Rahmat', nik: null, kk: '7303010101200001' },
    note: 'Mohon dibantu akta kelahiran.',
    requiredDocuments: ['KK', 'Surat keterangan lahir'],
    outcome: null,
    declineReason: null,
    referredBy: { username: 'andi.fasilitator', desaCode: '7303012008' },
    timeline: [
      {
        at: '2026-03-02T01:00:00Z',
        action: 'send',
        fromStatus: 'draft',
        toStatus: 'sent',
        fromTier: 2,
        toTier: 2,
        actor: { username: 'andi.fasilitator', role: 'fasilitator' },
        organisationName: null,
        note: 'Mohon dibantu akta kelahiran.',
        reason: null,
        outcome: null,
        cause: null,
        attachments: [],
      },
    ],
    allowedActions: ['accept', 'decline'],
    letterUrl: '/api/v1/referrals/r-1/letter.pdf',
    verifyUrl: 'http://localhost/rujukan/r-1/verifikasi',
    ...overrides,
  };
}
