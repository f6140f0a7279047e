import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { BANK_HOLIDAYS_ENGLAND_WALES, SHIPPED_YEARS } from '../../../shared/working-days/bank-holidays-ew';
import type { CalendarOverrideInputSchema, CalendarYearSchema } from '../../../shared/working-days/calendar.schema';
import { isWeekend, regularBankHolidays, workingCalendar, type WorkingCalendar } from '../../../shared/working-days/working-days';
import type { Sqlite } from '../../db/connection';
import { deleteOverride, getOverride, insertOverride, listOverrides } from '../../db/repos/sanctuary/calendar.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';

/*
 * The working-day calendar: the shipped bank holidays with an administrator's changes (a one-off
 * holiday such as a coronation, or a listed holiday that was moved). Read on every clock
 * calculation, so a change applies to every due date at once.
 */

/** The calendar with the database's changes applied. */
export function loadCalendar(db: Sqlite): WorkingCalendar {
  return workingCalendar(listOverrides(db));
}

function shippedOf(year: number): { date: string; name: string; source: 'shipped' | 'rule' }[] {
  if (year >= SHIPPED_YEARS.from && year <= SHIPPED_YEARS.to) {
    return BANK_HOLIDAYS_ENGLAND_WALES.filter(([d]) => d.startsWith(`${year}-`)).map(([date, name]) => ({ date, name, source: 'shipped' as const }));
  }
  return regularBankHolidays(year).map(([date, name]) => ({ date, name, source: 'rule' as const }));
}

/** A year's bank holidays after changes, and every change made. */
export function calendarYear(ws: Workspace, year: number): z.output<typeof CalendarYearSchema> {
  const db = requireDb(ws);
  const overrides = listOverrides(db);
  const inYear = overrides.filter((o) => o.date.startsWith(`${year}-`));
  const notHolidays = new Set(inYear.filter((o) => o.kind === 'working_day').map((o) => o.date));
  const base = shippedOf(year);
  const holidays = [
    ...base.filter((h) => !notHolidays.has(h.date)),
    ...inYear.filter((o) => o.kind === 'holiday').map((o) => ({ date: o.date, name: o.name, source: 'added' as const })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return {
    year,
    holidays,
    workingDays: base.filter((h) => notHolidays.has(h.date)).map((h) => ({ date: h.date, name: h.name })),
    overrides,
    shipped: { ...SHIPPED_YEARS },
  };
}

/** An administrator adds a bank holiday, or marks a listed one as a working day. */
export function addOverride(ws: Workspace, input: z.output<typeof CalendarOverrideInputSchema>): { date: string } {
  const db = requireDb(ws);
  const session = requireSession(ws);
  if (getOverride(db, input.date)) throw new AppError('CONFLICT', 'That date already has a change. Remove it first to make a different one.', { date: 'Already changed.' });
  const cal = loadCalendar(db);
  if (input.kind === 'holiday') {
    if (isWeekend(input.date)) throw new AppError('INVALID_INPUT', 'That date is a Saturday or a Sunday, which is never a working day.', { date: 'A weekend day.' });
    const existing = cal.holidayName(input.date);
    if (existing) throw new AppError('CONFLICT', `That date is already a bank holiday (${existing}).`, { date: 'Already a bank holiday.' });
  } else if (!cal.holidayName(input.date)) {
    throw new AppError('INVALID_INPUT', 'That date is not a listed bank holiday, so it is already a working day (unless it is a weekend).', { date: 'Not a bank holiday.' });
  }
  db.transaction(() => {
    insertOverride(db, { ...input, by: session.userId, at: nowIso(ws) });
    audit(ws, { action: input.kind === 'holiday' ? 'calendar.holiday.add' : 'calendar.working-day.add', entity: 'calendar', entityId: input.date, detail: input.name });
  })();
  return { date: input.date };
}

/** An administrator removes a change. */
export function removeOverride(ws: Workspace, date: string): { date: string } {
  const db = requireDb(ws);
  const o = getOverride(db, date);
  if (!o) throw new AppError('NOT_FOUND', 'There is no change on that date.');
  db.transaction(() => {
    deleteOverride(db, date);
    audit(ws, { action: 'calendar.change.remove', entity: 'calendar', entityId: date, detail: `${o.kind}: ${o.name}` });
  })();
  return { date };
}
