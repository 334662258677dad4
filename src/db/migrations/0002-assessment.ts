import { type Kysely, sql } from 'kysely';

/**
 * Assessment and welfare classification: versioned indicator sets (documents as data), the
 * answers of each assessment visit, every result with the version that produced it, and the
 * current class of each household per scheme (with a copy of its latest answers, so that
 * re-classification and simulation are one set-based statement over one table).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table indicator_set (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      code text not null,
      scheme text not null,
      version integer not null,
      status text not null check (status in ('draft', 'active', 'retired')),
      revision integer not null default 1,
      definition jsonb not null,
      clusters text[] not null,
      built_in boolean not null default false,
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz not null default now(),
      updated_by uuid,
      activated_at timestamptz,
      activated_by uuid,
      retired_at timestamptz,
      unique (kabupaten_code, code, version)
    );
    create index indicator_set_status on indicator_set (kabupaten_code, status, scheme);

    -- One visit: the answers as given, under the version the form showed.
    create table assessment (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      household_id uuid not null references household(id),
      scheme text not null,
      set_id uuid not null references indicator_set(id),
      assessed_on date not null,
      assessor_id uuid,
      latitude double precision,
      longitude double precision,
      answers jsonb not null,
      created_at timestamptz not null default now()
    );
    create index assessment_household on assessment (household_id, created_at);

    -- Every classification ever made: never updated, so earlier results stay readable with their version.
    -- Written in bulk by re-classification, always from household_class (whose visit and household
    -- are foreign keys) or together with its visit: no foreign-key checks per row here. Sets and
    -- visits are never deleted.
    create table assessment_result (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      household_id uuid not null,
      assessment_id uuid not null,
      set_id uuid not null,
      scheme text not null,
      kind text not null check (kind in ('field', 'reclassify')),
      score integer not null,
      class text not null,
      explanation jsonb not null,
      created_at timestamptz not null default now(),
      created_by uuid
    );
    create index assessment_result_household on assessment_result (household_id, created_at);

    -- The current class per household and scheme, and the latest answers it rests on. Updated in
    -- place by every re-classification: room is left in each page so updates stay on it (HOT).
    create table household_class (
      household_id uuid not null references household(id),
      scheme text not null,
      kabupaten_code text not null,
      assessment_id uuid not null references assessment(id),
      answers jsonb not null,
      result_id uuid,
      set_id uuid,
      class text,
      score integer,
      updated_at timestamptz not null default now(),
      primary key (household_id, scheme)
    ) with (fillfactor = 70);
    create index household_class_scheme on household_class (kabupaten_code, scheme);
  `.execute(db);
}
