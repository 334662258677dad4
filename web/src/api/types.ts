/**
 * Shapes of the Selaras HTTP API (`/api/v1`) as the web app uses them. The server is the authority;
 * these types follow its contract and stay lenient where it may send codes the UI does not know yet.
 */

import type { z } from 'zod';
import type {
  assessmentFormSchema,
  assessmentHistorySchema,
} from '../../../src/assessment/assessment.schema.ts';
import type {
  activationResultSchema,
  indicatorSetSummarySchema,
} from '../../../src/assessment/indicator-set.schema.ts';
import type { Role, Scope } from '../../../src/auth/roles.ts';
import type { CLUSTERS, PersonFlag, Sex } from '../../../src/registry/vocabulary.ts';

export type { PersonFlag, Role, Scope, Sex };
export type Cluster = (typeof CLUSTERS)[number];

export interface Items<T> {
  items: T[];
}

/** The signed-in user. */
export interface Me {
  id: string;
  username: string;
  displayName: string | null;
  role: Role;
  scope: Scope;
}

/** What the signed-in user may do; the UI hides what is not allowed, the server still checks. */
export interface Abilities {
  registryRead: boolean;
  registryWrite: boolean;
  usersManage: boolean;
  wilayahManage: boolean;
  // front office and referrals
  intakeRead: boolean;
  intakeWrite: boolean;
  referralRead: boolean;
  referralWrite: boolean;
  referralProvide: boolean;
  referralEscalate: boolean;
  catalogueManage: boolean;
  assessmentRead: boolean;
  assessmentWrite: boolean;
  indicatorSetRead: boolean;
  indicatorSetEdit: boolean;
  indicatorSetActivate: boolean;
  simulationRun: boolean;
  reclassify: boolean;
}

export interface SessionInfo {
  user: Me;
  abilities: Abilities;
}

export interface Desa {
  code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
  kecamatanCode: string;
  kecamatanName: string;
  cluster: Cluster;
  clusterProvisional: boolean;
  /** Whether the user may register households in this desa. */
  inScope: boolean;
}

export interface PersonSummary {
  id: string;
  nik: string | null;
  fullName: string;
  sex: Sex;
  /** `YYYY-MM-DD` */
  birthDate: string;
  age: number;
  relation: string;
  householdId: string;
  kk: string | null;
  desaCode: string;
  desaName: string;
  flags: string[];
  score?: number;
}

export interface Disability {
  type: string;
  severity: string;
}

export interface Documents {
  ktp: boolean;
  kk: boolean;
  birthCertificate: boolean;
}

export interface Insurance {
  status: string;
  type: string | null;
}

