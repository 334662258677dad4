/**
 * Code lists of intake and referral. Codes are stable (stored and sent over the API); their labels
 * live in the i18n catalogues. Shared by the server and the web app: no Node imports here.
 */

/** Where an intake came in. */
export const CHANNELS = ['puskesos', 'upt', 'call_center_119', 'penjangkauan', 'lainnya'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Prefix of the intake number by channel (readable on paper: `PKS-7303021001-2026-000123`). */
export const CHANNEL_PREFIX: Record<Channel, string> = {
  puskesos: 'PKS',
  upt: 'UPT',
  call_center_119: 'CC119',
  penjangkauan: 'PJK',
  lainnya: 'LNY',
};

/** pengaduan = complaint, permohonan = request, penjangkauan = found during outreach. */
export const INTAKE_KINDS = ['pengaduan', 'permohonan', 'penjangkauan'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

export const CATEGORIES = [
  'kesehatan',
  'pendidikan',
  'adminduk',
  'bantuan_sosial',
  'disabilitas',
  'lansia',
  'kekerasan',
  'anak_terlantar',
  'perumahan',
  'pekerjaan',
  'kedaruratan',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const URGENCIES = ['rendah', 'sedang', 'tinggi', 'darurat'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** open → referred (one or more referrals) or resolved at tier 1 (village) without referral. */
export const INTAKE_STATUSES = ['open', 'referred', 'resolved'] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/** Tier 1 village (Puskesos, village government), tier 2 regency (UPT, offices), tier 3 regent's team. */
export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

export const REFERRAL_STATUSES = [
  'draft',
  'sent',
  'accepted',
  'in_progress',
  'completed',
  'declined',
  'cancelled',
  'escalated',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = [
  'send',
  'accept',
  'start',
  'complete',
  'decline',
  'cancel',
  'escalate',
] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** How a completed referral ended (rujukan balik). */
export const OUTCOMES = ['served', 'partially_served', 'not_eligible', 'unreachable'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Why an escalation happened. */
export const ESCALATION_CAUSES = ['accept_overdue', 'complete_overdue', 'declined', 'manual'] as const;
export type EscalationCause = (typeof ESCALATION_CAUSES)[number];

/**
 * Person fields a provider may be given for a service (the catalogue lists which, per service).
 * Anything else (assessment, case notes, other services) never reaches a partner.
 */
export const PERSON_FIELDS = [
  'fullName',
  'nik',
  'kk',
  'sex',
  'birthDate',
  'birthPlace',
  'address',
  'disability',
  'insurance',
  'documents',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
