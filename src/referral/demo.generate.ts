import { Rng } from '../demo/random.ts';
import { formatIntakeNumber, formatReferralNumber } from '../intake/intake.rules.ts';
import { dueEscalation } from './referral.rules.ts';
import {
  type Category,
  CHANNEL_PREFIX,
  type Channel,
  type EscalationCause,
  type ReferralStatus,
  type Tier,
} from './vocabulary.ts';

/**
 * One year of synthetic intakes and referrals over the demo regency, deterministic for a seed:
 * about 26,500 intakes and 30,000 referrals at scale 1, in the states a year of real work leaves
 * (mostly completed, some declined or cancelled, late ones escalated, recent ones still open).
 * Pure: people, services and "now" come in; rows come out. No state is due for escalation at
 * "now" (the scheduler would already have escalated it), so the demo starts consistent.
 */

const DAY = 86_400_000;

export interface DemoPerson {
  id: string;
  householdId: string;
  desaCode: string;
}
export interface DemoService {
  id: string;
  organisationId: string;
  category: string;
  tier: number;
  acceptDays: number;
  completeDays: number;
}
export interface ReferralDemoInput {
  scale: number;
  seed: number;
  now: Date;
  regencyCode: string;
  people: readonly DemoPerson[];
  services: readonly DemoService[];
  /** A facilitator account per desa, when there is one: the referrer of that desa's intakes. */
  referrers: ReadonlyMap<string, string>;
}

export interface DemoIntakeRow {
  id: string;
  kabupaten_code: string;
  number: string;
  channel: Channel;
  kind: string;
  category: Category;
  urgency: string;
  desa_code: string;
  description: string;
  person_id: string | null;
  household_id: string | null;
  unregistered: string | null;
  status: 'open' | 'referred' | 'resolved';
  resolution: string | null;
  resolved_at: Date | null;
  created_by: string | null;
  created_at: Date;
}
export interface DemoReferralRow {
  id: string;
  kabupaten_code: string;
  number: string;
  intake_id: string;
  service_id: string;
  organisation_id: string;
  desa_code: string;
  person_id: string | null;
  status: ReferralStatus;
  tier: number;
  note: string | null;
  outcome: string | null;
  decline_reason: string | null;
  accept_due_at: Date | null;
  complete_due_at: Date | null;
  sent_at: Date | null;
  accepted_at: Date | null;
  closed_at: Date | null;
  escalated_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}
export interface DemoEventRow {
  referral_id: string;
  kabupaten_code: string;
  at: Date;
  actor_id: string | null;
  action: string;
  from_status: string | null;
  to_status: string;
  from_tier: number;
  to_tier: number;
  note: string | null;
  reason: string | null;
  outcome: string | null;
  cause: EscalationCause | null;
  attachments: string;
  escalation_key: string | null;
}
export interface ReferralDemo {
  intakes: DemoIntakeRow[];
  referrals: DemoReferralRow[];
  events: DemoEventRow[];
  /** Last number used per (prefix, place, year), to continue the sequences after loading. */
  sequences: { prefix: string; place: string; year: number; last_value: number }[];
}

const DESCRIPTIONS: Record<Category, string> = {
  kesehatan: 'Sakit dan belum memiliki jaminan kesehatan aktif (data sintetis).',
  pendidikan: 'Anak usia sekolah membutuhkan seragam dan perlengkapan (data sintetis).',
  adminduk: 'Belum memiliki dokumen kependudukan (data sintetis).',
  bantuan_sosial: 'Keluarga kesulitan memenuhi kebutuhan dasar (data sintetis).',
  disabilitas: 'Penyandang disabilitas membutuhkan alat bantu (data sintetis).',
  lansia: 'Lansia tinggal sendiri tanpa pengasuh (data sintetis).',
  kekerasan: 'Laporan kekerasan dalam rumah tangga (data sintetis).',
  anak_terlantar: 'Anak tanpa pengasuhan layak (data sintetis).',
  perumahan: 'Rumah tidak layak huni (data sintetis).',
  pekerjaan: 'Usia kerja belum bekerja tetap (data sintetis).',
  kedaruratan: 'Keadaan darurat, perlu antar ke fasilitas kesehatan (data sintetis).',
};
const CHANNEL_WEIGHTS = { puskesos: 55, upt: 15, call_center_119: 10, penjangkauan: 17, lainnya: 3 } as const;
const CATEGORY_WEIGHTS: Record<Category, number> = {
  kesehatan: 22,
  pendidikan: 12,
  adminduk: 22,
  bantuan_sosial: 16,
  disabilitas: 5,
  lansia: 6,
  kekerasan: 3,
  anak_terlantar: 2,
  perumahan: 5,
  pekerjaan: 5,
  kedaruratan: 2,
};
const UNREGISTERED_NAMES = ['Warga Sintetis', 'Pendatang Sintetis', 'Lansia Sintetis', 'Anak Sintetis'];