export interface Person extends PersonSummary {
  birthPlace: string | null;
  maritalStatus: string | null;
  education: string | null;
  occupation: string | null;
  disability: Disability | null;
  chronicIllness: string | null;
  pregnant: boolean;
  documents: Documents;
  insurance: Insurance | null;
  nikMismatchReason: string | null;
  noNikReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Address {
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  text: string | null;
}

export interface HouseholdSummary {
  id: string;
  kk: string | null;
  desaCode: string;
  desaName: string;
  kecamatanName: string;
  headName: string | null;
  memberCount: number;
  address: Address;
}

export interface Household {
  id: string;
  kk: string | null;
  desa: { code: string; name: string; kecamatanCode: string; kecamatanName: string; cluster: Cluster };
  address: Address & { latitude: number | null; longitude: number | null };
  flags: string[];
  version: number;
  members: Person[];
  createdAt: string;
  updatedAt: string;
  abilities: { update: boolean; addMember: boolean };
}

export type HistoryAction = 'create' | 'update' | 'move_in' | 'move_out' | 'add_member';

export interface HistoryChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface HistoryEntry {
  id: string;
  at: string;
  actor: { username: string } | null;
  action: HistoryAction;
  objectType: 'household' | 'person';
  objectId: string;
  /** Person name for person entries. */
  subject: string | null;
  changes: HistoryChange[];
  reason: string | null;
}

/** One member as sent when registering a household or adding a member. */
export interface MemberInput {
  nik?: string;
  noNikReason?: string;
  name: string;
  sex: Sex;
  birthDate: string;
  birthPlace?: string;
  relation: string;
  maritalStatus?: string;
  education?: string;
  occupation?: string;
  disability?: Disability;
  chronicIllness?: string;
  pregnant?: boolean;
  documents?: Partial<Documents>;
  insurance?: { status: string; type?: string };
  nikMismatchReason?: string;
}

/** A change to a person: only the changed fields; `null` clears an optional field. */
export type PersonPatch = { [K in keyof MemberInput]?: MemberInput[K] | null } & {
  version: number;
  reason?: string;
};

export interface HouseholdInput {
  kk: string | null;
  desa: string;
  address?: { dusun?: string; rt?: string; rw?: string; text?: string };
  members: MemberInput[];
}

export interface UserItem {
  id: string;
  username: string;
  displayName: string | null;
  role: Role;
  scope: Scope;
  disabled: boolean;
  createdAt: string;
}

export interface NewUserInput {
  username: string;
  password: string;
  role: Role;
  scope: { desa?: string[]; kecamatan?: string; organisation?: string };
  displayName?: string;
}

export interface UserPatch {
  disabled?: boolean;
  password?: string;
  role?: Role;
  scope?: NewUserInput['scope'];
}

// ---- Front office and referrals (intake, services catalogue, referrals, inbox) ----

export type {
  Category,
  Channel,
  EscalationCause,
  IntakeKind,
  IntakeStatus,
  Outcome,
  ReferralAction,
  ReferralStatus,
  Urgency,
} from '../../../src/referral/vocabulary.ts';

import type {
  Category,
  Channel,
  EscalationCause,
  IntakeKind,
  IntakeStatus,
  Outcome,
  ReferralAction,
  ReferralStatus,
  Urgency,
} from '../../../src/referral/vocabulary.ts';

/** A page of a long list. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A likely registry match for the person being entered at intake. */
export interface PersonMatch {
  personId: string;
  householdId: string;
  name: string;
  nik: string | null;
  sex: Sex;
  birthDate: string;
  desaCode: string;
  desaName: string;
  /** 1 = same NIK; otherwise name similarity 0–1. */
  score: number;
  reason: 'nik' | 'name';
}

/** Minimal data of a person who is not (yet) in the registry. */
export interface UnregisteredPersonInput {
  name: string;
  nik?: string;
  sex?: Sex;
  birthYear?: number;
  address?: string;
  phone?: string;
}

export interface IntakeInput {
  channel: Channel;
  kind: IntakeKind;
  category: Category;
  urgency: Urgency;
  desa: string;
  description: string;
  personId?: string;
  unregistered?: UnregisteredPersonInput;
}

export interface IntakeReferralItem {
  id: string;
  number: string;
  serviceName: string;
  organisationName: string;
  status: ReferralStatus;
  tier: number;
}

/** An intake as listed; the full {@link Intake} adds the description, resolution and referrals. */
export type IntakeSummary = Omit<
  Intake,
  'description' | 'resolution' | 'resolvedAt' | 'createdBy' | 'referrals'
>;

export interface Intake {
  id: string;
  /** e.g. `PKS-7303021001-2026-000123` */
  number: string;
  channel: Channel;
  kind: IntakeKind;
  category: Category;
  urgency: Urgency;
  status: IntakeStatus;
  desaCode: string;
  desaName: string;
  person: {
    registered: boolean;
    personId: string | null;
    householdId: string | null;
    name: string;
    nik: string | null;
    sex: Sex | null;
    birthYear: number | null;
  };
  referralCount: number;
  createdAt: string;
  version: number;
  description: string;
  resolution: string | null;
  resolvedAt: string | null;
  createdBy: string | null;
  referrals: IntakeReferralItem[];
}

export interface Organisation {
  id: string;
  code: string;
  name: string;
  kind: string;
}

/** A service of the catalogue. */
export interface Service {
  id: string;
  code: string;
  name: string;
  category: Category;
  organisation: Organisation;
  tier: number;
  /** Days the provider has to accept a referral. */
  acceptDays: number;
  /** Days to complete it once accepted. */
  completeDays: number;
  requiredDocuments: string[];
  eligibility: string;
  personFields: string[];
  active: boolean;
  version: number;
}

export interface Attachment {
  name: string;
  reference?: string;
}

export interface ReferralInput {
  intakeId: string;
  serviceId: string;
  note?: string;
  attachments?: Attachment[];
  /** true: sent at once; false: kept as a draft. */
  send?: boolean;
}

export interface TransitionInput {
  action: ReferralAction;
  version: number;
  note?: string;
  reason?: string;
  outcome?: Outcome;
  serviceId?: string;
  attachments?: Attachment[];
}

export interface ReferralSummary {
  id: string;
  number: string;
  status: ReferralStatus;
  tier: number;
  service: { id: string; code: string; name: string; category: Category };
  organisation: { id: string; code: string; name: string };
  desaCode: string;
  desaName: string;
  /** Only when this role may see it. */
  personName: string | null;
  acceptDueAt: string | null;
  completeDueAt: string | null;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TimelineEntry {
  at: string;
  action: ReferralAction | 'create';
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  fromTier: number;
  toTier: number;
  /** null: the system (automatic escalation). */
  actor: { username: string; role: string } | null;
  organisationName: string | null;
  note: string | null;
  reason: string | null;
  outcome: Outcome | null;
  cause: EscalationCause | null;
  attachments: { name: string; reference: string | null }[];
}

/** The person as the signed-in user may see them: a provider gets only its service's fields. */
export interface ReferralPerson {
  registered: boolean;
  personId?: string | null;
  fullName?: string;
  nik?: string | null;
  kk?: string | null;
  sex?: Sex | null;
  birthDate?: string | null;
  birthYear?: number | null;
  birthPlace?: string | null;
  address?: string | null;
  disability?: { type: string; severity: string | null } | null;
  insurance?: { status: string; type: string | null } | null;
  documents?: Documents;
}

export interface Referral extends ReferralSummary {
  /** null for partners (no case notes). */
  intake: { id: string; number: string; category: Category; urgency: string } | null;
  person: ReferralPerson;
  note: string | null;
  requiredDocuments: string[];
  outcome: Outcome | null;
  declineReason: string | null;
  referredBy: { username: string; desaCode: string } | null;
  timeline: TimelineEntry[];
  /** What the signed-in user may do now. */
  allowedActions: ReferralAction[];
  letterUrl: string;
  verifyUrl: string;
}

export interface ReferralQuery {
  status?: string;
  tier?: number;
  desa?: string;
  organisation?: string;
  overdue?: 'true';
  page?: number;
  pageSize?: number;
}

/** Every service a person received, has pending, or was refused. */
export interface PersonServices {
  received: ReferralSummary[];
  pending: ReferralSummary[];
  refused: ReferralSummary[];
}

export interface InboxNotification {
  id: string;
  kind: string;
  referralId: string | null;
  referralNumber: string | null;
  status: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface Inbox {
  new: ReferralSummary[];
  dueSoon: ReferralSummary[];
  overdue: ReferralSummary[];
  escalated: ReferralSummary[];
  feedback: ReferralSummary[];
  notifications: InboxNotification[];
  unread: number;
}
// ---- Assessment, indicator sets and policy simulation (issue 3) ----
// The shapes come straight from the server's zod contract (type-only imports: nothing of zod is bundled).

export type {
  Answers,
  AnswerValue,
  AssessmentResponse as Assessment,
  ExplanationResponse as Explanation,
  NewAssessmentInput,
  ReclassifyResult,
} from '../../../src/assessment/assessment.schema.ts';
export type {
  AnswerSpec,
  ClassThreshold,
  Condition,
  Criterion,
  Indicator,
  IndicatorSetDefinition,
  IndicatorSetResponse as IndicatorSet,
  LocalizedText,
  Parameter,
} from '../../../src/assessment/indicator-set.schema.ts';
export type {
  AreaCounts,
  SimulationRequest,
  SimulationResult,
} from '../../../src/assessment/simulation.schema.ts';
export type {
  AnswerType,
  ScoringRule,
  SetStatus,
  WelfareClass,
} from '../../../src/assessment/vocabulary.ts';

/** One line of the indicator-set list. */
export type IndicatorSetSummary = z.infer<typeof indicatorSetSummarySchema>;

/** The sets a household can be assessed with now (one per scheme), with its previous answers. */
export type AssessmentForm = z.infer<typeof assessmentFormSchema>;
/** A household's results, newest first, and its current class per scheme. */
export type AssessmentHistory = z.infer<typeof assessmentHistorySchema>;
export type ActivationResult = z.infer<typeof activationResultSchema>;
