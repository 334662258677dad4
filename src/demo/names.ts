import type { Rng } from './random.ts';

/**
 * Synthetic names typical of Bantaeng (Makassar-speaking, with Bugis and general Indonesian
 * names), by generation: older people often carry one name and a Makassar *paddaengang*
 * ("Daeng Tompo"), the middle generation Islamic names with Muhammad/Sitti, the young modern
 * Indonesian names. Every name is drawn from these pools: no real person is described.
 */

/** A name list written as comma-separated text (names never contain commas). */
function pool(text: string): readonly string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Born before about 1965. */
export const MALE_OLD = pool(`
  Sampara, Sangkala, Baso, Beddu, Kaco, Nompo, Tompo, Sewang, Bakka, Lau, Hasanuddin, Haeruddin,
  Kamaruddin, Syamsuddin, Jamaluddin, Abdullah, Sahabuddin, Sainuddin, Tajuddin, Kasim, Mustari,
  Hamzah, Ibrahim, Yusuf, Ismail, Nurdin, Basri, Sultan, Lallo, Dullah, Sijaya, Rangka,
  Muhammad Saleh, Abdul Rasyid, Abdul Hamid, Abdul Latif, Mappa, Kadir, Mappi, Baharuddin, Sappe,
  Colleng
`);

/** Born about 1965–1992. */
export const MALE_MIDDLE = pool(`
  Ridwan, Rusli, Arifin, Syahrir, Mansur, Bahtiar, Syamsul Bahri, Amiruddin, Baharuddin,
  Saharuddin, Zainuddin, Alimuddin, Syarifuddin, Safaruddin, Kaharuddin, Burhanuddin, Nasruddin,
  Hasanuddin, Haeruddin, Kamaruddin, Rahman, Rahmat, Ramli, Darwis, Salam, Arsyad, Anwar, Hamid,
  Jufri, Lukman, Usman, Bakri, Tahir, Sudirman, Jumadi, Asri, Irwan, Syamsul Alam, Abdul Rahman,
  Abdul Karim, Mustafa, Ilyas, Hasbi, Sahid, Rusdi, Syukri, Basir, Sampara, Sangkala, Baso
`);

/** Born after about 1992. */
export const MALE_YOUNG = pool(`
  Rizky, Fajar, Akbar, Ilham, Aswar, Fikri, Aditya, Rafli, Alif, Nabil, Zaki, Farhan, Dimas, Arya,
  Azka, Rehan, Fadil, Haikal, Firman, Takdir, Syahrul, Ardiansyah, Muhlis, Aldi, Reza, Risal,
  Wahyu, Adnan, Fahri, Gilang, Rendi, Zulfikar, Hendra, Agung, Irfan, Yusril, Sultan, Habibi,
  Kevin, Arsyad
`);

/** Second names of the young generation (Muhammad Rizky Ramadhan). */
export const MALE_YOUNG_SECOND = pool(`
  Ramadhan, Pratama, Saputra, Hidayat, Maulana, Syahputra, Akbar, Fadillah, Alfarizi, Ramadhani,
  Nugraha, Kurniawan, Hakim, Firdaus
`);

export const FEMALE_OLD = pool(`
  Ramlah, Syamsiah, Rahmatia, Becce, Caya, Saripa, Hasnah, Saenab, Hadijah, Jumiati, Sitti Hawa,
  Sitti Aminah, Sitti Rabiah, Sitti Maryam, Sitti Halijah, Kebo, Sanging, Baji, Kanang, Bunga,
  Halimah, Patimah, Nurmi, Salmah, Jawiah, Rabiah, Sakiah, Mina, Tima, Sitti Nurbaya, Rukiah,
  Hapsah, Mariama
`);

export const FEMALE_MIDDLE = pool(`
  Nurhayati, Hasmawati, Kasmawati, Jumriah, Nurjannah, Murniati, Darmawati, Suriani, Hartati,
  Rosmini, Sumarni, Mardiana, Megawati, Nuraeni, Nurmiati, Salmiah, Nurlina, Haslinda, Hariani,
  Rosdiana, Syamsiah, Rahmatia, Ramlah, Hasnah, Sitti Nurhayati, Sitti Aisyah, Sitti Rahmah,
  Sitti Hajrah, Sitti Nurjannah, Hamsiah, Nurbaya, Wahida, Herlina, Sukmawati, Irawati, Nurdiana,
  Marwah, Satriani
`);

export const FEMALE_YOUNG = pool(`
  Nurul Fadilah, Putri Ramadhani, Nur Afni, Reski Amalia, Ayu Lestari, Indah Sari, Fitri, Ainun,
  Nabila, Aisyah, Zahra, Salsabila, Alya, Khaerunnisa, Nurfadillah, Dwi Ayu, Sri Wahyuni,
  Nurhalisa, Annisa, Nur Azizah, Rahmawati, Wulandari, Mutmainnah, Rezki Aulia, Sitti Nurhaliza,
  Aulia, Fatimah Azzahra, Syahrini, Dewi, Riska, Hasriani, Nurfaisah, Asmaul Husna, Magfirah,
  Hikmah, Nadia, Kirana, Aqila
`);

/** Makassar *paddaengang*: the "Daeng" name by which an adult is called. */
export const DAENG_NAMES = pool(`
  Tompo, Ngai, Sikki, Tayang, Bollo, Ngintang, Nai, Lau, Kebo, Sanga, Rannu, Caya, Bunga, Te'ne,
  Kanang, Baji, Ngasseng, Sugi, Raja, Situju, Bali, Nompo, Sau, Lino, Nassa, Gassing, Sese, Jarung,
  Ngalle, Mangung, Sompa, Pati, Rate
`);

