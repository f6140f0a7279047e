import { z } from 'zod';
import { DateOnly, FreeText, Id } from '../../cases/fields';
import { EpisodeSummarySchema } from './common.support';

/** The highest total on the session rating scales the service is licensed to use. */
export const FEEDBACK_MAX = 40;

/**
 * A rating total: 0–40 with at most one decimal place (the scales are marked to a tenth). Only
 * the totals are recorded; the questionnaires themselves are never reproduced.
 */
const RatingTotal = z
  .number({ message: `Enter a total from 0 to ${FEEDBACK_MAX}.` })
  .min(0, `Totals run from 0 to ${FEEDBACK_MAX}.`)
  .max(FEEDBACK_MAX, `Totals run from 0 to ${FEEDBACK_MAX}.`)
  .refine((n) => Math.abs(Math.round(n * 10) - n * 10) < 1e-9, 'At most one decimal place.');

/** Record one session's totals. */
export const FeedbackAddInputSchema = z
  .object({
    householdId: Id,
    sessionOn: DateOnly,
    outcomeTotal: RatingTotal.nullable().default(null),
    sessionTotal: RatingTotal.nullable().default(null),
    notes: FreeText.default(''),
  })
  .strict()
  .refine((v) => v.outcomeTotal !== null || v.sessionTotal !== null, { path: ['outcomeTotal'], message: 'Enter the outcome total, the session total, or both.' });

/** One session's totals. */
export const FeedbackSchema = z.object({
  id: z.number().int(),
  sessionOn: z.string(),
  outcomeTotal: z.number().nullable(),
  sessionTotal: z.number().nullable(),
  notes: z.string(),
  by: z.string().nullable(),
});

/** The feedback panel's data, oldest session first (the order of the trend). */
export const FeedbackListSchema = z.object({ episode: EpisodeSummarySchema.nullable(), sessions: z.array(FeedbackSchema) });
