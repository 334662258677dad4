import { type Kysely, sql } from 'kysely';

/**
 * Front office and referrals: the services catalogue, intakes with readable numbers, referrals
 * with their event trail, idempotency keys, and in-app notifications. Independent of the
 * assessment migration (0002): it only needs the foundation tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table service (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      code text not null,
      name text not null,
      category text not null,
      organisation_id uuid not null references organisation(id),
      tier smallint not null check (tier between 1 and 3),
      accept_days integer not null check (accept_days > 0),
      complete_days integer not null check (complete_days > 0),
      required_documents text[] not null default '{}',
      eligibility text not null default '',
      person_fields text[] not null default '{}',
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (kabupaten_code, code)
    );

    -- Yearly counters per prefix and place: one row per (prefix, place, year), incremented atomically.
    create table number_sequence (
      prefix text not null,
      place text not null,
      year integer not null,
      last_value integer not null,
      primary key (prefix, place, year)
    );

    create table intake (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      number text not null unique,
      channel text not null,
      kind text not null,
      category text not null,
      urgency text not null,
      desa_code text not null references desa(code),
      description text not null,
      person_id uuid references person(id),
      household_id uuid references household(id),
      unregistered jsonb,
      status text not null default 'open' check (status in ('open', 'referred', 'resolved')),
      resolution text,
      resolved_at timestamptz,
      resolved_by uuid references app_user(id),
      created_by uuid references app_user(id),
      created_at timestamptz not null,
      version integer not null default 1,
      check (person_id is not null or unregistered is not null)
    );
    create index intake_desa on intake (desa_code, created_at desc);
    create index intake_person on intake (person_id) where person_id is not null;

    create table referral (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      number text not null unique,
      intake_id uuid not null references intake(id),
      service_id uuid not null references service(id),
      organisation_id uuid not null references organisation(id),
      desa_code text not null references desa(code),
      person_id uuid references person(id),
      status text not null check (status in
        ('draft', 'sent', 'accepted', 'in_progress', 'completed', 'declined', 'cancelled', 'escalated')),
      tier smallint not null check (tier between 1 and 3),
      note text,
      outcome text,
      decline_reason text,
      accept_due_at timestamptz,
      complete_due_at timestamptz,
      sent_at timestamptz,
      accepted_at timestamptz,
      closed_at timestamptz,
      escalated_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1
    );
    create index referral_board on referral (kabupaten_code, status, updated_at desc);
    create index referral_recent on referral (kabupaten_code, updated_at desc, id);
    -- Open work (the overdue and in-progress views of the board) is a small part of a year's referrals.
    create index referral_open_recent on referral (kabupaten_code, updated_at desc, id)
      where status in ('sent', 'accepted', 'in_progress');
    create index referral_org on referral (organisation_id, status, updated_at desc);
    create index referral_desa on referral (desa_code, updated_at desc);
    create index referral_intake on referral (intake_id);
    create index referral_person on referral (person_id) where person_id is not null;
    create index referral_creator on referral (created_by, status);
    -- The sweep's work lists: only open referrals with a deadline are indexed.
    create index referral_accept_due on referral (accept_due_at) where status = 'sent';
    create index referral_complete_due on referral (complete_due_at) where status in ('accepted', 'in_progress');
    create index referral_declined on referral (updated_at) where status = 'declined';

    create table referral_event (
      id bigint generated always as identity primary key,
      referral_id uuid not null references referral(id),
      kabupaten_code text not null,
      at timestamptz not null,
      actor_id uuid references app_user(id),
      action text not null,
      from_status text,
      to_status text not null,
      from_tier smallint not null,
      to_tier smallint not null,
      note text,
      reason text,
      outcome text,
      cause text,
      attachments jsonb not null default '[]',
      -- One escalation per missed deadline: the deadline (or decline) it answers, unique per referral.
      escalation_key text
    );
    create index referral_event_referral on referral_event (referral_id, id);
    create unique index referral_event_escalation on referral_event (referral_id, escalation_key)
      where escalation_key is not null;

    -- A retried request with the same key returns the stored response and is never applied twice.
    create table idempotency_key (
      user_id uuid not null references app_user(id),
      key text not null,
      request_hash text not null,
      status_code integer not null,
      response jsonb not null,
      created_at timestamptz not null,
      primary key (user_id, key)
    );

    create table notification (
      id uuid primary key default gen_random_uuid(),
      kabupaten_code text not null,
      user_id uuid references app_user(id),
      organisation_id uuid references organisation(id),
      tier smallint,
      kind text not null,
      referral_id uuid references referral(id),
      payload jsonb not null default '{}',
      created_at timestamptz not null,
      read_at timestamptz,
      check (user_id is not null or organisation_id is not null or tier is not null)
    );
    create index notification_user on notification (user_id, created_at desc);
    create index notification_org on notification (organisation_id, created_at desc);
    create index notification_tier on notification (tier, created_at desc);
  `.execute(db);
}