export type Generation = 'old' | 'middle' | 'young';

export function generationOf(birthYear: number): Generation {
  if (birthYear < 1965) return 'old';
  return birthYear < 1992 ? 'middle' : 'young';
}

export interface NameOptions {
  sex: 'L' | 'P';
  birthYear: number;
  /** Carries the Bugis-Makassar noble title Andi (inherited). */
  noble: boolean;
  /** Adults may carry a Daeng appellation, more often the older. */
  adult: boolean;
  /** Has made the hajj (older adults): H. / Hj. before the name. */
  haji: boolean;
}

function maleName(rng: Rng, generation: Generation): string {
  if (generation === 'old') return rng.pick(MALE_OLD);
  if (generation === 'middle') {
    const name = rng.pick(MALE_MIDDLE);
    return rng.chance(0.3) && !name.includes(' ') ? `Muhammad ${name}` : name;
  }
  const first = rng.chance(0.45) ? 'Muhammad' : undefined;
  const given = rng.pick(MALE_YOUNG);
  const second = rng.chance(0.35) ? rng.pick(MALE_YOUNG_SECOND) : undefined;
  return [first, given, second === given ? undefined : second].filter(Boolean).join(' ');
}

function femaleName(rng: Rng, generation: Generation): string {
  if (generation === 'old') return rng.pick(FEMALE_OLD);
  if (generation === 'middle') return rng.pick(FEMALE_MIDDLE);
  return rng.pick(FEMALE_YOUNG);
}

/** A full name as it would be written on a Kartu Keluarga, before spelling noise. */
export function personName(rng: Rng, options: NameOptions): string {
  const generation = generationOf(options.birthYear);
  let name = options.sex === 'L' ? maleName(rng, generation) : femaleName(rng, generation);
  if (options.noble) name = `Andi ${name}`;
  const daengChance = { old: 0.45, middle: 0.15, young: 0.03 }[generation];
  if (options.adult && !name.includes('Daeng') && rng.chance(daengChance)) {
    name = `${name} Daeng ${rng.pick(DAENG_NAMES)}`;
  }
  if (options.haji) name = `${options.sex === 'L' ? 'H.' : 'Hj.'} ${name}`;
  return name;
}

/**
 * Spellings people and offices really use for the same name. Each rule turns one accepted form
 * into another; `spellingVariant` applies one of those that fit.
 */
const VARIANT_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bSitti\b/, 'Siti'],
  [/\bSiti\b/, 'Sitti'],
  [/\bMuhammad\b/, 'Muhamad'],
  [/\bMuhammad\b/, 'Muh.'],
  [/\bMuhammad\b/, 'Moh.'],
  [/\bMuhammad\b/, 'M.'],
  [/\bAndi\b/, 'A.'],
  [/\bDaeng\b/, 'Dg.'],
  [/\bDaeng\b/, 'Dg'],
  [/\bAbdul /, 'Abd. '],
  [/uddin\b/, 'udin'],
  [/nnah\b/, 'nah'],
  [/Sy/, 'S'],
  [/iah\b/, 'iyah'],
  [/ia\b/, 'iya'],
  [/y\b/, 'i'],
  [/f\b/, 'p'],
  [/fin\b/, 'pin'],
  [/Kh/, 'H'],
  [/^Hadijah/, 'Khadijah'],
  [/Z/, 'S'],
  [/ae/, 'ai'],
  [/dh/, 'd'],
  [/Patimah/, 'Fatimah'],
  [/Reski/, 'Rezki'],
  [/Rizky/, 'Rizki'],
  [/ss/, 's'],
  [/ll/, 'l'],
];

/** Replaces one accepted spelling with another (Sitti → Siti, Hasanuddin → Hasanudin, …), if any applies. */
export function spellingVariant(rng: Rng, name: string): string {
  const applicable = VARIANT_RULES.filter(([pattern]) => pattern.test(name));
  if (applicable.length === 0) return name;
  const [pattern, replacement] = rng.pick(applicable);
  return name.replace(pattern, replacement);
}

const NEIGHBOUR_KEYS: Record<string, string> = {
  a: 'sqe',
  b: 'vn',
  c: 'xv',
  d: 'sf',
  e: 'wra',
  f: 'dg',
  g: 'fh',
  h: 'gj',
  i: 'uoe',
  j: 'hk',
  k: 'jl',
  l: 'k',
  m: 'n',
  n: 'mb',
  o: 'iu',
  p: 'o',
  r: 'et',
  s: 'ad',
  t: 'ry',
  u: 'yio',
  w: 'e',
  y: 'ti',
  z: 's',
};

/** A data-entry mistake: swapped, dropped, doubled or mistyped letter in one word. */
export function typo(rng: Rng, name: string): string {
  const words = name.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{4,}$/.test(w));
  if (candidates.length === 0) return `${name}${name.at(-1) ?? 'a'}`;
  const [word, index] = rng.pick(candidates);
  const at = rng.int(1, word.length - 2);
  const kind = rng.int(0, 3);
  let changed: string;
  if (kind === 0) changed = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  else if (kind === 1) changed = word.slice(0, at) + word.slice(at + 1);
  else if (kind === 2) changed = word.slice(0, at) + word[at] + word.slice(at);
  else {
    const letter = word[at]!.toLowerCase();
    changed = word.slice(0, at) + rng.pick([...(NEIGHBOUR_KEYS[letter] ?? 'a')]) + word.slice(at + 1);
  }
  if (changed === word) changed = word.slice(0, at) + word.slice(at + 1);
  words[index] = changed;
  return words.join(' ');
}
