import { BANK_HOLIDAYS_ENGLAND_WALES, SHIPPED_YEARS } from './bank-holidays-ew';

/*
 * Working days: Monday to Friday, except bank holidays in England and Wales. The sanctuary
 * scheme's clocks are counted in them ("risk assessment started within 2 working days of the
 * referral").
 *
 * Counting rule: the day something happens is day 0; the deadline is the n-th working day after
 * it, and the clock is met if the next step happens on or before that day. So a referral on the
 * Friday before a bank-holiday Monday is due a risk assessment by Wednesday (Tuesday is day 1,
 * Wednesday day 2), and one received on a Saturday by Tuesday. Dates are London calendar dates
 * (YYYY-MM-DD); arithmetic goes through day numbers so it never depends on the PC's time zone.
 *
 * The calendar is the shipped list plus an administrator's changes (extra holidays, or a listed
 * holiday that was moved and is a working day after all). For a year beyond the shipped list the
 * regular holidays are worked out by rule, so a deadline in 2031 still skips Christmas.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNo(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY);
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDayNo(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
function weekdayOfDayNo(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Whether a date is a Saturday or a Sunday. */
export function isWeekend(date: string): boolean {
  const w = weekdayOfDayNo(dayNo(date));
  return w === 0 || w === 6;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The regular bank holidays of a year in England and Wales by rule (no one-off changes): New
 * Year's Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of
 * August, Christmas Day and Boxing Day, each moved to the next free weekday when it falls at a
 * weekend.
 */
export function regularBankHolidays(year: number): [string, string][] {
  const day = (m: number, d: number) => dayNo(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const out: [number, string][] = [];
  const taken = new Set<number>();
  const add = (d: number, name: string) => {
    let n = d;
    let moved = false;
    while (weekdayOfDayNo(n) === 0 || weekdayOfDayNo(n) === 6 || taken.has(n)) {
      n++;
      moved = true;
    }
    taken.add(n);
    out.push([n, moved ? `${name} (substitute day)` : name]);
  };
  add(day(1, 1), 'New Year’s Day');
  const easter = dayNo(easterSunday(year));
  add(easter - 2, 'Good Friday');
  add(easter + 1, 'Easter Monday');
  const may1 = day(5, 1);
  add(may1 + ((8 - weekdayOfDayNo(may1)) % 7), 'Early May bank holiday');
  const may31 = day(5, 31);
  add(may31 - ((weekdayOfDayNo(may31) + 6) % 7), 'Spring bank holiday');
  const aug31 = day(8, 31);
  add(aug31 - ((weekdayOfDayNo(aug31) + 6) % 7), 'Summer bank holiday');
  // Christmas before Boxing Day, so when Christmas is a Sunday, Boxing Day keeps Monday 26th and
  // Christmas moves to Tuesday 27th (as GOV.UK lists it).
  const xmas = day(12, 25);
  if (weekdayOfDayNo(xmas) === 0) {
    add(xmas + 1, 'Boxing Day');
    add(xmas + 2, 'Christmas Day (substitute day)');
  } else {
    add(xmas, 'Christmas Day');
    add(xmas + 1, 'Boxing Day');
  }
  return out.sort((a, b) => a[0] - b[0]).map(([d, n]) => [dateOfDayNo(d), n]);
}

/** An administrator's change to the calendar. */
export interface CalendarOverride {
  date: string;
  /** 'holiday': an extra bank holiday; 'working_day': a listed holiday that is not one (moved). */
  kind: 'holiday' | 'working_day';
  name: string;
}

/** A working-day calendar: the shipped holidays with an administrator's changes. */
export interface WorkingCalendar {
  /** The holiday's name when a date is a bank holiday (after changes), else null. */
  holidayName(date: string): string | null;
  isWorkingDay(date: string): boolean;
  /** The same, by day number (dayNo), for counting loops. */
  isWorkingDayNo(day: number): boolean;
}

const SHIPPED = new Map<number, string>(BANK_HOLIDAYS_ENGLAND_WALES.map(([d, n]) => [dayNo(d), n]));
const ruleCache = new Map<number, Map<number, string>>();

function byRule(year: number): Map<number, string> {
  let m = ruleCache.get(year);
  if (!m) ruleCache.set(year, (m = new Map(regularBankHolidays(year).map(([d, n]) => [dayNo(d), n]))));
  return m;
}

/** The calendar with these changes applied. */
export function workingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const extra = new Map<number, string>();
  const notHoliday = new Set<number>();
  for (const o of overrides) {
    if (o.kind === 'holiday') extra.set(dayNo(o.date), o.name);
    else notHoliday.add(dayNo(o.date));
  }
  const nameOfDay = (n: number): string | null => {
    if (extra.has(n)) return extra.get(n)!;
    if (notHoliday.has(n)) return null;
    const year = Number(dateOfDayNo(n).slice(0, 4));
    if (year >= SHIPPED_YEARS.from && year <= SHIPPED_YEARS.to) return SHIPPED.get(n) ?? null;
    return byRule(year).get(n) ?? null;
  };
  const working = (n: number) => {
    const w = weekdayOfDayNo(n);
    return w !== 0 && w !== 6 && nameOfDay(n) === null;
  };
  return {
    holidayName: (date) => nameOfDay(dayNo(date)),
    isWorkingDay: (date) => working(dayNo(date)),
    isWorkingDayNo: working,
  };
}

/** The n-th working day after `date` (the date itself is day 0, whatever day it is). n ≥ 0. */
export function addWorkingDays(cal: WorkingCalendar, date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number of working days, 0 or more');
  let d = dayNo(date);
  let left = n;
  while (left > 0) {
    d++;
    if (cal.isWorkingDayNo(d)) left--;
  }
  return dateOfDayNo(d);
}

/**
 * Working days from `from` to `to`: the working days after `from` up to and including `to` (0
 * when `to` is on or before `from`). The inverse of addWorkingDays: a step taken on
 * addWorkingDays(cal, from, n) took n working days.
 */
export function workingDaysBetween(cal: WorkingCalendar, from: string, to: string): number {
  const a = dayNo(from);
  const b = dayNo(to);
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (cal.isWorkingDayNo(d)) count++;
  return count;
}
