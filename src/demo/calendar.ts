import type { Rng } from './random.ts';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates as whole days since 1970-01-01 (proleptic Gregorian,
 * no time zone), so birth dates never shift by an hour and every result is reproducible. Integer
 * formulas (H. Hinnant's days_from_civil) rather than `Date`: the generator calls them a million times.
 */

function parse(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function toDay(iso: string): number {
  const [year, month, day] = parse(iso);
  return daysFromCivil(year, month, day);
}

export function toIso(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The same calendar day `years` earlier (29 February becomes 28 February in common years). */
export function yearsBefore(iso: string, years: number): number {
  const [year, month, day] = parse(iso);
  const target = year - years;
  const lastFeb = month === 2 && day === 29 && !isLeap(target);
  return daysFromCivil(target, month, lastFeb ? 28 : day);
}

/** A birth date for someone who is exactly `age` completed years old on `today`. */
export function birthDateForAge(rng: Rng, today: string, age: number): string {
  const latest = yearsBefore(today, age);
  const earliest = yearsBefore(today, age + 1) + 1;
  return toIso(rng.int(earliest, latest));
}

/** Completed years between a birth date and `today`. */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
