/**
 * Code lists of the registry. Codes are stable (stored and sent over the API); their labels live
 * in the i18n catalogues of the server and the web app. Shared by the server and the web app.
 */

export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];

/** Relation to the head of household, as on the Kartu Keluarga. */
export const RELATIONS = [
  'kepala_keluarga',
  'suami',
  'istri',
  'anak',
  'menantu',
  'cucu',
  'orang_tua',
  'mertua',
  'famili_lain',
  'pembantu',
  'lainnya',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const MARITAL_STATUSES = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;

export const EDUCATION_LEVELS = [
  'tidak_belum_sekolah',
  'tidak_tamat_sd',
  'sd',
  'smp',
  'sma',
  'diploma',
  's1',
  's2_s3',
] as const;

export const OCCUPATIONS = [
  'tidak_bekerja',
  'belum_bekerja',
  'pelajar',
  'mengurus_rumah_tangga',
  'petani',
  'buruh_tani',
  'nelayan',
  'buruh_harian',
  'pedagang',
  'wiraswasta',
  'karyawan_swasta',
  'pns_tni_polri',
  'pensiunan',
  'lainnya',
] as const;

export const DISABILITY_TYPES = [
  'fisik',
  'intelektual',
  'mental',
  'sensorik_netra',
  'sensorik_rungu',
  'sensorik_wicara',
  'ganda',
] as const;
export const DISABILITY_SEVERITIES = ['ringan', 'sedang', 'berat'] as const;

export const INSURANCE_STATUSES = ['tidak_ada', 'aktif', 'tidak_aktif'] as const;
export const INSURANCE_TYPES = ['pbi_apbn', 'pbi_apbd', 'pbpu_mandiri', 'ppu_pekerja', 'lainnya'] as const;

/** Why a person has no NIK recorded (a common reason to come to the Puskesos). */
export const NO_NIK_REASONS = ['bayi_belum_terdaftar', 'tidak_punya_dokumen', 'tidak_diketahui'] as const;

export const CLUSTERS = ['pesisir', 'dataran_rendah', 'pegunungan'] as const;

/** Flags set on records by validation, shown in lists and profiles. */
export const PERSON_FLAGS = ['NIK_MISSING', 'NIK_SEX_MISMATCH', 'NIK_BIRTHDATE_MISMATCH'] as const;
export type PersonFlag = (typeof PERSON_FLAGS)[number];