/** Local (WITA) year of an instant. */
const yearOf = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).getUTCFullYear();

export function generateReferralDemo(input: ReferralDemoInput): ReferralDemo {
  const rng = new Rng(input.seed * 7919 + 4);
  const now = input.now.getTime();
  const out: ReferralDemo = { intakes: [], referrals: [], events: [], sequences: [] };
  const sequences = new Map<string, number>();
  const next = (prefix: string, place: string, year: number) => {
    const key = `${prefix}|${place}|${year}`;
    const value = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, value);
    return value;
  };
  const byCategory = new Map<string, DemoService[]>();
  for (const s of input.services) byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s]);
  const total = Math.round(26_500 * input.scale);
  // Intakes in time order, so yearly sequences follow the dates.
  const times = Array.from({ length: total }, () => now - rng.int(0, 365 * DAY)).sort((a, b) => a - b);

  for (const createdAt of times) {
    const person = input.people[rng.int(0, input.people.length - 1)]!;
    const registered = rng.chance(0.9);
    const channel = rng.weighted<Channel>(CHANNEL_WEIGHTS);
    const category = rng.weighted<Category>(CATEGORY_WEIGHTS);
    const created = new Date(createdAt);
    const referrer = input.referrers.get(person.desaCode) ?? null;
    const intake: DemoIntakeRow = {
      id: rng.uuid(),
      kabupaten_code: input.regencyCode,
      number: formatIntakeNumber(
        channel,
        person.desaCode,
        yearOf(created),
        next(CHANNEL_PREFIX[channel], person.desaCode, yearOf(created)),
      ),
      channel,
      kind: channel === 'penjangkauan' ? 'penjangkauan' : rng.chance(0.3) ? 'pengaduan' : 'permohonan',
      category,
      urgency:
        category === 'kedaruratan' || category === 'kekerasan'
          ? 'darurat'
          : rng.pick(['rendah', 'sedang', 'sedang', 'tinggi']),
      desa_code: person.desaCode,
      description: DESCRIPTIONS[category],
      person_id: registered ? person.id : null,
      household_id: registered ? person.householdId : null,
      unregistered: registered
        ? null
        : JSON.stringify({ name: rng.pick(UNREGISTERED_NAMES), birthYear: rng.int(1940, 2020) }),
      status: 'open',
      resolution: null,
      resolved_at: null,
      created_by: referrer,
      created_at: created,
    };
    out.intakes.push(intake);
    const candidates = byCategory.get(category) ?? input.services;
    if (rng.chance(0.22) || candidates.length === 0) {
      // Handled in the village (tier 1), most within a few days.
      const at = createdAt + rng.int(0, 5) * DAY;
      if (at <= now)
        Object.assign(intake, {
          status: 'resolved',
          resolution: 'Ditangani di desa (data sintetis).',
          resolved_at: new Date(at),
        });
      continue;
    }
    intake.status = 'referred';
    const count = rng.chance(0.45) ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const service = rng.pick(candidates.length > 0 ? candidates : input.services);
      simulateReferral(rng, input, out, intake, service, createdAt + i * 3_600_000, now, next);
    }
  }
  for (const [key, last_value] of sequences) {
    const [prefix, place, year] = key.split('|') as [string, string, string];
    out.sequences.push({ prefix, place, year: Number(year), last_value });
  }
  return out;
}

