import type { Cluster } from '../db/schema.ts';
import type {
  DISABILITY_SEVERITIES,
  DISABILITY_TYPES,
  EDUCATION_LEVELS,
  INSURANCE_STATUSES,
  INSURANCE_TYPES,
  OCCUPATIONS,
  Sex,
} from '../registry/vocabulary.ts';
import type { Rng } from './random.ts';

/**
 * Socio-economic attributes of a synthetic person, drawn from age, sex and the village: plausible
 * for rural South Sulawesi (schooling rising by generation, farming in the lowlands and highlands,
 * fishing on the coast, town jobs in the kelurahan), not statistics of any real place.
 */

export type Education = (typeof EDUCATION_LEVELS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];
export type DisabilityType = (typeof DISABILITY_TYPES)[number];
export type DisabilitySeverity = (typeof DISABILITY_SEVERITIES)[number];
export type InsuranceStatus = (typeof INSURANCE_STATUSES)[number];
export type InsuranceType = (typeof INSURANCE_TYPES)[number];

/** Chronic illnesses recorded for the demo, as codes (no code list exists yet in the vocabulary). */
export const DEMO_CHRONIC_ILLNESSES = [
  'hipertensi',
  'diabetes',
  'stroke',
  'penyakit_jantung',
  'asma',
  'ppok',
  'tbc',
  'gagal_ginjal',
] as const;

export interface Place {
  cluster: Cluster;
  kelurahan: boolean;
}

/** Highest completed schooling; children still at school have not completed their current level. */
export function education(rng: Rng, age: number, place: Place): Education {
  if (age < 7) return 'tidak_belum_sekolah';
  if (age < 13) return 'tidak_tamat_sd';
  if (age < 16) return rng.chance(0.9) ? 'sd' : 'tidak_tamat_sd';
  if (age < 19) return rng.weighted({ smp: 80, sd: 15, tidak_tamat_sd: 5 });
  const town = place.kelurahan ? 1.6 : 1;
  if (age < 23) return rng.weighted({ sma: 58 * town, smp: 25, sd: 13, tidak_tamat_sd: 4 });
  if (age < 40) {
    return rng.weighted({
      tidak_tamat_sd: 6,
      sd: 24,
      smp: 24,
      sma: 32 * town,
      diploma: 4 * town,
      s1: 9 * town,
      s2_s3: 0.5 * town,
    });
  }
  if (age < 60) {
    return rng.weighted({
      tidak_belum_sekolah: 4,
      tidak_tamat_sd: 16,
      sd: 36,
      smp: 17,
      sma: 19 * town,
      diploma: 3 * town,
      s1: 5 * town,
    });
  }
  return rng.weighted({
    tidak_belum_sekolah: 22,
    tidak_tamat_sd: 36,
    sd: 30,
    smp: 6,
    sma: 4 * town,
    s1: 1.5 * town,
  });
}

function adultWork(rng: Rng, sex: Sex, schooling: Education, place: Place): Occupation {
  const coast = place.cluster === 'pesisir';
  const highland = place.cluster === 'pegunungan';
  const town = place.kelurahan ? 2 : 1;
  const degree = schooling === 'diploma' || schooling === 's1' || schooling === 's2_s3' ? 6 : 1;
  if (sex === 'L') {
    return rng.weighted({
      petani: (coast ? 12 : highland ? 48 : 34) / town,
      buruh_tani: highland ? 14 : 11,
      nelayan: coast ? 30 : 1,
      buruh_harian: 10,
      pedagang: 7 * town,
      wiraswasta: 8 * town,
      karyawan_swasta: 5 * town * degree,
      pns_tni_polri: 3 * town * degree,
      tidak_bekerja: 3,
      lainnya: 5,
    });
  }
  return rng.weighted({
    mengurus_rumah_tangga: 50,
    petani: (highland ? 20 : 12) / town,
    buruh_tani: 5,
    pedagang: (coast ? 14 : 9) * town,
    wiraswasta: 5 * town,
    karyawan_swasta: 3 * town * degree,
    pns_tni_polri: 3 * town * degree,
    buruh_harian: 2,
    tidak_bekerja: 2,
    lainnya: 2,
  });
}

