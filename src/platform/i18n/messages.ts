/**
 * Server-side message catalogue: problem titles and details by stable code, Indonesian first.
 * `{name}` placeholders are filled from the error's parameters (never with NIKs or names).
 */
export type Locale = 'id' | 'en';

type Catalogue = Record<string, string>;

const id: Catalogue = {
  // generic
  VALIDATION_FAILED: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.',
  REQUIRED: 'Wajib diisi.',
  INVALID_VALUE: 'Nilai tidak valid.',
  INVALID_FORMAT: 'Format tidak sesuai.',
  INVALID_DATE: 'Tanggal tidak valid (format TTTT-BB-HH).',
  DATE_IN_FUTURE: 'Tanggal tidak boleh di masa depan.',
  TOO_SHORT: 'Terlalu pendek.',
  TOO_LONG: 'Terlalu panjang.',
  TOO_SMALL: 'Nilai terlalu kecil.',
  TOO_BIG: 'Nilai terlalu besar.',
  UNKNOWN_FIELD: 'Kolom ini tidak dikenal.',
  BAD_REQUEST: 'Permintaan tidak dapat dibaca.',
  UNSUPPORTED_MEDIA_TYPE: 'Kirim data sebagai JSON (Content-Type: application/json).',
  NOT_FOUND: 'Data tidak ditemukan.',
  ROUTE_NOT_FOUND: 'Alamat API tidak dikenal.',
  FORBIDDEN: 'Peran Anda tidak berwenang melakukan ini.',
  CSRF_REJECTED: 'Permintaan dari situs lain ditolak.',
  VERSION_CONFLICT: 'Data ini sudah diubah orang lain. Muat ulang lalu ulangi perubahan Anda.',
  RATE_LIMITED: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
  INTERNAL:
    'Terjadi kesalahan pada server. Coba lagi; bila berulang, hubungi admin (kode permintaan {requestId}).',
  // auth
  AUTH_REQUIRED: 'Silakan masuk terlebih dahulu.',
  AUTH_INVALID_CREDENTIALS: 'Nama pengguna atau kata sandi salah.',
  AUTH_LOCKED: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
  PASSWORD_TOO_SHORT: 'Kata sandi minimal {min} karakter.',
  PASSWORD_TOO_LONG: 'Kata sandi maksimal {max} karakter.',
  PASSWORD_TOO_COMMON: 'Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.',
  PASSWORD_CONTAINS_USERNAME: 'Kata sandi tidak boleh memuat nama pengguna.',
  USERNAME_INVALID: 'Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
  USERNAME_TAKEN: 'Nama pengguna sudah dipakai.',
  ROLE_INVALID: 'Peran tidak dikenal.',
  SCOPE_REQUIRED: 'Peran ini memerlukan cakupan: {kind}.',
  SCOPE_INVALID_DESA: 'Kode desa tidak dikenal di kabupaten ini.',
  SCOPE_INVALID_KECAMATAN: 'Kode kecamatan tidak dikenal di kabupaten ini.',
  SCOPE_INVALID_ORGANISATION: 'Organisasi tidak dikenal.',
  CANNOT_DISABLE_SELF: 'Anda tidak dapat menonaktifkan akun sendiri.',
  // registry
  NIK_INVALID_CHARACTERS: 'NIK hanya boleh berisi angka.',
  NIK_INVALID_LENGTH: 'NIK harus 16 digit.',
  NIK_INVALID_REGION: 'Enam digit pertama NIK bukan kode kecamatan yang dikenal.',
  NIK_INVALID_DATE: 'Bagian tanggal lahir pada NIK (digit 7–12) bukan tanggal yang ada.',
  NIK_INVALID_SERIAL: 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000.',
  NIK_SEX_MISMATCH:
    'Jenis kelamin tidak cocok dengan NIK (tanggal +40 untuk perempuan). Isi alasan bila data ini memang benar.',
  NIK_BIRTHDATE_MISMATCH: 'Tanggal lahir tidak cocok dengan NIK. Isi alasan bila data ini memang benar.',
  NIK_DUPLICATE: 'NIK ini sudah terdaftar pada orang lain.',
  NIK_OR_REASON_REQUIRED: 'Isi NIK, atau pilih alasan tidak ada NIK.',
  KK_INVALID_CHARACTERS: 'Nomor KK hanya boleh berisi angka.',
  KK_INVALID_LENGTH: 'Nomor KK harus 16 digit.',
  KK_INVALID_REGION: 'Enam digit pertama nomor KK bukan kode kecamatan yang dikenal.',
  KK_INVALID_DATE: 'Bagian tanggal pada nomor KK (digit 7–12) bukan tanggal yang ada.',
  KK_INVALID_SERIAL: 'Nomor urut KK (4 digit terakhir) tidak boleh 0000.',
  KK_DUPLICATE: 'Nomor KK ini sudah terdaftar.',
  DESA_UNKNOWN: 'Desa/kelurahan tidak dikenal di kabupaten ini.',
  DESA_OUT_OF_SCOPE: 'Anda tidak berwenang mendaftarkan keluarga di desa ini.',
  HEAD_REQUIRED: 'Satu keluarga harus punya tepat satu kepala keluarga.',
  HEAD_DUPLICATE: 'Keluarga ini sudah punya kepala keluarga.',
  MEMBERS_REQUIRED: 'Daftarkan minimal satu anggota keluarga (kepala keluarga).',
  PREGNANT_ONLY_WOMEN: 'Status hamil hanya untuk perempuan.',
  SEARCH_QUERY_REQUIRED: 'Isi NIK, nomor KK, atau nama untuk mencari.',
  SEARCH_QUERY_TOO_SHORT: 'Nama yang dicari minimal 3 huruf.',
  HOUSEHOLD_TARGET_INVALID: 'Keluarga tujuan tidak ditemukan.',
  MOVE_REASON_REQUIRED: 'Isi alasan perpindahan anggota keluarga.',
  REGION_REQUIRED: 'Wajib diisi.',
  CLUSTER_INVALID: 'Klaster harus pesisir, dataran_rendah, atau pegunungan.',
  // assessment
  KEY_INVALID: 'Kunci hanya huruf kecil, angka dan garis bawah, diawali huruf (maks. 40).',
  SET_CODE_INVALID: 'Kode set hanya huruf kecil, angka dan tanda hubung, diawali huruf (2–40).',
  SET_KEY_DUPLICATE: 'Kunci ini sudah dipakai di set yang sama.',
  SET_INDICATOR_UNKNOWN: 'Indikator yang dirujuk tidak ada di set ini.',
  SET_CONDITION_TYPE_MISMATCH: 'Syarat ini tidak cocok dengan jenis jawaban indikatornya (harus {expected}).',
  SET_CHOICE_UNKNOWN: 'Pilihan ini tidak ada pada pertanyaannya.',
  SET_BOUND_REQUIRED: 'Isi tepat satu batas: nilai (value) atau parameter (param).',
  SET_PARAMETER_UNKNOWN: 'Parameter yang dirujuk tidak ada di set ini.',
  SET_RANGE_INVALID: 'Nilai terbesar harus sama dengan atau lebih dari nilai terkecil.',
  SET_NO_CRITERIA: 'Set memerlukan minimal satu indikator dengan kriteria.',
  SET_CLASS_ORDER: 'Kelas harus urut dari yang paling miskin ke tidak miskin, masing-masing sekali.',
  SET_THRESHOLD_ORDER: 'Batas skor harus turun dari kelas ke kelas berikutnya.',
  SET_LAST_THRESHOLD_ZERO: 'Batas skor kelas terakhir harus 0.',
  SET_FILE_UNREADABLE: 'Berkas tidak dapat dibaca sebagai JSON atau YAML (sekitar baris {line}).',
  SET_NOT_DRAFT: 'Hanya draf yang dapat diubah atau diaktifkan.',
  SET_SOURCE_REQUIRED: 'Pilih salah satu: salin set yang ada (copyOf) atau kirim dokumen set (definition).',
  SET_UNKNOWN: 'Set indikator tidak ditemukan.',
  SET_SCHEME_MISMATCH: 'Kode set ini sudah dipakai dengan skema {scheme}.',
  SET_CODE_IMMUTABLE: 'Kode dan skema set tidak dapat diubah.',
  SET_NOT_APPLICABLE: 'Set ini tidak aktif atau tidak berlaku di klaster desa keluarga ini.',
  SET_NOT_ACTIVE: 'Set ini tidak aktif.',
  ANSWER_UNKNOWN_INDICATOR: 'Pertanyaan ini tidak ada di set indikator.',
  ANSWER_REQUIRED: 'Pertanyaan ini wajib dijawab.',
  ANSWER_TYPE_INVALID: 'Jenis jawaban tidak sesuai (harus {expected}).',
  ANSWER_CHOICE_INVALID: 'Pilihan jawaban tidak dikenal.',
  ANSWER_NOT_INTEGER: 'Jawaban harus bilangan bulat.',
  ANSWER_OUT_OF_RANGE: 'Jawaban harus antara {min} dan {max} {unit}.',
  SIMULATION_INDICATOR_UNKNOWN: 'Indikator ini tidak ada atau tidak berkriteria di set yang disimulasikan.',
  SIMULATION_PARAMETER_UNKNOWN: 'Parameter ini tidak ada di set yang disimulasikan.',
  CLASS_SANGAT_MISKIN: 'Sangat miskin',
  CLASS_MISKIN: 'Miskin',
  CLASS_HAMPIR_MISKIN: 'Hampir miskin',
  CLASS_RENTAN: 'Rentan',
  CLASS_TIDAK_MISKIN: 'Tidak miskin',
  ASSESSMENT_SUMMARY_COUNT: 'Memenuhi {met} dari {total} kriteria.',
  ASSESSMENT_SUMMARY_WEIGHTED: 'Skor {score} dari {max} ({met} dari {total} kriteria terpenuhi).',
  ASSESSMENT_SUMMARY_THRESHOLD: 'Tergolong {class} karena skor mencapai batas {min}.',
  ASSESSMENT_SUMMARY_BELOW_ALL: 'Tergolong {class} karena skor di bawah {lowest}.',
  ASSESSMENT_SUMMARY_UNANSWERED: '{count} pertanyaan belum dijawab dan dihitung tidak terpenuhi.',
};

