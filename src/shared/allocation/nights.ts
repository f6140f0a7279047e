/*
 * Stays, holds and out-of-service periods are ranges of nights: the start date is the first night,
 * the end date is the morning they leave (exclusive), both London calendar dates (YYYY-MM-DD).
 * A missing end means open-ended. Plain string dates compare correctly as text; arithmetic goes
 * through day numbers so it is fast enough for the board (thousands of periods) and never
 * depends on the PC's time zone.
 */

/** The end used for an open-ended range, so SQL and code can compare with one rule. */
export const OPEN_END = '9999-12-31';

const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A date `n` days later (or earlier). */
export function plusDays(date: string, n: number): string {
  return dateOfDay(dayNumber(date) + n);
}

/** Nights from `start` up to (not including) `end`; 0 when end is not after start. */
export function nightsBetween(start: string, end: string): number {
  return Math.max(0, dayNumber(end) - dayNumber(start));
}

/** A range of nights; `end` null means open-ended. */
export interface NightRange {
  start: string;
  end: string | null;
}

/** Whether two ranges share at least one night. */
export function rangesOverlap(a: NightRange, b: NightRange): boolean {
  return a.start < (b.end ?? OPEN_END) && b.start < (a.end ?? OPEN_END);
}

/** Whether a range includes the night of `date`. */
export function coversNight(r: NightRange, date: string): boolean {
  return r.start <= date && date < (r.end ?? OPEN_END);
}

/** Nights of `r` that fall within [from, to). */
export function nightsWithin(r: NightRange, from: string, to: string): number {
  const s = r.start > from ? r.start : from;
  const e = (r.end ?? OPEN_END) < to ? (r.end ?? OPEN_END) : to;
  return s < e ? nightsBetween(s, e) : 0;
}

/** "3 Dec 2026". */
export function shortDay(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "Thu 3 Dec". */
export function weekdayDay(date: string): string {
  const wd = WEEKDAYS[new Date(dayNumber(date) * MS_PER_DAY).getUTCDay()];
  return `${wd} ${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

/** Day of the week, 0 = Sunday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
}
