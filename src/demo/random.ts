import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * The demo generator's only source of randomness: a seeded xoroshiro128+ (pure-rand), so the same
 * seed always gives the same regency. Never `Math.random`.
 */
export class Rng {
  private readonly gen: RandomGenerator;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.gen);
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.gen, min, max);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    let total = 0;
    let last: K | undefined;
    for (const key in weights) {
      total += weights[key] ?? 0;
      last = key;
    }
    if (!(total > 0) || last === undefined) throw new Error('Rng.weighted: no positive weight');
    let r = this.float() * total;
    for (const key in weights) {
      r -= weights[key] ?? 0;
      if (r < 0) return key;
    }
    return last;
  }

  /** A random version-4 UUID, drawn from this generator (so ids are reproducible). */
  uuid(): string {
    const a = this.gen.next() >>> 0;
    const b = ((this.gen.next() & 0xffff0fff) | 0x00004000) >>> 0;
    const c = ((this.gen.next() & 0x3fffffff) | 0x80000000) >>> 0;
    const d = this.gen.next() >>> 0;
    const h = (n: number) => n.toString(16).padStart(8, '0');
    const hb = h(b);
    const hc = h(c);
    return `${h(a)}-${hb.slice(0, 4)}-${hb.slice(4)}-${hc.slice(0, 4)}-${hc.slice(4)}${h(d)}`;
  }
}

/** A stable number in [0, 1) from a string (FNV-1a), for properties that must not depend on the seed. */
export function hash01(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 0x100000000;
}