const en: Catalogue = {
  VALIDATION_FAILED: 'Some fields are not valid. Check the marked fields.',
  REQUIRED: 'Required.',
  INVALID_VALUE: 'Invalid value.',
  INVALID_FORMAT: 'Invalid format.',
  INVALID_DATE: 'Invalid date (format YYYY-MM-DD).',
  DATE_IN_FUTURE: 'The date cannot be in the future.',
  TOO_SHORT: 'Too short.',
  TOO_LONG: 'Too long.',
  TOO_SMALL: 'Value too small.',
  TOO_BIG: 'Value too large.',
  UNKNOWN_FIELD: 'Unknown field.',
  BAD_REQUEST: 'The request could not be read.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the data as JSON (Content-Type: application/json).',
  NOT_FOUND: 'Not found.',
  ROUTE_NOT_FOUND: 'Unknown API address.',
  FORBIDDEN: 'Your role is not allowed to do this.',
  CSRF_REJECTED: 'Cross-site request refused.',
  VERSION_CONFLICT: 'Someone else changed this record. Reload it and make your change again.',
  RATE_LIMITED: 'Too many requests. Try again shortly.',
  INTERNAL:
    'Something went wrong on the server. Try again; if it persists, contact the admin (request id {requestId}).',
  AUTH_REQUIRED: 'Please sign in first.',
  AUTH_INVALID_CREDENTIALS: 'Wrong username or password.',
  AUTH_LOCKED: 'Too many failed sign-in attempts. Try again in {minutes} minutes.',
  PASSWORD_TOO_SHORT: 'The password needs at least {min} characters.',
  PASSWORD_TOO_LONG: 'The password can have at most {max} characters.',
  PASSWORD_TOO_COMMON: 'This password is too common and easy to guess. Choose another.',
  PASSWORD_CONTAINS_USERNAME: 'The password must not contain the username.',
  USERNAME_INVALID: 'Usernames have 3–40 characters: lower-case letters, digits, dot, underscore or hyphen.',
  USERNAME_TAKEN: 'This username is taken.',
  ROLE_INVALID: 'Unknown role.',
  SCOPE_REQUIRED: 'This role needs a scope: {kind}.',
  SCOPE_INVALID_DESA: 'Unknown desa code in this regency.',
  SCOPE_INVALID_KECAMATAN: 'Unknown kecamatan code in this regency.',
  SCOPE_INVALID_ORGANISATION: 'Unknown organisation.',
  CANNOT_DISABLE_SELF: 'You cannot disable your own account.',
  NIK_INVALID_CHARACTERS: 'A NIK contains digits only.',
  NIK_INVALID_LENGTH: 'A NIK has 16 digits.',
  NIK_INVALID_REGION: 'The first six digits of the NIK are not a known kecamatan code.',
  NIK_INVALID_DATE: 'The birth-date part of the NIK (digits 7–12) is not a real date.',
  NIK_INVALID_SERIAL: 'The NIK serial (last 4 digits) cannot be 0000.',
  NIK_SEX_MISMATCH: 'Sex does not match the NIK (day +40 for women). Give a reason if the record is right.',
  NIK_BIRTHDATE_MISMATCH: 'Birth date does not match the NIK. Give a reason if the record is right.',
  NIK_DUPLICATE: 'This NIK is already registered to someone else.',
  NIK_OR_REASON_REQUIRED: 'Enter the NIK, or choose why there is none.',
  KK_INVALID_CHARACTERS: 'A KK number contains digits only.',
  KK_INVALID_LENGTH: 'A KK number has 16 digits.',
  KK_INVALID_REGION: 'The first six digits of the KK number are not a known kecamatan code.',
  KK_INVALID_DATE: 'The date part of the KK number (digits 7–12) is not a real date.',
  KK_INVALID_SERIAL: 'The KK serial (last 4 digits) cannot be 0000.',
  KK_DUPLICATE: 'This KK number is already registered.',
  DESA_UNKNOWN: 'Unknown desa/kelurahan in this regency.',
  DESA_OUT_OF_SCOPE: 'You may not register households in this desa.',
  HEAD_REQUIRED: 'A household needs exactly one head of household.',
  HEAD_DUPLICATE: 'This household already has a head.',
  MEMBERS_REQUIRED: 'Register at least one member (the head of household).',
  PREGNANT_ONLY_WOMEN: 'Pregnancy applies to women only.',
  SEARCH_QUERY_REQUIRED: 'Enter a NIK, KK number or name to search.',
  SEARCH_QUERY_TOO_SHORT: 'Search for at least 3 letters of a name.',
  HOUSEHOLD_TARGET_INVALID: 'Target household not found.',
  MOVE_REASON_REQUIRED: 'Give the reason for moving the member.',
  REGION_REQUIRED: 'Required.',
  CLUSTER_INVALID: 'The cluster must be pesisir, dataran_rendah or pegunungan.',
  KEY_INVALID: 'Keys have lower-case letters, digits and underscores, starting with a letter (max. 40).',
  SET_CODE_INVALID: 'Set codes have lower-case letters, digits and hyphens, starting with a letter (2–40).',
  SET_KEY_DUPLICATE: 'This key is already used in the same set.',
  SET_INDICATOR_UNKNOWN: 'The indicator referred to is not in this set.',
  SET_CONDITION_TYPE_MISMATCH:
    "This condition does not fit the indicator's answer type (must be {expected}).",
  SET_CHOICE_UNKNOWN: 'This choice is not an option of the question.',
  SET_BOUND_REQUIRED: 'Give exactly one bound: a value or a parameter (param).',
  SET_PARAMETER_UNKNOWN: 'The parameter referred to is not in this set.',
  SET_RANGE_INVALID: 'The maximum must be at least the minimum.',
  SET_NO_CRITERIA: 'A set needs at least one indicator with a criterion.',
  SET_CLASS_ORDER: 'Classes go from the poorest to not poor, each once.',
  SET_THRESHOLD_ORDER: 'Score thresholds must fall from one class to the next.',
  SET_LAST_THRESHOLD_ZERO: 'The last class must have threshold 0.',
  SET_FILE_UNREADABLE: 'The file cannot be read as JSON or YAML (around line {line}).',
  SET_NOT_DRAFT: 'Only drafts can be edited or activated.',
  SET_SOURCE_REQUIRED: 'Either copy an existing set (copyOf) or send a set document (definition).',
  SET_UNKNOWN: 'Indicator set not found.',
  SET_SCHEME_MISMATCH: 'This set code is already used with scheme {scheme}.',
  SET_CODE_IMMUTABLE: 'The code and scheme of a set cannot change.',
  SET_NOT_APPLICABLE: "This set is not active or does not apply to the household's desa cluster.",
  SET_NOT_ACTIVE: 'This set is not active.',
  ANSWER_UNKNOWN_INDICATOR: 'This question is not in the indicator set.',
  ANSWER_REQUIRED: 'This question must be answered.',
  ANSWER_TYPE_INVALID: 'Wrong kind of answer (must be {expected}).',
  ANSWER_CHOICE_INVALID: 'Unknown answer choice.',
  ANSWER_NOT_INTEGER: 'The answer must be a whole number.',
  ANSWER_OUT_OF_RANGE: 'The answer must be between {min} and {max} {unit}.',
  SIMULATION_INDICATOR_UNKNOWN: 'This indicator is not in the simulated set or has no criterion.',
  SIMULATION_PARAMETER_UNKNOWN: 'This parameter is not in the simulated set.',
  CLASS_SANGAT_MISKIN: 'Very poor',
  CLASS_MISKIN: 'Poor',
  CLASS_HAMPIR_MISKIN: 'Near poor',
  CLASS_RENTAN: 'Vulnerable',
  CLASS_TIDAK_MISKIN: 'Not poor',
  ASSESSMENT_SUMMARY_COUNT: 'Meets {met} of {total} criteria.',
  ASSESSMENT_SUMMARY_WEIGHTED: 'Score {score} of {max} ({met} of {total} criteria met).',
  ASSESSMENT_SUMMARY_THRESHOLD: 'Classified {class} because the score reaches the threshold of {min}.',
  ASSESSMENT_SUMMARY_BELOW_ALL: 'Classified {class} because the score is below {lowest}.',
  ASSESSMENT_SUMMARY_UNANSWERED: '{count} questions were not answered and count as not met.',
};

