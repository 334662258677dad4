import { type Kysely, sql } from 'kysely';

/**
 * Foundation schema: reference regions, organisations, accounts and sessions, the append-only
 * audit log, and the household registry with its change history. Every large table carries
 * `kabupaten_code` so a provincial or national deployment can shard by regency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table provinsi (code text primary key, name text not null);
    create table kabupaten (
      code text primary key, name text not null,
      provinsi_code text not null references provinsi(code)
    );
    -- Retired kecamatan codes stay valid for NIKs issued before renumbering; their regency may be retired too.
    create table kecamatan (
      code text primary key, name text not null, kabupaten_code text not null,
      retired boolean not null default false
    );
    create table desa (
      code text primary key, name text not null,
      kind text not null check (kind in ('desa', 'kelurahan')),
      kecamatan_code text not null references kecamatan(code),
      kabupaten_code text not null,
      cluster text not null check (cluster in ('pesisir', 'dataran_rendah', 'pegunungan')),
      cluster_provisional boolean not null default true,
      cluster_basis text,
      updated_at timestamptz
    );
    create index desa_kabupaten on desa (kabupaten_code);

    create table organisation (
      id uuid primary key default gen_random_uuid(),
      code text not null unique,
      name text not null,
      kind text not null,
      kabupaten_code text not null,
      created_at timestamptz not null default now()
    );

    create table app_user (
      id uuid primary key default gen_random_uuid(),
      username text not null,
      display_name text,
      password_hash text not null,
      role text not null,
      scope_desa text[],
      scope_kecamatan text references kecamatan(code),
      scope_organisation uuid references organisation(id),
      kabupaten_code text not null,
      disabled_at timestamptz,
      created_at timestamptz not null default now(),
      password_changed_at timestamptz not null default now()
    );
    create unique index app_user_username on app_user (lower(username));

    -- Only the SHA-256 of a session token is stored: a copy of this table cannot be replayed.
    create table user_session (
      token_hash text primary key,
      user_id uuid not null references app_user(id) on delete cascade,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index user_session_user on user_session (user_id);

    create table login_throttle (
      username_key text primary key,
      failures integer not null,
      first_failure_at timestamptz not null,
      locked_until timestamptz
    );

    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      kabupaten_code text,
      actor_id uuid,
      actor_username text,
      actor_role text,
      action text not null,
      object_type text,
      object_id text,
      request_id text,
      reason text,
      details jsonb
    );
    create index audit_log_object on audit_log (object_type, object_id, at);
    create index audit_log_actor on audit_log (actor_id, at);
  `.execute(db);

  // The database itself keeps the audit log append-only: no UPDATE, DELETE or TRUNCATE.
  await sql`
    create function audit_log_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
    end
    $$;
    create trigger audit_log_no_update_delete before update or delete on audit_log
      for each row execute function audit_log_refuse_change();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_refuse_change();
  `.execute(db);

  await sql`
    create table household (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      kk text,
      desa_code text not null references desa(code),
      dusun text,
      rt text,
      rw text,
      address text,
      latitude double precision,
      longitude double precision,
      flags text[] not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz not null default now(),
      updated_by uuid
    );
    create unique index household_kk on household (kk) where kk is not null;
    create index household_desa on household (desa_code);

    create table person (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      household_id uuid not null references household(id),
      nik text,
      full_name text not null,
      name_norm text not null,
      sex text not null check (sex in ('L', 'P')),
      birth_place text,
      birth_date date not null,
      relation text not null,
      marital_status text,
      education text,
      occupation text,
      disability_type text,
      disability_severity text,
      chronic_illness text,
      pregnant boolean not null default false,
      has_ktp boolean not null default false,
      has_kk boolean not null default false,
      has_birth_certificate boolean not null default false,
      insurance_status text,
      insurance_type text,
      nik_mismatch_reason text,
      no_nik_reason text,
      flags text[] not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz not null default now(),
      updated_by uuid
    );
    create unique index person_nik on person (nik) where nik is not null;
    create index person_household on person (household_id);
    create index person_name_trgm on person using gin (name_norm gin_trgm_ops);

    create table record_history (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      kabupaten_code text not null,
      object_type text not null,
      object_id uuid not null,
      household_id uuid,
      actor_id uuid,
      action text not null,
      changes jsonb not null,
      reason text
    );
    create index record_history_household on record_history (household_id, at);
    create index record_history_object on record_history (object_id, at);
  `.execute(db);
}
