import { createHash } from 'node:crypto';
import type { Answers } from '../assessment/assessment.schema.ts';
import type { Cluster } from '../db/schema.ts';
import { toDay, toIso } from './calendar.ts';
import { hash01, Rng } from './random.ts';

/**
 * Synthetic assessment answers for a demo household: the BPS 14 criteria and the EXAMPLE local set
 * of its cluster. Each household has a latent deprivation drawn from its size, the head's work
 * and schooling, disability in the family and the cluster; each criterion is then met with a
 * probability rising with it. Calibrated so that about 9 % of households meet at least 9 BPS
 * criteria (Bantaeng's official poverty rate has been around 9 %), more in the highlands and on
 * the coast than in the lowland towns. Not statistics of any real place.
 *
 * Uses its own generator seeded from the household id, so the registry rows of the demo stay
 * exactly as they were before answers existed.
 */

export interface HouseholdProfile {
  householdId: string;
  seed: number;
  cluster: Cluster;
  kelurahan: boolean;
  size: number;
  headOccupation: string | null;
  headEducation: string | null;
  /** Someone in the household has a disability (`berat` counts more). */
  disability: 'none' | 'some' | 'severe';
  /** Members who earn nothing (children, students, the old, those not working). */
  dependants: number;
  schoolAgeChildren: number;
  /** Every member has active health insurance. */
  insuredAll: boolean;
  today: string;
}

export interface DemoAnswers {
  /** Ids of the two assessment rows, derived from the household id (reproducible and unique). */
  ids: { bps: string; lokal: string };
  assessedOn: string;
  bps: Answers;
  lokal: Answers;
}

const CLUSTER_BASE: Record<Cluster, number> = { pegunungan: 0.35, pesisir: 0.2, dataran_rendah: -0.1 };
const OCCUPATION_EFFECT: Record<string, number> = {
  buruh_tani: 0.9,
  nelayan: 0.6,
  buruh_harian: 0.8,
  tidak_bekerja: 0.9,
  mengurus_rumah_tangga: 0.7,
  petani: 0.35,
  lainnya: 0.1,
  pedagang: -0.3,
  wiraswasta: -0.5,
  pensiunan: -0.6,
  karyawan_swasta: -0.9,
  pns_tni_polri: -1.6,
};
const EDUCATION_EFFECT: Record<string, number> = {
  tidak_belum_sekolah: 0.5,
  tidak_tamat_sd: 0.35,
  sd: 0.15,
  smp: -0.1,
  sma: -0.4,
  diploma: -0.8,
  s1: -1,
  s2_s3: -1.2,
};

