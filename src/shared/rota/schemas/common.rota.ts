import { z } from 'zod';

/** A database id. */
export const IdSchema = z.number({ error: 'Choose one from the list.' }).int('Choose one from the list.').positive('Choose one from the list.');

/** A London wall-clock time, "HH:mm" (24-hour). */
export const LocalTimeSchema = z
  .string({ error: 'Enter a time like 09:00.' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 09:00 (24-hour clock).');

function realDate(s: string): boolean {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
}

/** A London calendar date, "YYYY-MM-DD". */
export const LocalDateSchema = z
  .string({ error: 'Enter a date like 2026-10-25.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date like 2026-10-25.')
  .refine(realDate, 'That date does not exist.');

/** A London wall-clock date and time, "YYYY-MM-DDTHH:mm" (no zone: the zone is always London). */
export const LocalDateTimeSchema = z
  .string({ error: 'Enter a date and time like 2026-10-25T22:00.' })
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'Enter a date and time like 2026-10-25T22:00.')
  .refine(realDate, 'That date does not exist.');

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const WeekdaySchema = z.number().int().min(1, 'Days run from 1 (Monday) to 7 (Sunday).').max(7, 'Days run from 1 (Monday) to 7 (Sunday).');

/** The days of the week something happens on: at least one, no repeats. */
export const DaysOfWeekSchema = z
  .array(WeekdaySchema)
  .min(1, 'Choose at least one day of the week.')
  .refine((d) => new Set(d).size === d.length, 'Each day may be chosen only once.');

/** Sex as needed for "a female / male worker reachable". */
export const SEXES = ['female', 'male', 'other_or_not_stated'] as const;
/** Sex as needed for "a female / male worker reachable". */
export const SexSchema = z.enum(SEXES, { error: 'Choose female, male, or other / not stated.' });
/** Sex as needed for "a female / male worker reachable". */
export type Sex = z.infer<typeof SexSchema>;

/** The most free text any one field holds. */
export const FREE_TEXT_MAX = 20_000;

/** Free text stored exactly as typed (not trimmed), up to 20,000 characters. */
export const FreeTextSchema = z.string().max(FREE_TEXT_MAX, `This is limited to ${FREE_TEXT_MAX.toLocaleString('en-GB')} characters.`);

/** Free text that must say something. */
export const RequiredTextSchema = FreeTextSchema.refine((s) => s.trim().length > 0, 'This cannot be empty.');

/** A short label (a name, a unit): up to 200 characters. */
export const LabelSchema = z
  .string({ error: 'Enter a name.' })
  .max(200, 'At most 200 characters.')
  .refine((s) => s.trim().length > 0, 'Enter a name.');

/** A period of London dates, both ends included. */
export const PeriodSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema })
  .refine((p) => p.to >= p.from, { message: 'The end date must be on or after the start date.', path: ['to'] });
/** A period of London dates, both ends included. */
export type Period = z.infer<typeof PeriodSchema>;
