import type { Random } from './random';

// Demo timestamps follow the story: a record is "typed in" on the afternoon of the day it is about,
// so created/updated times read like a real year and never come from the real clock.

const DAY = 86_400_000;

const utc = (isoDate: string) => Date.parse(`${isoDate}T00:00:00.000Z`);
export const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(isoDate: string, days: number): string {
  return isoOf(utc(isoDate) + days * DAY);
}

const isWeekday = (isoDate: string) => {
  const day = new Date(utc(isoDate)).getUTCDay();
  return day !== 0 && day !== 6;
};

/** The first weekday on or after the date. */
export function weekdayFrom(isoDate: string): string {
  let date = isoDate;
  while (!isWeekday(date)) date = addDays(date, 1);
  return date;
}

export interface DemoClock {
  /** Moves the clock to an afternoon of this day (later calls on the same day keep moving on). */
  on(isoDate: string): void;
  now(): string;
}

export function demoClock(random: Random, startDate: string): DemoClock {
  let current = utc(startDate) + 16 * 3_600_000;
  return {
    on(isoDate) {
      // 15:30 to 19:30: after the children have gone home.
      current = utc(isoDate) + 15.5 * 3_600_000 + random.int(0, 4 * 3600) * 1000 + random.int(0, 999);
    },
    now() {
      const stamp = new Date(current).toISOString();
      current += 1000 + random.int(0, 59_000);
      return stamp;
    },
  };
}
