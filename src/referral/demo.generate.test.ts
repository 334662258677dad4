import { describe, expect, it } from 'vitest';
import { type DemoService, generateReferralDemo, type ReferralDemoInput } from './demo.generate.ts';
import { TRANSITIONS } from './referral.rules.ts';
import { CATEGORIES } from './vocabulary.ts';

const services: DemoService[] = CATEGORIES.map((category, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  organisationId: `00000000-0000-4000-9000-${String(i % 4).padStart(12, '0')}`,
  category,
  tier: i === 0 ? 1 : 2,
  acceptDays: 1 + (i % 5),
  completeDays: 7 + i * 3,
}));
const people = Array.from({ length: 500 }, (_, i) => ({
  id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  householdId: `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  desaCode: `730302100${i % 7}`,
}));
const input: ReferralDemoInput = {
  scale: 0.1,
  seed: 1,
  now: new Date('2026-11-23T03:00:00Z'),
  regencyCode: '7303',
  people,
  services,
  referrers: new Map([['7303021001', '30000000-0000-4000-8000-000000000001']]),
};

describe('referral demo generator', () => {
  const demo = generateReferralDemo(input);

  it('is deterministic for a seed', () => {
    expect(JSON.stringify(generateReferralDemo(input))).toBe(JSON.stringify(demo));
    expect(JSON.stringify(generateReferralDemo({ ...input, seed: 2 }))).not.toBe(JSON.stringify(demo));
  });

  it('makes about 26,500 intakes and 30,000 referrals per unit of scale, in realistic states', () => {
    expect(demo.intakes).toHaveLength(2650);
    expect(demo.referrals.length).toBeGreaterThan(2800);
    expect(demo.referrals.length).toBeLessThan(3600);
    const byStatus = new Map<string, number>();
    for (const r of demo.referrals) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    expect(byStatus.get('completed')! / demo.referrals.length).toBeGreaterThan(0.6);
    for (const status of ['sent', 'accepted', 'escalated', 'cancelled'])
      expect(byStatus.get(status), status).toBeGreaterThan(0);
    expect(demo.intakes.some((i) => i.status === 'resolved')).toBe(true);
    expect(demo.intakes.some((i) => i.person_id === null)).toBe(true);
  });

  it('writes an unbroken, legal trail for every referral', () => {
    const legal = new Set(TRANSITIONS.flatMap((r) => r.from.map((f) => `${f}>${r.action}>${r.to}`)));
    const trails = new Map<string, typeof demo.events>();
    for (const e of demo.events) trails.set(e.referral_id, [...(trails.get(e.referral_id) ?? []), e]);
    for (const r of demo.referrals) {
      const trail = trails.get(r.id)!;
      expect(trail[0]!.action).toBe('create');
      for (const e of trail.slice(1))
        expect(legal.has(`${e.from_status}>${e.action}>${e.to_status}`)).toBe(true);
      expect(trail.at(-1)!.to_status).toBe(r.status);
      expect(trail.at(-1)!.at.getTime()).toBeLessThanOrEqual(input.now.getTime());
      expect(r.version).toBe(trail.length - 1);
    }
  });

  it('numbers intakes per desa, channel and year without gaps', () => {
    const numbers = new Set(demo.intakes.map((i) => i.number));
    expect(numbers.size).toBe(demo.intakes.length);
    for (const s of demo.sequences.filter((q) => q.prefix !== 'RJK')) {
      const prefix = `${s.prefix}-${s.place}-${s.year}-`;
      expect(demo.intakes.filter((i) => i.number.startsWith(prefix))).toHaveLength(s.last_value);
    }
  });
});