/** Standard normal draw (Box–Muller). */
function normal(rng: Rng): number {
  const u = Math.max(rng.float(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.float());
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The household's latent deprivation: higher is poorer. */
export function deprivation(profile: HouseholdProfile, rng: Rng): number {
  const size = Math.min(Math.max(profile.size - 4, -2), 4) * 0.18;
  const disability = profile.disability === 'severe' ? 0.7 : profile.disability === 'some' ? 0.35 : 0;
  return (
    CLUSTER_BASE[profile.cluster] +
    (profile.kelurahan ? -0.45 : 0) +
    (OCCUPATION_EFFECT[profile.headOccupation ?? ''] ?? 0) +
    (EDUCATION_EFFECT[profile.headEducation ?? ''] ?? 0) +
    size +
    disability +
    normal(rng)
  );
}

const between = (rng: Rng, min: number, max: number) => rng.int(min, max);
const roundTo = (value: number, step: number) => Math.round(value / step) * step;

function bpsHeadWork(occupation: string | null): string {
  switch (occupation) {
    case 'petani':
    case 'buruh_tani':
    case 'nelayan':
      return occupation;
    case 'buruh_harian':
      return 'buruh_bangunan';
    case 'tidak_bekerja':
    case 'mengurus_rumah_tangga':
    case null:
      return 'tidak_bekerja';
    default:
      return 'lainnya';
  }
}

function bpsEducation(education: string | null): string {
  switch (education) {
    case 'tidak_belum_sekolah':
    case null:
      return 'tidak_sekolah';
    case 'tidak_tamat_sd':
    case 'sd':
    case 'smp':
    case 'sma':
      return education;
    default:
      return 'perguruan_tinggi';
  }
}

function bpsAnswers(profile: HouseholdProfile, rng: Rng, z: number): Answers {
  // Offsets: cooking with firewood and weekly protein are common; no electricity is now rare.
  const met = (offset: number) => rng.chance(sigmoid(1.7 * z + offset));
  const size = profile.size;
  const work = bpsHeadWork(profile.headOccupation);
  const poorIncome = met(-1.2);
  return {
    household_members: size,
    floor_area_m2: met(-1.6)
      ? between(rng, 2 * size, 8 * size - 1)
      : between(rng, 8 * size, Math.max(25 * size, 40)),
    floor_type: met(-1.2)
      ? rng.weighted({ tanah: 2, bambu: 2, kayu_murahan: 6 })
      : rng.weighted({ semen: 5, kayu_baik: 3, keramik: 3 }),
    wall_type: met(-0.9)
      ? rng.weighted({ bambu: 2, rumbia: 1, kayu_murahan: 5, tembok_tanpa_plester: 3 })
      : rng.weighted({ tembok_plester: 6, kayu_baik: 4 }),
    toilet: met(-1.1) ? rng.weighted({ bersama: 4, umum: 2, tidak_ada: 3 }) : 'sendiri',
    electric_lighting: !met(-4),
    water_source: met(-1.5)
      ? rng.weighted({
          sumur_tak_terlindung: 4,
          mata_air_tak_terlindung: profile.cluster === 'pegunungan' ? 4 : 1,
          sungai: 1,
          air_hujan: 1,
        })
      : rng.weighted({ leding_kemasan: 4, sumur_bor: 3, sumur_terlindung: 3, mata_air_terlindung: 2 }),
    cooking_fuel: met(0.2) ? rng.weighted({ kayu_bakar: 8, arang: 1, minyak_tanah: 1 }) : 'listrik_gas',
    protein_per_week: met(-0.3) ? between(rng, 0, 1) : between(rng, 2, 7),
    new_clothes_per_year: met(-0.6) ? between(rng, 0, 1) : between(rng, 2, 4),
    meals_per_day: met(-2.2) ? 2 : 3,
    can_pay_treatment: !met(-1),
    head_occupation: work,
    head_land_area_m2:
      work === 'petani'
        ? poorIncome
          ? roundTo(between(rng, 100, 500), 10)
          : roundTo(between(rng, 600, 20_000), 100)
        : null,
    head_income_month_rp:
      work === 'tidak_bekerja'
        ? roundTo(between(rng, 0, 400_000), 50_000)
        : poorIncome
          ? roundTo(between(rng, 200_000, 599_999), 50_000)
          : roundTo(between(rng, 650_000, 5_000_000), 50_000),
    head_education: bpsEducation(profile.headEducation),
    savings_value_rp: met(-0.6)
      ? roundTo(between(rng, 0, 450_000), 50_000)
      : roundTo(between(rng, 500_000, 30_000_000), 100_000),
  };
}

function lokalAnswers(profile: HouseholdProfile, rng: Rng, z: number): Answers {
  const met = (offset: number) => rng.chance(sigmoid(1.7 * z + offset));
  const occupation = profile.headOccupation;
  const common: Answers = {
    income_month_rp: met(-0.8)
      ? roundTo(between(rng, 250_000, 999_999), 50_000)
      : roundTo(between(rng, 1_000_000, 8_000_000), 50_000),
    clean_water: met(-1.3)
      ? rng.weighted({ beli_eceran: 2, tidak_terlindung: 3 })
      : rng.weighted({ perpipaan: 3, sumur_terlindung: 4 }),
    children_out_of_school: profile.schoolAgeChildren > 0 && met(-2.2),
    health_insurance_all: profile.insuredAll,
  };
  const house = () => (met(-1.6) ? 'tidak_layak' : rng.weighted({ layak: 5, semi_permanen: 3 }));
  switch (profile.cluster) {
    case 'pesisir': {
      const fisher = occupation === 'nelayan';
      return {
        fishing_assets: fisher
          ? met(-0.4)
            ? 'menumpang'
            : rng.weighted({ kapal_motor: 1, perahu_sendiri: 2 })
          : 'bukan_nelayan',
        daily_catch_dependence: fisher && met(0),
        ...common,
        abrasion_zone: met(-1.4),
        dependants: Math.min(profile.dependants, 30),
      };
    }
    case 'dataran_rendah':
      return {
        land_status:
          occupation === 'petani'
            ? met(-0.5)
              ? 'sewa_bagi_hasil'
              : 'milik_sendiri'
            : occupation === 'buruh_tani'
              ? 'buruh_tanpa_lahan'
              : 'bukan_petani',
        seasonal_work:
          (occupation === 'buruh_tani' || occupation === 'buruh_harian' || occupation === 'petani') &&
          met(-0.3),
        ...common,
        house_condition: house(),
        dependants: Math.min(profile.dependants, 30),
      };
    case 'pegunungan':
      return {
        land_area_m2: met(-0.6)
          ? roundTo(between(rng, 0, 2400), 100)
          : roundTo(between(rng, 2500, 20_000), 100),
        distance_health_post_km: met(-1) ? between(rng, 5, 15) : between(rng, 1, 4),
        ...common,
        road_access: met(-1.2) ? 'setapak' : rng.weighted({ aspal: 2, pengerasan: 3 }),
        house_condition: house(),
      };
  }
}

/** A name-based UUID (SHA-256, version 8 layout) for a row belonging to a household. */
function idFor(householdId: string, scheme: string): string {
  const h = createHash('sha256').update(`assessment:${householdId}:${scheme}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Answers are stored without nulls: an unanswered question has no key. */
function withoutNulls(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null));
}

/** The answers of one demo household, and the day of its (synthetic) assessment within the last year. */
export function demoAnswers(profile: HouseholdProfile): DemoAnswers {
  const rng = new Rng(Math.floor(hash01(`${profile.seed}:${profile.householdId}`) * 2 ** 31));
  const z = deprivation(profile, rng) - 1.0;
  const today = toDay(profile.today);
  const assessedOn = toIso(rng.int(today - 365, today - 1));
  const bps = withoutNulls(bpsAnswers(profile, rng, z));
  const lokal = withoutNulls(lokalAnswers(profile, rng, z));
  return {
    ids: { bps: idFor(profile.householdId, 'bps'), lokal: idFor(profile.householdId, 'lokal') },
    assessedOn,
    bps,
    lokal,
  };
}
