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
