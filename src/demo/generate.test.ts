import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../assessment/answers.rules.ts';
import { readBuiltInSets } from '../assessment/builtin-sets.ts';
import { scoreAnswers } from '../assessment/scoring.rules.ts';
import { normalizeName } from '../registry/name.rules.ts';
import { nikMismatches, parseKk, parseNik } from '../registry/nik.rules.ts';
import { DISABILITY_SEVERITIES, DISABILITY_TYPES, RELATIONS } from '../registry/vocabulary.ts';
import { ageOn } from './calendar.ts';
import { bantaengInput, regions, TEST_TODAY } from './demo-input.fixture.ts';
import {
  type DemoBatch,
  type DemoInput,
  type DemoSummary,
  generateDemo,
  NIK_SEX_MISMATCH_REASON,
  plannedHouseholds,
} from './generate.ts';

function collect(input: DemoInput) {
  const batches: DemoBatch[] = [];
  const iterator = generateDemo(input);
  let step = iterator.next();
  while (!step.done) {
    batches.push(step.value);
    step = iterator.next();
  }
  const summary: DemoSummary = step.value;
  return {
    batches,
    summary,
    households: batches.flatMap((b) => b.households),
    people: batches.flatMap((b) => b.people),
  };
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const SCALE = 0.05;
const demo = collect(bantaengInput(SCALE, 11));
const { households, people, summary } = demo;
const share = (predicate: (p: (typeof people)[number]) => boolean) =>
  people.filter(predicate).length / people.length;
const age = (birthDate: string) => ageOn(birthDate, TEST_TODAY);

describe('generateDemo: reproducibility', () => {
  it('gives identical rows, ids included, for the same scale, seed and date', () => {
    expect(digest(collect(bantaengInput(SCALE, 11)).batches)).toBe(digest(demo.batches));
  });

  it('gives a different regency for another seed', () => {
    const other = collect(bantaengInput(SCALE, 12));
    expect(other.people[0]?.id).not.toBe(people[0]?.id);
    expect(digest(other.people.map((p) => p.full_name))).not.toBe(digest(people.map((p) => p.full_name)));
  });

  it('rejects an invalid scale, seed or date, and desa of several regencies', () => {
    const base = bantaengInput(SCALE, 1);
    expect(() => generateDemo({ ...base, scale: 0 }).next()).toThrow(/scale/);
    expect(() => generateDemo({ ...base, seed: 1.5 }).next()).toThrow(/seed/);
    expect(() => generateDemo({ ...base, today: '15-01-2026' }).next()).toThrow(/YYYY-MM-DD/);
    const mixed = [...base.desa, { code: '7302011001', kecamatanCode: '730201', kind: 'desa' as const }];
    expect(() => generateDemo({ ...base, desa: mixed }).next()).toThrow(/one regency/);
  });
});

describe('generateDemo: size and shape', () => {
  it('makes about 55,000 households and 200,000 people per unit of scale', () => {
    expect(households.length).toBe(plannedHouseholds(bantaengInput(SCALE, 11)));
    expect(Math.abs(households.length / (55_000 * SCALE) - 1)).toBeLessThan(0.03);
    expect(Math.abs(people.length / (200_000 * SCALE) - 1)).toBeLessThan(0.05);
    expect(summary).toMatchObject({ households: households.length, people: people.length });
  });

  it('spreads households over every desa, the town kelurahan larger than highland desa', () => {
    const perDesa = new Map<string, number>();
    for (const h of households) perDesa.set(h.desa_code, (perDesa.get(h.desa_code) ?? 0) + 1);
    expect(perDesa.size).toBe(67);
    const town = perDesa.get('7303021001')!; // Tappanjeng, kelurahan in Kecamatan Bantaeng
    const highland = perDesa.get('7303082001')!; // Bonto Tiro, Sinoa
    expect(town).toBeGreaterThan(highland);
  });

  it('has a plausible age pyramid: about 28–35 % under 18 and about a tenth 60 or older', () => {
    expect(share((p) => age(p.birth_date) < 18)).toBeGreaterThan(0.27);
    expect(share((p) => age(p.birth_date) < 18)).toBeLessThan(0.36);
    expect(share((p) => age(p.birth_date) >= 60)).toBeGreaterThan(0.08);
    expect(share((p) => age(p.birth_date) >= 60)).toBeLessThan(0.13);
  });

  it('yields whole households: every person belongs to a household of the same batch', () => {
    for (const batch of demo.batches) {
      const ids = new Set(batch.households.map((h) => h.id));
      expect(batch.people.every((p) => ids.has(p.household_id))).toBe(true);
    }
  });

  it('draws version-4 UUIDs that are all distinct', () => {
    const ids = [...households.map((h) => h.id), ...people.map((p) => p.id)];
    expect(
      ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('generateDemo: families', () => {
  const byHousehold = new Map<string, typeof people>();
  for (const p of people) byHousehold.set(p.household_id, [...(byHousehold.get(p.household_id) ?? []), p]);

  it('gives every household exactly one head, listed first', () => {
    for (const h of households) {
      const members = byHousehold.get(h.id) ?? [];
      expect(members.filter((m) => m.relation === 'kepala_keluarga')).toHaveLength(1);
      expect(members[0]?.relation).toBe('kepala_keluarga');
    }
  });

  it('keeps relations consistent: spouse of the other sex, children 15+ years younger, parents older', () => {
    for (const members of byHousehold.values()) {
      const head = members[0]!;
      const wife = members.find((m) => m.relation === 'istri');
      if (wife) expect([head.sex, wife.sex]).toEqual(['L', 'P']);
      for (const m of members) {
        expect(RELATIONS).toContain(m.relation);
        if (m.relation === 'anak') {
          expect(age(head.birth_date) - age(m.birth_date)).toBeGreaterThanOrEqual(15);
          if (wife) expect(age(wife.birth_date) - age(m.birth_date)).toBeGreaterThanOrEqual(15);
        }
        if (m.relation === 'cucu')
          expect(age(head.birth_date) - age(m.birth_date)).toBeGreaterThanOrEqual(30);
        if (m.relation === 'orang_tua')
          expect(age(m.birth_date) - age(head.birth_date)).toBeGreaterThanOrEqual(15);
      }
    }
  });

  it('has some three-generation households', () => {
    const threeGenerations = [...byHousehold.values()].filter((ms) =>
      ms.some((m) => m.relation === 'cucu' || m.relation === 'orang_tua' || m.relation === 'mertua'),
    );
    expect(threeGenerations.length / households.length).toBeGreaterThan(0.08);
  });

  it('keeps marital status, schooling, work and documents consistent with age', () => {
    for (const p of people) {
      const years = age(p.birth_date);
      if (years < 17) expect(p.marital_status).toBe('belum_kawin');
      if (years < 7) expect(p.education).toBe('tidak_belum_sekolah');
      if (years < 15) expect(['pelajar', 'belum_bekerja']).toContain(p.occupation);
      if (years < 17 && p.marital_status === 'belum_kawin') expect(p.has_ktp).toBe(false);
      if (p.pregnant) expect(p.sex === 'P' && years >= 18 && years <= 42).toBe(true);
    }
  });

  it('stores name_norm as normalizeName(full_name)', () => {
    expect(people.every((p) => p.name_norm === normalizeName(p.full_name))).toBe(true);
  });
});

describe('generateDemo: identity numbers', () => {
  it('gives NIKs that parse and agree with sex and birth date, unless flagged as mismatched', () => {
    for (const p of people.filter((x) => x.nik !== null)) {
      const parsed = parseNik(p.nik!, regions);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      const mismatches = nikMismatches(parsed.value, { sex: p.sex, birthDate: p.birth_date });
      if (p.flags.includes('NIK_SEX_MISMATCH')) {
        expect(mismatches).toEqual(['NIK_SEX_MISMATCH']);
        expect(p.nik_mismatch_reason).toBe(NIK_SEX_MISMATCH_REASON);
      } else {
        expect(mismatches).toEqual([]);
        expect(p.nik_mismatch_reason).toBeNull();
      }
    }
  });

  it('uses the desa kecamatan for most NIKs and other regions for about 5 %', () => {
    const withNik = people.filter((p) => p.nik !== null);
    const elsewhere = withNik.filter((p) => !p.nik!.startsWith('7303')).length / withNik.length;
    expect(elsewhere).toBeGreaterThan(0.03);
    expect(elsewhere).toBeLessThan(0.08);
  });

  it('never repeats a NIK or a KK number, and KK numbers parse', () => {
    const niks = people.flatMap((p) => (p.nik ? [p.nik] : []));
    expect(new Set(niks).size).toBe(niks.length);
    const kks = households.map((h) => h.kk!);
    expect(new Set(kks).size).toBe(kks.length);
    for (const h of households) {
      expect(parseKk(h.kk!, regions).ok).toBe(true);
      expect(h.kk!.slice(0, 6)).toBe(h.desa_code.slice(0, 6));
    }
  });
});

describe('generateDemo: needs and messy records', () => {
  it('records a disability for 2–3 % of people, with codes from the vocabulary', () => {
    const disabled = people.filter((p) => p.disability_type !== null);
    expect(disabled.length / people.length).toBeGreaterThanOrEqual(0.02);
    expect(disabled.length / people.length).toBeLessThanOrEqual(0.03);
    for (const p of disabled) {
      expect(DISABILITY_TYPES).toContain(p.disability_type);
      expect(DISABILITY_SEVERITIES).toContain(p.disability_severity);
    }
    expect(summary.withDisability).toBe(disabled.length);
  });

  it('flags missing NIKs (mostly babies and the old) and NIK/sex mismatches', () => {
    const missing = people.filter((p) => p.nik === null);
    expect(missing.every((p) => p.flags.join() === 'NIK_MISSING' && p.no_nik_reason !== null)).toBe(true);
    const babiesOrOld = missing.filter((p) => age(p.birth_date) < 5 || age(p.birth_date) >= 60).length;
    expect(babiesOrOld / missing.length).toBeGreaterThan(0.6);
    expect(summary.nikMissing).toBe(missing.length);
    expect(summary.nikSexMismatch).toBe(people.filter((p) => p.flags.includes('NIK_SEX_MISMATCH')).length);
    expect(summary.nikSexMismatch).toBeGreaterThan(0);
  });

  it('keeps the messy share (flags and name typos) between 1 and 2.5 %', () => {
    const messy = (summary.nikMissing + summary.nikSexMismatch + summary.nameTypos) / people.length;
    expect(summary.nameTypos).toBeGreaterThan(0);
    expect(messy).toBeGreaterThan(0.01);
    expect(messy).toBeLessThan(0.025);
  });

  it('uses Makassar appellations, the Andi title for a minority, and spelling variants', () => {
    const names = people.map((p) => p.full_name.toLowerCase());
    const has = (pattern: RegExp) => names.filter((n) => pattern.test(n)).length / names.length;
    expect(has(/\b(daeng|dg\.?)\s/)).toBeGreaterThan(0.03);
    expect(has(/^(h\.|hj\.)?\s*(andi|a\.)\s/)).toBeGreaterThan(0.01);
    expect(has(/^(h\.|hj\.)?\s*(andi|a\.)\s/)).toBeLessThan(0.1);
    expect(has(/\bsitti\b/)).toBeGreaterThan(0);
    expect(has(/\bsiti\b/)).toBeGreaterThan(0);
    expect(has(/\bmuh\.\s/)).toBeGreaterThan(0);
  });
});

describe('generateDemo: assessment answers', () => {
  const sets = readBuiltInSets();
  const bps = sets.find((s) => s.code === 'bps-14')!;
  const local = Object.fromEntries(sets.filter((s) => s.scheme === 'lokal').map((s) => [s.clusters[0], s]));
  const assessments = demo.batches.flatMap((b) => b.assessments);
  const heads = new Map(
    people.filter((p) => p.relation === 'kepala_keluarga').map((p) => [p.household_id, p]),
  );
  const sizes = new Map<string, number>();
  for (const p of people) sizes.set(p.household_id, (sizes.get(p.household_id) ?? 0) + 1);
  const disabled = new Set(people.filter((p) => p.disability_type !== null).map((p) => p.household_id));
  const poor = new Set(
    assessments.filter((a) => scoreAnswers(bps, a.bps).welfareClass === 'miskin').map((a) => a.householdId),
  );
  const poorShare = (ids: string[]) => ids.filter((id) => poor.has(id)).length / ids.length;

  it('gives every household answers that the BPS set and its cluster set accept', () => {
    expect(assessments).toHaveLength(households.length);
    for (const a of assessments) {
      expect(checkAnswers(bps, a.bps)).toEqual([]);
      expect(checkAnswers(local[a.cluster]!, a.lokal)).toEqual([]);
      expect(a.assessedOn < TEST_TODAY).toBe(true);
    }
  });

  it('gives the assessment rows distinct UUIDs derived from the household', () => {
    const ids = assessments.flatMap((a) => [a.ids.bps, a.ids.lokal]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes about 9 % of households poor under BPS, more in the highlands than in the lowlands', () => {
    expect(poor.size / households.length).toBeGreaterThan(0.07);
    expect(poor.size / households.length).toBeLessThan(0.11);
    const ofCluster = (cluster: string) =>
      assessments.filter((a) => a.cluster === cluster).map((a) => a.householdId);
    expect(poorShare(ofCluster('pegunungan'))).toBeGreaterThan(poorShare(ofCluster('dataran_rendah')) * 1.5);
  });

  it('correlates poverty with the work of the head,, household size and disability', () => {
    const ids = households.map((h) => h.id);
    const byWork = (work: string[]) => ids.filter((id) => work.includes(heads.get(id)?.occupation ?? ''));
    expect(poorShare(byWork(['buruh_tani', 'buruh_harian']))).toBeGreaterThan(
      2 * poorShare(byWork(['pns_tni_polri', 'karyawan_swasta', 'wiraswasta'])),
    );
    expect(poorShare(ids.filter((id) => (sizes.get(id) ?? 0) >= 6))).toBeGreaterThan(
      poorShare(ids.filter((id) => (sizes.get(id) ?? 0) <= 2)),
    );
    expect(poorShare(ids.filter((id) => disabled.has(id)))).toBeGreaterThan(
      poorShare(ids.filter((id) => !disabled.has(id))),
    );
  });
});