const titles: Record<Locale, Record<number, string>> = {
  id: {
    400: 'Permintaan tidak valid',
    401: 'Belum masuk',
    403: 'Tidak berwenang',
    404: 'Tidak ditemukan',
    409: 'Konflik data',
    415: 'Jenis isi tidak didukung',
    422: 'Data tidak valid',
    429: 'Terlalu banyak permintaan',
    500: 'Kesalahan server',
  },
  en: {
    400: 'Bad request',
    401: 'Not signed in',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict',
    415: 'Unsupported media type',
    422: 'Invalid data',
    429: 'Too many requests',
    500: 'Server error',
  },
};

const catalogues: Record<Locale, Catalogue> = { id, en };

/** Translates a message code; unknown codes fall back to Indonesian, then to the code itself. */
export function translate(
  locale: Locale,
  code: string,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][code] ?? id[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function statusTitle(locale: Locale, status: number): string {
  return titles[locale][status] ?? titles[locale][Math.floor(status / 100) * 100] ?? String(status);
}

/** Picks the response language from Accept-Language: English when preferred, Indonesian otherwise. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .filter((entry) => entry.tag.startsWith('id') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ? 'en' : 'id';
}

/** Every code in the catalogue: tests check both languages cover the same codes. */
export const catalogueCodes = { id: Object.keys(id), en: Object.keys(en) };
