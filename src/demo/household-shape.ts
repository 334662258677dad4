import type { MARITAL_STATUSES, Relation, Sex } from '../registry/vocabulary.ts';
import type { Rng } from './random.ts';

/**
 * Who lives in a synthetic household: relation, sex, age and marital status of each member,
 * head first. Ages are drawn so that the family is possible (children born when their mother
 * was 19–45, parents of the head at least 18 years older) and the totals look like rural South
 * Sulawesi: about 3.6 people per household, many children, 60+ around a tenth, some
 * three-generation homes and grandparents raising grandchildren of parents working away.
 */

export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export interface MemberShape {
  relation: Relation;
  sex: Sex;
  /** Completed years on the reference date. */
  age: number;
  marital: MaritalStatus;
  /** A child of the head's own line (inherits a noble title from a noble father). */
  descendant: boolean;
}

const MALE_HEAD_AGE = {
  '19-24': 5,
  '25-29': 10,
  '30-34': 12,
  '35-39': 13,
  '40-44': 13,
  '45-49': 12,
  '50-54': 10,
  '55-59': 8,
  '60-64': 7,
  '65-69': 5,
  '70-74': 3,
  '75-79': 1.5,
  '80-89': 0.5,
} as const;

const FEMALE_HEAD_AGE = {
  '22-29': 4,
  '30-39': 8,
  '40-49': 14,
  '50-59': 22,
  '60-69': 25,
  '70-79': 19,
  '80-94': 8,
} as const;

function ageFromBands(rng: Rng, bands: Readonly<Record<string, number>>): number {
  const [from, to] = rng.weighted(bands).split('-').map(Number);
  return rng.int(from ?? 0, to ?? 0);
}

/** Age-specific yearly birth probability of a mother (total fertility about 2.6). */
function birthChance(motherAge: number): number {
  if (motherAge < 19 || motherAge > 44) return 0;
  if (motherAge < 25) return 0.18;
  if (motherAge < 30) return 0.19;
  if (motherAge < 35) return 0.15;
  if (motherAge < 40) return 0.08;
  return 0.03;
}

/** Chance that a child of this age still lives in the parents' household. */
function stillAtHome(age: number): number {
  if (age < 15) return 0.98;
  if (age < 20) return 0.93;
  if (age < 25) return 0.75;
  if (age < 30) return 0.45;
  if (age < 35) return 0.2;
  return 0.07;
}

const opposite = (sex: Sex): Sex => (sex === 'L' ? 'P' : 'L');

/** Children of a mother of the given age, still living with her; ages in descending order. */
function childrenOf(rng: Rng, motherAge: number, relation: Relation, descendant: boolean): MemberShape[] {
  const children: MemberShape[] = [];
  for (let ageAtBirth = 19; ageAtBirth <= Math.min(motherAge, 44); ageAtBirth++) {
    if (!rng.chance(birthChance(ageAtBirth))) continue;
    const age = motherAge - ageAtBirth;
    if (rng.chance(stillAtHome(age))) {
      children.push({ relation, sex: rng.chance(0.51) ? 'L' : 'P', age, marital: 'belum_kawin', descendant });
    }
    ageAtBirth++; // at least two years between births
  }
  return children;
}

function spouseAge(rng: Rng, age: number, sex: Sex): number {
  const gap = ageFromBands(rng, { '-3--1': 8, '0-3': 35, '4-7': 40, '8-14': 17 });
  // The husband is usually older; never younger than 19 or older than 95.
  return Math.max(19, Math.min(95, sex === 'L' ? age - gap : age + gap));
}

/** A married adult child living at home with spouse and children (three generations). */
function marriedChild(rng: Rng, child: MemberShape): MemberShape[] {
  child.marital = 'kawin';
  const members: MemberShape[] = [];
  const inLawAge = spouseAge(rng, child.age, child.sex);
  const inLawPresent = rng.chance(0.7); // otherwise working away (Malaysia, Kalimantan)
  if (inLawPresent) {
    members.push({
      relation: 'menantu',
      sex: opposite(child.sex),
      age: inLawAge,
      marital: 'kawin',
      descendant: false,
    });
  }
  const motherAge = child.sex === 'P' ? child.age : inLawAge;
  return [...members, ...childrenOf(rng, motherAge, 'cucu', child.sex === 'L')];
}

