import { formatKk, formatNik } from '../registry/nik.rules.ts';
import type { Relation, Sex } from '../registry/vocabulary.ts';
import type { Rng } from './random.ts';

/**
 * Issues synthetic NIK and KK numbers the way Dukcapil does: the serial counts up within one
 * region code and date part, so every number is unique and parses back to its region, date and
 * sex. These numbers belong to no real person only because the whole population is invented.
 */
export class IdNumberIssuer {
  // Keyed by the 12-digit prefix as a number (KK prefixes negated): much faster than string keys.
  private readonly serials = new Map<number, number>();

  private withSerial(prefix: string, key: number): string {
    const serial = (this.serials.get(key) ?? 0) + 1;
    if (serial > 9999) throw new Error(`More than 9999 numbers for prefix ${prefix}`);
    this.serials.set(key, serial);
    return `${prefix}${String(serial).padStart(4, '0')}`;
  }

  nik(regionCode: string, sex: Sex, birthDate: string): string {
    const prefix = formatNik({ regionCode, sex, birthDate, serial: 0 }).slice(0, 12);
    return this.withSerial(prefix, Number(prefix));
  }

  kk(regionCode: string, issueDate: string): string {
    const prefix = formatKk({ regionCode, issueDate, serial: 0 }).slice(0, 12);
    return this.withSerial(prefix, -Number(prefix));
  }
}

/** Where a person's NIK was first issued, relative to the desa they live in now. */
export type Origin = 'here' | 'regency' | 'province' | 'country';

/**
 * Most people got their NIK in the kecamatan they live in; spouses who married in and the
 * older generation more often come from elsewhere in the regency, the province (Bulukumba,
 * Jeneponto, Gowa, Makassar…) or the rest of Indonesia. About 5 % of NIKs come from outside.
 */
export function origin(rng: Rng, relation: Relation, age: number): Origin {
  if (age < 12 || relation === 'cucu') {
    return rng.weighted<Origin>({ here: 96.5, regency: 2.5, province: 0.7, country: 0.3 });
  }
  if (relation === 'istri' || relation === 'suami' || relation === 'menantu') {
    return rng.weighted<Origin>({ here: 75.5, regency: 14, province: 7, country: 3.5 });
  }
  return rng.weighted<Origin>({ here: 87.2, regency: 8, province: 3, country: 1.8 });
}

/**
 * Regencies people most often move from: Bantaeng's neighbours along the south coast road and
 * the provincial capital, Makassar. Other regencies are drawn by their number of kecamatan.
 */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  '7303': ['7302', '7304', '7305', '7306', '7307', '7371'],
};

/** Kecamatan codes to draw a NIK's region from, by origin. */
export class RegionPool {
  private readonly regency: string[];
  private readonly neighbours: string[];
  private readonly province: string[];
  private readonly country: string[];

  constructor(kecamatanCodes: readonly string[], kabupatenCode: string) {
    const provinceCode = kabupatenCode.slice(0, 2);
    const near = new Set(NEIGHBOURS[kabupatenCode] ?? []);
    this.regency = kecamatanCodes.filter((c) => c.startsWith(kabupatenCode));
    this.neighbours = kecamatanCodes.filter((c) => near.has(c.slice(0, 4)));
    this.province = kecamatanCodes.filter((c) => c.startsWith(provinceCode) && !c.startsWith(kabupatenCode));
    this.country = kecamatanCodes.filter((c) => !c.startsWith(provinceCode));
  }

  regionCode(rng: Rng, from: Origin, ownKecamatan: string): string {
    let pool = from === 'regency' ? this.regency : from === 'province' ? this.province : this.country;
    if (from === 'province' && this.neighbours.length > 0 && rng.chance(0.6)) pool = this.neighbours;
    if (from === 'here' || pool.length === 0) return ownKecamatan;
    return rng.pick(pool);
  }
}

/** Birth place as written on the KK: the regency or city name without "Kabupaten"/"Kota". */
export function birthPlace(
  kabupatenNames: Readonly<Record<string, string>>,
  regionCode: string,
): string | null {
  const name = kabupatenNames[regionCode.slice(0, 4)];
  return name ? name.replace(/^(Kabupaten|Kota)\s+/i, '') : null;
}
