/*
 * Calendar-month arithmetic for length bands, as integers (bands are worked out for every
 * household of a ten-year report). Same rule as addMonths in support-dates.ts: a day that does not
 * exist in the target month becomes that month's last day.
 */

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(y: number, m: number): number {
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1]!;
}

/** Whether `end` is on or before `start` plus `months` calendar months. */
export function withinMonths(start: string, end: string, months: number): boolean {
  const index = +start.slice(0, 4) * 12 + (+start.slice(5, 7) - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const td = Math.min(+start.slice(8, 10), daysIn(ty, tm));
  const e = +end.slice(0, 4) * 10000 + +end.slice(5, 7) * 100 + +end.slice(8, 10);
  return e <= ty * 10000 + tm * 100 + td;
}
