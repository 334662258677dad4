/** Dates as people read them: "12 Mar 1985" in Indonesian, "12 Mar 1985" in English. */

function locale(language: string): string {
  return language === 'en' ? 'en-GB' : 'id-ID';
}

/** A calendar date `YYYY-MM-DD`, shown without any time-zone shift. */
export function formatDate(isoDate: string | null | undefined, language: string): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment, in the device's time zone (WITA for Bantaeng). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today as `YYYY-MM-DD` in the device's time zone, for the `max` of birth-date inputs. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
