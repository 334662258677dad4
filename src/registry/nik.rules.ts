/**
 * NIK (Nomor Induk Kependudukan) and KK (Kartu Keluarga) numbers: pure parsing and validation.
 *
 * Both are 16 digits: a 6-digit kecamatan code (province 2, kabupaten 2, kecamatan 2), a 6-digit
 * date DDMMYY and a 4-digit serial. In a NIK the date is the birth date with 40 added to the day
 * for women; in a KK it is the issue date. See DESIGN.md, "Identity numbers".
 */

export type IdNumberErrorCode =
  | 'INVALID_CHARACTERS'
  | 'INVALID_LENGTH'
  | 'INVALID_REGION'
  | 'INVALID_DATE'
  | 'INVALID_SERIAL';

/** Stable API codes, e.g. `NIK_INVALID_REGION`, `KK_INVALID_DATE`. */
export type NikErrorCode = `NIK_${IdNumberErrorCode}`;
export type KkErrorCode = `KK_${IdNumberErrorCode}`;

/** Answers whether a 6-digit kecamatan code exists now or existed (retired codes stay valid in NIKs). */
export interface RegionLookup {
  isKecamatan(code: string): boolean;
}

export interface DayMonthYear2 {
  day: number;
  month: number;
  /** Two-digit year: the century is not part of the number. */
  year2: number;
}

export interface ParsedNik {
  nik: string;
  regionCode: string;
  sex: 'L' | 'P';
  birth: DayMonthYear2;
  serial: string;
}

export interface ParsedKk {
  kk: string;
  regionCode: string;
  issued: DayMonthYear2;
  serial: string;
}

export type Parsed<T, E> = { ok: true; value: T } | { ok: false; code: E };

/** Removes spaces, dots and dashes people type inside long numbers. */
export function normalizeIdNumber(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(month: number, year: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** A DDMMYY date is real when it exists in the 1900s or the 2000s (the century is not encoded). */
export function isRealDate({ day, month, year2 }: DayMonthYear2): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(month, 1900 + year2) || day <= daysInMonth(month, 2000 + year2);
}

function parseIdNumber(
  input: string,
  regions: RegionLookup,
): Parsed<
  { digits: string; regionCode: string; dd: number; mm: number; yy: number; serial: string },
  IdNumberErrorCode
> {
  const digits = normalizeIdNumber(input);
  if (!/^\d*$/.test(digits)) return { ok: false, code: 'INVALID_CHARACTERS' };
  if (digits.length !== 16) return { ok: false, code: 'INVALID_LENGTH' };
  const regionCode = digits.slice(0, 6);
  if (!regions.isKecamatan(regionCode)) return { ok: false, code: 'INVALID_REGION' };
  const serial = digits.slice(12);
  if (serial === '0000') return { ok: false, code: 'INVALID_SERIAL' };
  return {
    ok: true,
    value: {
      digits,
      regionCode,
      dd: Number(digits.slice(6, 8)),
      mm: Number(digits.slice(8, 10)),
      yy: Number(digits.slice(10, 12)),
      serial,
    },
  };
}

/** Parses a NIK; the error code says which part is wrong. */
export function parseNik(input: string, regions: RegionLookup): Parsed<ParsedNik, NikErrorCode> {
  const parsed = parseIdNumber(input, regions);
  if (!parsed.ok) return { ok: false, code: `NIK_${parsed.code}` };
  const { digits, regionCode, dd, mm, yy, serial } = parsed.value;
  const sex = dd > 40 ? 'P' : 'L';
  const birth = { day: sex === 'P' ? dd - 40 : dd, month: mm, year2: yy };
  if (!isRealDate(birth)) return { ok: false, code: 'NIK_INVALID_DATE' };
  return { ok: true, value: { nik: digits, regionCode, sex, birth, serial } };
}

/** Parses a KK number; the date part is the issue date (no +40). */
export function parseKk(input: string, regions: RegionLookup): Parsed<ParsedKk, KkErrorCode> {
  const parsed = parseIdNumber(input, regions);
  if (!parsed.ok) return { ok: false, code: `KK_${parsed.code}` };
  const { digits, regionCode, dd, mm, yy, serial } = parsed.value;
  const issued = { day: dd, month: mm, year2: yy };
  if (!isRealDate(issued)) return { ok: false, code: 'KK_INVALID_DATE' };
  return { ok: true, value: { kk: digits, regionCode, issued, serial } };
}

export type NikMismatch = 'NIK_SEX_MISMATCH' | 'NIK_BIRTHDATE_MISMATCH';

/**
 * Compares a valid NIK with what is stated about the person. Real registries hold such
 * mismatches, so they are warnings: accepted with a recorded reason and flagged.
 */
export function nikMismatches(nik: ParsedNik, person: { sex: 'L' | 'P'; birthDate: string }): NikMismatch[] {
  const mismatches: NikMismatch[] = [];
  if (nik.sex !== person.sex) mismatches.push('NIK_SEX_MISMATCH');
  const [year, month, day] = person.birthDate.split('-').map(Number);
  if (day !== nik.birth.day || month !== nik.birth.month || (year ?? 0) % 100 !== nik.birth.year2) {
    mismatches.push('NIK_BIRTHDATE_MISMATCH');
  }
  return mismatches;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Builds a NIK from its parts (demo generator and tests). */
export function formatNik(parts: {
  regionCode: string;
  sex: 'L' | 'P';
  birthDate: string;
  serial: number;
}): string {
  const [year, month, day] = parts.birthDate.split('-').map(Number);
  const dd = (day ?? 0) + (parts.sex === 'P' ? 40 : 0);
  return `${parts.regionCode}${pad(dd, 2)}${pad(month ?? 0, 2)}${pad((year ?? 0) % 100, 2)}${pad(parts.serial, 4)}`;
}

/** Builds a KK number from its parts (demo generator and tests). */
export function formatKk(parts: { regionCode: string; issueDate: string; serial: number }): string {
  const [year, month, day] = parts.issueDate.split('-').map(Number);
  return `${parts.regionCode}${pad(day ?? 0, 2)}${pad(month ?? 0, 2)}${pad((year ?? 0) % 100, 2)}${pad(parts.serial, 4)}`;
}

/** Masks a NIK or KK for display to roles that may not see it whole: 7303••••••••0001. */
export function maskIdNumber(value: string): string {
  return value.length === 16
    ? `${value.slice(0, 4)}${'•'.repeat(8)}${value.slice(12)}`
    : '•'.repeat(value.length);
}
