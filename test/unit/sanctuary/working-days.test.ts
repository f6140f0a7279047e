import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS_ENGLAND_WALES, SHIPPED_YEARS } from '../../../src/shared/working-days/bank-holidays-ew';
import { addWorkingDays, easterSunday, isWeekend, regularBankHolidays, workingCalendar, workingDaysBetween } from '../../../src/shared/working-days/working-days';

/*
 * Working days: Monday to Friday, except bank holidays in England and Wales. The day something
 * happens is day 0; the deadline is the n-th working day after it.
 */

const cal = workingCalendar();

describe('working days', () => {
  it('gives a referral on the Friday before a bank-holiday Monday until the Wednesday for its risk assessment', () => {
    // Friday 22 May 2026; Monday 25 May is the spring bank holiday.
    expect(addWorkingDays(cal, '2026-05-22', 2)).toBe('2026-05-27');
    expect(addWorkingDays(cal, '2026-05-22', 1)).toBe('2026-05-26');
    // Friday 28 August 2026 before the summer bank holiday.
    expect(addWorkingDays(cal, '2026-08-28', 2)).toBe('2026-09-02');
  });

  it('skips a weekend, and counts a referral received at the weekend from the Monday', () => {
    expect(addWorkingDays(cal, '2026-03-06', 2)).toBe('2026-03-10'); // Friday → Tuesday
    expect(addWorkingDays(cal, '2026-03-07', 2)).toBe('2026-03-10'); // Saturday → Tuesday
    expect(addWorkingDays(cal, '2026-03-08', 2)).toBe('2026-03-10'); // Sunday → Tuesday
    expect(addWorkingDays(cal, '2026-03-09', 5)).toBe('2026-03-16'); // Monday + 5 → next Monday
    expect(addWorkingDays(cal, '2026-03-09', 0)).toBe('2026-03-09');
  });

  it('skips Easter: Good Friday and Easter Monday', () => {
    // Thursday 2 April 2026: Friday 3 and Monday 6 are bank holidays.
    expect(addWorkingDays(cal, '2026-04-02', 2)).toBe('2026-04-08');
    expect(workingDaysBetween(cal, '2026-04-02', '2026-04-08')).toBe(2);
  });

  it('skips Christmas with its substitute days', () => {
    // 2027: Christmas Day Saturday (substitute Monday 27), Boxing Day Sunday (substitute Tuesday 28).
    expect(addWorkingDays(cal, '2027-12-24', 1)).toBe('2027-12-29');
    // 2026: Boxing Day Saturday, substitute Monday 28.
    expect(addWorkingDays(cal, '2026-12-24', 2)).toBe('2026-12-30');
  });

  it('counts working days taken the same way it adds them', () => {
    expect(workingDaysBetween(cal, '2026-05-22', '2026-05-27')).toBe(2);
    expect(workingDaysBetween(cal, '2026-05-22', '2026-05-25')).toBe(0);
    expect(workingDaysBetween(cal, '2026-05-22', '2026-05-22')).toBe(0);
    expect(workingDaysBetween(cal, '2026-05-27', '2026-05-22')).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), fc.integer({ min: 0, max: 30 }), (offset, n) => {
        const start = new Date(Date.UTC(2016, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const due = addWorkingDays(cal, start, n);
        return workingDaysBetween(cal, start, due) === n && (n === 0 || cal.isWorkingDay(due));
      }),
    );
  });

  it('lets an administrator add a one-off holiday, or make a listed one a working day', () => {
    // A coronation-style one-off holiday on Monday 8 June 2026.
    const withCoronation = workingCalendar([{ date: '2026-06-08', kind: 'holiday', name: 'Bank holiday for a coronation' }]);
    expect(withCoronation.holidayName('2026-06-08')).toBe('Bank holiday for a coronation');
    expect(addWorkingDays(withCoronation, '2026-06-05', 2)).toBe('2026-06-10');
    expect(addWorkingDays(cal, '2026-06-05', 2)).toBe('2026-06-09');
    // A holiday moved by proclamation: the listed Monday becomes a working day.
    const moved = workingCalendar([{ date: '2026-05-04', kind: 'working_day', name: 'Early May holiday moved' }]);
    expect(moved.isWorkingDay('2026-05-04')).toBe(true);
    expect(cal.isWorkingDay('2026-05-04')).toBe(false);
  });

  it('works out the regular holidays by rule beyond the shipped years', () => {
    expect(cal.holidayName('2031-12-25')).toBe('Christmas Day');
    expect(cal.holidayName('2031-04-11')).toBe('Good Friday'); // Easter Sunday 2031 is 13 April
    expect(easterSunday(2031)).toBe('2031-04-13');
  });
});

describe('the shipped bank holiday list', () => {
  it('covers 2016 to 2030, in order, on weekdays, with no duplicates', () => {
    expect(SHIPPED_YEARS).toEqual({ from: 2016, to: 2030 });
    const dates = BANK_HOLIDAYS_ENGLAND_WALES.map(([d]) => d);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const d of dates) expect(isWeekend(d), d).toBe(false);
    for (let y = 2016; y <= 2030; y++) expect(dates.some((d) => d.startsWith(`${y}-`)), String(y)).toBe(true);
  });

  it('matches the rules every year, apart from the one-off changes GOV.UK published', () => {
    const oneOffs: Record<string, { add: string[]; remove: string[] }> = {
      '2020': { add: ['2020-05-08'], remove: ['2020-05-04'] },
      '2022': { add: ['2022-06-02', '2022-06-03', '2022-09-19'], remove: ['2022-05-30'] },
      '2023': { add: ['2023-05-08'], remove: [] },
    };
    for (let y = 2016; y <= 2030; y++) {
      const shipped = BANK_HOLIDAYS_ENGLAND_WALES.filter(([d]) => d.startsWith(`${y}-`)).map(([d]) => d);
      const o = oneOffs[String(y)] ?? { add: [], remove: [] };
      const expected = [...regularBankHolidays(y).map(([d]) => d).filter((d) => !o.remove.includes(d)), ...o.add].sort();
      expect(shipped, String(y)).toEqual(expected);
    }
  });

  it('has the substitute days where a holiday falls at a weekend', () => {
    const has = (d: string, name: RegExp) => expect(BANK_HOLIDAYS_ENGLAND_WALES.find(([x]) => x === d)?.[1]).toMatch(name);
    has('2017-01-02', /New Year’s Day \(substitute day\)/);
    has('2022-01-03', /New Year’s Day \(substitute day\)/);
    has('2020-12-28', /Boxing Day \(substitute day\)/);
    has('2021-12-27', /Christmas Day \(substitute day\)/);
    has('2021-12-28', /Boxing Day \(substitute day\)/);
    has('2022-12-27', /Christmas Day \(substitute day\)/);
    has('2023-05-08', /coronation/i);
  });
});
