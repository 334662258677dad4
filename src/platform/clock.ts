/** The time source of use cases: the real clock in production, a controlled one in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved (tests). */
export function fixedClock(
  start: Date | string,
): Clock & { advance(ms: number): void; set(to: Date | string): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
    set(to) {
      current = new Date(to);
    },
  };
}

/** Today's date as 'YYYY-MM-DD' in the regency's time zone (WITA, UTC+8, for Sulawesi). */
export function localDate(clock: Clock, utcOffsetHours = 8): string {
  return new Date(clock.now().getTime() + utcOffsetHours * 3_600_000).toISOString().slice(0, 10);
}