/** Parents of the head (or of the wife) living with the family. */
function parents(rng: Rng, headAge: number, wifeAge: number | undefined): MemberShape[] {
  const ofWife = wifeAge !== undefined && rng.chance(0.4);
  const relation: Relation = ofWife ? 'mertua' : 'orang_tua';
  const base = ofWife ? wifeAge : headAge;
  const motherAge = Math.min(95, Math.max(50, base + rng.int(20, 36)));
  if (rng.chance(0.75)) {
    const sex: Sex = rng.chance(0.8) ? 'P' : 'L';
    return [{ relation, sex, age: motherAge, marital: 'cerai_mati', descendant: false }];
  }
  const fatherAge = Math.min(97, motherAge + rng.int(0, 8));
  return [
    { relation, sex: 'L', age: fatherAge, marital: 'kawin', descendant: false },
    { relation, sex: 'P', age: motherAge, marital: 'kawin', descendant: false },
  ];
}

/** Draws one household's members; the head is first. */
export function householdShape(rng: Rng): MemberShape[] {
  const headSex: Sex = rng.chance(0.14) ? 'P' : 'L';
  const members: MemberShape[] = [];
  let motherAge: number | undefined;
  let wifeAge: number | undefined;
  let headAge: number;

  if (headSex === 'L') {
    headAge = ageFromBands(rng, MALE_HEAD_AGE);
    const marriedChance = headAge < 25 ? 0.8 : headAge < 65 ? 0.93 : headAge < 75 ? 0.78 : 0.55;
    const married = rng.chance(marriedChance);
    const marital: MaritalStatus = married
      ? 'kawin'
      : headAge < 30
        ? 'belum_kawin'
        : rng.chance(0.7)
          ? 'cerai_mati'
          : 'cerai_hidup';
    members.push({ relation: 'kepala_keluarga', sex: 'L', age: headAge, marital, descendant: false });
    if (married) {
      wifeAge = spouseAge(rng, headAge, 'L');
      members.push({ relation: 'istri', sex: 'P', age: wifeAge, marital: 'kawin', descendant: false });
      motherAge = wifeAge;
    } else if (marital !== 'belum_kawin') {
      motherAge = headAge - rng.int(0, 8);
    }
  } else {
    headAge = ageFromBands(rng, FEMALE_HEAD_AGE);
    const marital = rng.weighted({
      cerai_mati: 55,
      cerai_hidup: 25,
      belum_kawin: headAge < 45 ? 10 : 0,
      kawin: 10,
    });
    members.push({ relation: 'kepala_keluarga', sex: 'P', age: headAge, marital, descendant: false });
    if (marital !== 'belum_kawin') motherAge = headAge;
  }

  const children = motherAge === undefined ? [] : childrenOf(rng, motherAge, 'anak', true);
  members.push(...children);

  const adultChild = children.find((c) => c.age >= 21);
  let grandchildren = false;
  if (adultChild && rng.chance(0.4)) {
    members.push(...marriedChild(rng, adultChild));
    grandchildren = true;
  }
  if (headAge >= 25 && headAge <= 55 && rng.chance(0.11)) members.push(...parents(rng, headAge, wifeAge));
  const youngerGrandparent = Math.min(headAge, wifeAge ?? headAge);
  if (!grandchildren && youngerGrandparent >= 48 && rng.chance(0.09)) {
    // Grandparents raising the children of a son or daughter who works away.
    const count = rng.chance(0.7) ? 1 : 2;
    for (let i = 0; i < count; i++) {
      members.push({
        relation: 'cucu',
        sex: rng.chance(0.51) ? 'L' : 'P',
        age: rng.int(0, Math.min(15, youngerGrandparent - 38)),
        marital: 'belum_kawin',
        descendant: true,
      });
    }
  }
  if (rng.chance(0.025)) {
    members.push({
      relation: 'famili_lain',
      sex: rng.chance(0.5) ? 'L' : 'P',
      age: rng.int(8, 30),
      marital: 'belum_kawin',
      descendant: false,
    });
  }
  return members;
}
