import { z } from 'zod';
import { DateOnly, FreeText, Id, shortText } from '../../cases/fields';
import { SupportType, TimeKind } from '../vocab.support';
import { EpisodeSummarySchema, WorkerOptionSchema } from './common.support';

/** The longest single contact recorded, in minutes (a whole day's accompaniment to court). */
export const MAX_CONTACT_MINUTES = 12 * 60;

/** Log a contact: when, how long, whose time, what kind of support. */
export const ContactAddInputSchema = z
  .object({
    householdId: Id,
    contactOn: DateOnly,
    minutes: z
      .number({ message: 'Enter how many minutes.' })
      .int('Whole minutes.')
      .min(1, 'At least 1 minute.')
      .max(MAX_CONTACT_MINUTES, `At most ${MAX_CONTACT_MINUTES / 60} hours in one contact.`),
    timeKind: TimeKind.schema,
    /** The staff member (null for a volunteer without an account). */
    workerId: Id.nullable().default(null),
    /** A volunteer's name when they have no account. */
    workerName: shortText(200, 'The name').default(''),
    supportType: SupportType.schema,
    notes: FreeText.default(''),
  })
  .strict()
  .refine((v) => v.workerId !== null || v.workerName.trim() !== '', { path: ['workerName'], message: 'Choose the worker, or type the volunteer’s name.' });

/** A household's contacts, optionally in a period. */
export const ContactListInputSchema = z
  .object({ householdId: Id, from: DateOnly.nullable().default(null), to: DateOnly.nullable().default(null) })
  .strict()
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: 'The end must be on or after the start.' });

/** Totals of support time. */
export const SupportTotalsSchema = z.object({
  contacts: z.number().int(),
  households: z.number().int(),
  paidMinutes: z.number().int(),
  unpaidMinutes: z.number().int(),
  totalMinutes: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
});

/** One logged contact. */
export const ContactSchema = z.object({
  id: z.number().int(),
  contactOn: z.string(),
  minutes: z.number().int(),
  timeKind: TimeKind.schema,
  worker: z.string(),
  supportType: SupportType.schema,
  notes: z.string(),
  /** Given during move-on support, after leaving the unit. */
  moveOn: z.boolean(),
});

/** The contacts panel's data. */
export const ContactListSchema = z.object({
  episode: EpisodeSummarySchema.nullable(),
  items: z.array(ContactSchema),
  totals: SupportTotalsSchema,
  workers: z.array(WorkerOptionSchema),
});

/** Service-wide totals for a period (for managers and the reports). */
export const PeriodInputSchema = z
  .object({ from: DateOnly, to: DateOnly })
  .strict()
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'The end must be on or after the start.' });
