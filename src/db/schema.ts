import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table types of the schema built by `migrations/`. Kept by hand, next to the migrations. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json = ColumnType<unknown, string, string>;

export interface ProvinsiTable {
  code: string;
  name: string;
}
export interface KabupatenTable {
  code: string;
  name: string;
  provinsi_code: string;
}
export interface KecamatanTable {
  code: string;
  name: string;
  kabupaten_code: string;
  retired: Generated<boolean>;
}
export type Cluster = 'pesisir' | 'dataran_rendah' | 'pegunungan';
export interface DesaTable {
  code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
  kecamatan_code: string;
  kabupaten_code: string;
  cluster: Cluster;
  cluster_provisional: Generated<boolean>;
  cluster_basis: string | null;
  updated_at: Timestamp | null;
}
export interface OrganisationTable {
  id: Generated<string>;
  code: string;
  name: string;
  kind: string;
  kabupaten_code: string;
  created_at: CreatedAt;
}
export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string | null;
  password_hash: string;
  role: string;
  scope_desa: string[] | null;
  scope_kecamatan: string | null;
  scope_organisation: string | null;
  kabupaten_code: string;
  disabled_at: Timestamp | null;
  created_at: CreatedAt;
  password_changed_at: Timestamp;
}
export interface SessionTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}
export interface LoginThrottleTable {
  username_key: string;
  failures: number;
  first_failure_at: Timestamp;
  locked_until: Timestamp | null;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  kabupaten_code: string | null;
  actor_id: string | null;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  request_id: string | null;
  reason: string | null;
  details: Json | null;
}
export interface HouseholdTable {
  id: Generated<string>;
  kabupaten_code: string;
  kk: string | null;
  desa_code: string;
  dusun: string | null;
  rt: string | null;
  rw: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  flags: ColumnType<string[], string[] | undefined, string[]>;
  version: Generated<number>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}
export interface PersonTable {
  id: Generated<string>;
  kabupaten_code: string;
  household_id: string;
  nik: string | null;
  full_name: string;
  name_norm: string;
  sex: 'L' | 'P';
  birth_place: string | null;
  birth_date: string;
  relation: string;
  marital_status: string | null;
  education: string | null;
  occupation: string | null;
  disability_type: string | null;
  disability_severity: string | null;
  chronic_illness: string | null;
  pregnant: Generated<boolean>;
  has_ktp: Generated<boolean>;
  has_kk: Generated<boolean>;
  has_birth_certificate: Generated<boolean>;
  insurance_status: string | null;
  insurance_type: string | null;
  nik_mismatch_reason: string | null;
  no_nik_reason: string | null;
  flags: ColumnType<string[], string[] | undefined, string[]>;
  version: Generated<number>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
}
export interface RecordHistoryTable {
  id: Generated<number>;
  at: Timestamp;
  kabupaten_code: string;
  object_type: 'household' | 'person';
  object_id: string;
  household_id: string | null;
  actor_id: string | null;
  action: string;
  changes: Json;
  reason: string | null;
}

// Front office and referrals (migration 0003-referral).
export interface ServiceTable {
  id: Generated<string>;
  kabupaten_code: string;
  code: string;
  name: string;
  category: string;
  organisation_id: string;
  tier: number;
  accept_days: number;
  complete_days: number;
  required_documents: ColumnType<string[], string[] | undefined, string[]>;
  eligibility: Generated<string>;
  person_fields: ColumnType<string[], string[] | undefined, string[]>;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}
export interface NumberSequenceTable {
  prefix: string;
  place: string;
  year: number;
  last_value: number;
}
export interface IntakeTable {
  id: Generated<string>;
  kabupaten_code: string;
  number: string;
  channel: string;
  kind: string;
  category: string;
  urgency: string;
  desa_code: string;
  /** A case note: never logged, never shown to partners. */
  description: string;
  person_id: string | null;
  household_id: string | null;
  unregistered: Json | null;
  status: Generated<'open' | 'referred' | 'resolved'>;
  resolution: string | null;
  resolved_at: Timestamp | null;
  resolved_by: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
}
export interface ReferralTable {
  id: Generated<string>;
  kabupaten_code: string;
  number: string;
  intake_id: string;
  service_id: string;
  organisation_id: string;
  desa_code: string;
  person_id: string | null;
  status: string;
  tier: number;
  note: string | null;
  outcome: string | null;
  decline_reason: string | null;
  accept_due_at: Timestamp | null;
  complete_due_at: Timestamp | null;
  sent_at: Timestamp | null;
  accepted_at: Timestamp | null;
  closed_at: Timestamp | null;
  escalated_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}
export interface ReferralEventTable {
  id: Generated<string>;
  referral_id: string;
  kabupaten_code: string;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  from_status: string | null;
  to_status: string;
  from_tier: number;
  to_tier: number;
  note: string | null;
  reason: string | null;
  outcome: string | null;
  cause: string | null;
  attachments: ColumnType<unknown, string | undefined, string>;
  escalation_key: string | null;
}
export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json;
  created_at: Timestamp;
}
export interface NotificationTable {
  id: Generated<string>;
  kabupaten_code: string;
  user_id: string | null;
  organisation_id: string | null;
  tier: number | null;
  kind: string;
  referral_id: string | null;
  payload: ColumnType<unknown, string | undefined, string>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}
export interface IndicatorSetTable {
  id: Generated<string>;
  kabupaten_code: string;
  code: string;
  scheme: string;
  version: number;
  status: 'draft' | 'active' | 'retired';
  revision: Generated<number>;
  definition: Json;
  clusters: string[];
  built_in: Generated<boolean>;
  created_at: CreatedAt;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
  activated_at: Timestamp | null;
  activated_by: string | null;
  retired_at: Timestamp | null;
}
export interface AssessmentTable {
  id: Generated<string>;
  kabupaten_code: string;
  household_id: string;
  scheme: string;
  set_id: string;
  assessed_on: string;
  assessor_id: string | null;
  latitude: number | null;
  longitude: number | null;
  answers: Json;
  created_at: CreatedAt;
}
export interface AssessmentResultTable {
  id: Generated<string>;
  kabupaten_code: string;
  household_id: string;
  assessment_id: string;
  set_id: string;
  scheme: string;
  kind: 'field' | 'reclassify';
  score: number;
  class: string;
  explanation: Json;
  created_at: CreatedAt;
  created_by: string | null;
}
export interface HouseholdClassTable {
  household_id: string;
  scheme: string;
  kabupaten_code: string;
  assessment_id: string;
  answers: Json;
  result_id: string | null;
  set_id: string | null;
  class: string | null;
  score: number | null;
  updated_at: Timestamp;
}

export interface DB {
  provinsi: ProvinsiTable;
  kabupaten: KabupatenTable;
  kecamatan: KecamatanTable;
  desa: DesaTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_session: SessionTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  household: HouseholdTable;
  person: PersonTable;
  record_history: RecordHistoryTable;
  service: ServiceTable;
  number_sequence: NumberSequenceTable;
  intake: IntakeTable;
  referral: ReferralTable;
  referral_event: ReferralEventTable;
  idempotency_key: IdempotencyKeyTable;
  notification: NotificationTable;
  indicator_set: IndicatorSetTable;
  assessment: AssessmentTable;
  assessment_result: AssessmentResultTable;
  household_class: HouseholdClassTable;
}

export type PersonRow = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type HouseholdRow = Selectable<HouseholdTable>;
export type NewHousehold = Insertable<HouseholdTable>;
export type UserRow = Selectable<AppUserTable>;
export type DesaRow = Selectable<DesaTable>;
