import type { Cluster } from '../db/schema.ts';
import type { DemoDesa } from './population.ts';
import { hash01, type Rng } from './random.ts';

/**
 * Synthetic sub-village geography of a desa: dusun (in a kelurahan, lingkungan) built from common
 * Makassar place words, with RT/RW numbers; street addresses in kelurahan only, as rural desa
 * rarely have them. Dusun names depend on the desa code only, so they are the same for every seed.
 */

const PLACE_WORDS = [
  'Bonto Tangnga',
  'Kampung Beru',
  'Borong',
  'Balang',
  "Je'ne Tallasa",
  'Bulo',
  'Tanetea',
  'Panaikang',
  'Lembang',
  'Ujung',
  'Batu Massong',
  'Karampuang',
  'Bungung',
  'Pattiro',
  'Kaluku',
  'Sapanang',
  'Bontoa',
  'Moti',
  'Paccinongang',
  'Parang',
  'Biring Ere',
  'Kayu Jawa',
  'Tala-tala',
  'Bonto Sunggu',
  'Kalimbua',
  'Bontojai',
  'Lantebung',
  "Je'nebatu",
  'Pallantikang',
  'Turungan',
];

const STREETS = [
  'Pahlawan',
  'Merdeka',
  'Sawerigading',
  'Kartini',
  'Pendidikan',
  'Delima',
  'Mangga',
  'Cendana',
  'Teratai',
  'Melati',
  'Poros Bantaeng',
  'Seruni',
  'Bougenville',
  'Anggrek',
  'Veteran',
  'Nusantara',
];

export interface HouseholdAddress {
  dusun: string;
  rt: string;
  rw: string;
  address: string | null;
}

export interface Village {
  code: string;
  kecamatanCode: string;
  kind: 'desa' | 'kelurahan';
  cluster: Cluster;
  address(rng: Rng): HouseholdAddress;
}

const pad3 = (n: number) => String(n).padStart(3, '0');

export function villageOf(desa: DemoDesa): Village {
  const count = 3 + Math.floor(hash01(`${desa.code}:n`) * 4);
  const start = Math.floor(hash01(desa.code) * PLACE_WORDS.length);
  const prefix = desa.kind === 'kelurahan' ? 'Lingkungan' : 'Dusun';
  const dusun = Array.from(
    { length: count },
    (_, i) => `${prefix} ${PLACE_WORDS[(start + i * 7) % PLACE_WORDS.length]}`,
  );
  const rtPerDusun = 3 + Math.floor(hash01(`${desa.code}:rt`) * 4);
  return {
    code: desa.code,
    kecamatanCode: desa.kecamatanCode,
    kind: desa.kind,
    cluster: desa.cluster ?? 'dataran_rendah',
    address(rng) {
      const d = rng.int(0, count - 1);
      return {
        dusun: dusun[d]!,
        rw: pad3(d + 1),
        rt: pad3(rng.int(1, rtPerDusun)),
        address: desa.kind === 'kelurahan' ? `Jl. ${rng.pick(STREETS)} No. ${rng.int(1, 180)}` : null,
      };
    },
  };
}