/** Occupation as written on the Kartu Keluarga; married people have left school. */
export function occupation(
  rng: Rng,
  person: { age: number; sex: Sex; married: boolean },
  schooling: Education,
  place: Place,
): Occupation {
  const { age, sex, married } = person;
  if (age < 6) return 'belum_bekerja';
  if (age < 16) return rng.chance(0.96) ? 'pelajar' : 'belum_bekerja';
  if (!married && age < 19 && rng.chance(0.72)) return 'pelajar';
  if (!married && age < 23 && rng.chance(0.22)) return 'pelajar';
  if (!married && age < 25 && rng.chance(0.3)) return 'belum_bekerja';
  if (age >= 65) {
    const pensioner = schooling === 'sma' || schooling === 'diploma' || schooling === 's1' ? 25 : 2;
    if (rng.chance(0.55)) return rng.weighted({ tidak_bekerja: 80, pensiunan: pensioner });
  } else if (age >= 58 && rng.chance(0.15)) {
    return 'pensiunan';
  }
  return adultWork(rng, sex, schooling, place);
}

/** Share of people with a disability rises with age; about 2.3 % overall for this age pyramid. */
function disabilityChance(age: number): number {
  if (age < 5) return 0.005;
  if (age < 18) return 0.014;
  if (age < 45) return 0.018;
  if (age < 60) return 0.028;
  if (age < 70) return 0.06;
  return 0.11;
}

export function disability(
  rng: Rng,
  age: number,
): { type: DisabilityType; severity: DisabilitySeverity } | undefined {
  if (!rng.chance(disabilityChance(age))) return undefined;
  const type =
    age < 18
      ? rng.weighted<DisabilityType>({
          intelektual: 30,
          fisik: 25,
          sensorik_rungu: 12,
          sensorik_wicara: 12,
          ganda: 12,
          sensorik_netra: 5,
          mental: 4,
        })
      : age < 60
        ? rng.weighted<DisabilityType>({
            fisik: 38,
            mental: 18,
            sensorik_netra: 12,
            sensorik_rungu: 10,
            intelektual: 10,
            ganda: 8,
            sensorik_wicara: 4,
          })
        : rng.weighted<DisabilityType>({
            fisik: 40,
            sensorik_netra: 25,
            sensorik_rungu: 20,
            ganda: 10,
            mental: 5,
          });
  return { type, severity: rng.weighted<DisabilitySeverity>({ ringan: 45, sedang: 35, berat: 20 }) };
}

export function chronicIllness(rng: Rng, age: number): (typeof DEMO_CHRONIC_ILLNESSES)[number] | null {
  const chance = age >= 60 ? 0.28 : age >= 45 ? 0.1 : age >= 18 ? 0.02 : 0.003;
  if (!rng.chance(chance)) return null;
  if (age < 18) return 'asma';
  return rng.weighted({
    hipertensi: 40,
    diabetes: 18,
    stroke: age >= 45 ? 8 : 1,
    penyakit_jantung: 8,
    asma: 7,
    ppok: 6,
    tbc: 5,
    gagal_ginjal: 3,
  });
}

/** Civil documents: KTP from 17, birth certificates far more common among the young. */
export function documents(rng: Rng, age: number, married: boolean) {
  const ktpChance = age >= 70 ? 0.85 : 0.93;
  const certificateChance =
    age < 5 ? 0.8 : age < 18 ? 0.88 : age < 30 ? 0.7 : age < 45 ? 0.45 : age < 60 ? 0.25 : 0.1;
  return {
    hasKtp: (age >= 17 || married) && rng.chance(ktpChance),
    hasBirthCertificate: rng.chance(certificateChance),
  };
}

export interface Insurance {
  status: InsuranceStatus;
  type: InsuranceType | null;
}

/** The household's health insurance: most poor households are PBI (premium paid by the state). */
export function householdInsurance(rng: Rng, headOccupation: string | null): Insurance {
  if (headOccupation === 'pns_tni_polri') return { status: 'aktif', type: 'ppu_pekerja' };
  const status = rng.weighted<InsuranceStatus>({ aktif: 78, tidak_aktif: 9, tidak_ada: 13 });
  if (status === 'tidak_ada') return { status, type: null };
  const type = rng.weighted<InsuranceType>({
    pbi_apbn: 58,
    pbi_apbd: 20,
    pbpu_mandiri: 9,
    ppu_pekerja: headOccupation === 'karyawan_swasta' ? 40 : 9,
    lainnya: 2,
  });
  return { status, type };
}

/** A member usually shares the household's coverage; newborns are often not yet enrolled. */
export function memberInsurance(rng: Rng, household: Insurance, age: number): Insurance {
  if (age === 0 && rng.chance(0.3)) return { status: 'tidak_ada', type: null };
  if (rng.chance(0.93)) return household;
  const status = rng.weighted<InsuranceStatus>({ aktif: 60, tidak_aktif: 15, tidak_ada: 25 });
  return status === 'tidak_ada'
    ? { status, type: null }
    : { status, type: rng.weighted<InsuranceType>({ pbi_apbn: 60, pbi_apbd: 25, pbpu_mandiri: 15 }) };
}