function simulateReferral(
  rng: Rng,
  input: ReferralDemoInput,
  out: ReferralDemo,
  intake: DemoIntakeRow,
  service: DemoService,
  sentAt: number,
  now: number,
  next: (prefix: string, place: string, year: number) => number,
): void {
  const sent = new Date(sentAt);
  const r: DemoReferralRow = {
    id: rng.uuid(),
    kabupaten_code: input.regencyCode,
    number: formatReferralNumber(
      input.regencyCode,
      yearOf(sent),
      next('RJK', input.regencyCode, yearOf(sent)),
    ),
    intake_id: intake.id,
    service_id: service.id,
    organisation_id: service.organisationId,
    desa_code: intake.desa_code,
    person_id: intake.person_id,
    status: 'draft',
    tier: service.tier,
    note: null,
    outcome: null,
    decline_reason: null,
    accept_due_at: new Date(sentAt + service.acceptDays * DAY),
    complete_due_at: null,
    sent_at: sent,
    accepted_at: null,
    closed_at: null,
    escalated_at: null,
    created_by: intake.created_by,
    created_at: sent,
    updated_at: sent,
    version: 1,
  };
  const event = (at: number, action: string, to: ReferralStatus, extra: Partial<DemoEventRow> = {}) => {
    const fromTier = r.tier;
    const toTier = action === 'escalate' ? r.tier + 1 : r.tier;
    out.events.push({
      referral_id: r.id,
      kabupaten_code: r.kabupaten_code,
      at: new Date(at),
      actor_id: action === 'create' || action === 'send' ? r.created_by : null,
      action,
      from_status: action === 'create' ? null : r.status,
      to_status: to,
      from_tier: fromTier,
      to_tier: toTier,
      note: null,
      reason: null,
      outcome: null,
      cause: null,
      attachments: '[]',
      escalation_key: null,
      ...extra,
    });
    if (action !== 'create') {
      r.status = to;
      r.tier = toTier;
      r.updated_at = new Date(at);
      if (action !== 'send') r.version += 1;
    }
  };
  event(sentAt, 'create', 'draft');
  event(sentAt, 'send', 'sent');
  const escalate = (at: number, cause: EscalationCause, key: string) => {
    event(at, 'escalate', 'escalated', { cause, escalation_key: key });
    r.escalated_at = new Date(at);
  };
  const acceptDue = r.accept_due_at!.getTime();
  const roll = rng.float();
  const reaction = sentAt + Math.round(rng.float() * service.acceptDays * 1.4 * DAY);
  if (roll < 0.06 && reaction <= now) {
    event(reaction, 'decline', 'declined', { reason: 'Tidak memenuhi syarat (data sintetis)' });
    r.decline_reason = 'Tidak memenuhi syarat (data sintetis)';
    if (r.tier < 3)
      escalate(Math.min(reaction + 60_000, now), 'declined', `declined:${new Date(reaction).toISOString()}`);
  } else if (roll < 0.09 && reaction <= now && reaction < acceptDue) {
    event(reaction, 'cancel', 'cancelled', { reason: 'Sudah teratasi (data sintetis)' });
    r.closed_at = new Date(reaction);
  } else if (reaction < acceptDue && reaction <= now) {
    event(reaction, 'accept', 'accepted');
    r.accepted_at = new Date(reaction);
    r.complete_due_at = new Date(reaction + service.completeDays * DAY);
    const completeDue = r.complete_due_at.getTime();
    const finish = reaction + Math.round((0.1 + rng.float() * 1.15) * service.completeDays * DAY);
    if (finish < completeDue && finish <= now) {
      if (rng.chance(0.4)) event(reaction + Math.round((finish - reaction) / 3), 'start', 'in_progress');
      event(finish, 'complete', 'completed', { outcome: rng.chance(0.9) ? 'served' : 'partially_served' });
      r.outcome = out.events.at(-1)!.outcome;
      r.closed_at = new Date(finish);
    } else if (completeDue <= now && r.tier < 3) {
      escalate(completeDue, 'complete_overdue', `complete:${new Date(completeDue).toISOString()}`);
    }
  } else if (acceptDue <= now && r.tier < 3) {
    escalate(acceptDue, 'accept_overdue', `accept:${new Date(acceptDue).toISOString()}`);
  }
  // Escalated work is mostly settled at the higher tier a few days later.
  if (r.status === 'escalated') {
    const settled = r.escalated_at!.getTime() + rng.int(1, 10) * DAY;
    if (settled <= now && rng.chance(0.75)) {
      event(settled, 'complete', 'completed', { outcome: rng.chance(0.8) ? 'served' : 'not_eligible' });
      r.outcome = out.events.at(-1)!.outcome;
      r.closed_at = new Date(settled);
    }
  }
  // Invariant of the demo: nothing is left due for the sweep at "now".
  const due = dueEscalation(
    {
      status: r.status,
      tier: r.tier as Tier,
      acceptDueAt: r.accept_due_at,
      completeDueAt: r.complete_due_at,
      updatedAt: r.updated_at,
    },
    new Date(now),
  );
  if (due) throw new Error(`demo referral left due for escalation (${due.cause})`);
  out.referrals.push(r);
}
