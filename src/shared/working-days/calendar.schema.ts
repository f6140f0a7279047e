import { z } from 'zod';
import { DateOnly } from '../cases/fields';

/*
 * The working-day calendar as the settings screen shows it, and an administrator's changes.
 */

/** A year to show. */
export const CalendarYearInputSchema = z.object({ year: z.number().int().min(2000, 'From 2000.').max(2100, 'Up to 2100.') }).strict();

/** A bank holiday in a year's calendar. */
export const CalendarHolidaySchema = z.object({
  date: z.string(),
  name: z.string(),
  /** shipped: the list Waymark ships; rule: worked out by rule beyond it; added: by an administrator. */
  source: z.enum(['shipped', 'rule', 'added']),
});

/** An administrator's change. */
export const CalendarOverrideSchema = z.object({ date: z.string(), kind: z.enum(['holiday', 'working_day']), name: z.string(), addedBy: z.string().nullable(), addedAt: z.string() });

/** A year's bank holidays and every change an administrator has made. */
export const CalendarYearSchema = z.object({
  year: z.number().int(),
  holidays: z.array(CalendarHolidaySchema),
  /** Listed holidays an administrator marked as working days (moved), in this year. */
  workingDays: z.array(z.object({ date: z.string(), name: z.string() })),
  overrides: z.array(CalendarOverrideSchema),
  shipped: z.object({ from: z.number().int(), to: z.number().int() }),
});

/** Add a bank holiday (e.g. a one-off coronation holiday), or mark a listed one as a working day. */
export const CalendarOverrideInputSchema = z
  .object({
    date: DateOnly,
    kind: z.enum(['holiday', 'working_day']),
    name: z.string().trim().min(1, 'Name the day (e.g. “Coronation bank holiday”).').max(200, 'At most 200 characters.'),
  })
  .strict();

/** Remove a change. */
export const CalendarOverrideRemoveInputSchema = z.object({ date: DateOnly }).strict();
