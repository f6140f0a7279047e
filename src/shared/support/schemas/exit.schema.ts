import { z } from 'zod';
import { DateOnly, FreeText, Id } from '../../cases/fields';
import { ExitDestination, ExitReason, FollowUpResult, Independence, PLANNED_ONLY_REASONS, UNPLANNED_ONLY_REASONS } from '../vocab.support';
import { AreaScoresSchema, EpisodeSummarySchema } from './common.support';

/** Record the end of an episode of support (ends the household's stay, if they have one). */
export const ExitInputSchema = z
  .object({
    householdId: Id,
    /** The day they left (for a stay: the morning the unit became free). */
    exitedOn: DateOnly,
    planned: z.boolean({ message: 'Say whether the exit was planned.' }),
    reason: ExitReason.schema,
    destination: ExitDestination.schema,
    achievingIndependence: Independence.schema,
    /** Final outcome scores (at exit). */
    finalScores: AreaScoresSchema.default({}),
    notes: FreeText.default(''),
    /** Carry on with move-on / second-stage support after leaving (up to 12 months). */
    startMoveOn: z.boolean().default(false),
  })
  .strict()
  .refine((v) => !(PLANNED_ONLY_REASONS.includes(v.reason) && !v.planned), { path: ['planned'], message: 'A planned move-on is a planned exit.' })
  .refine((v) => !(UNPLANNED_ONLY_REASONS.includes(v.reason) && v.planned), { path: ['planned'], message: 'An eviction or an abandoned unit is an unplanned exit.' });
/** An exit as recorded. */
export type ExitInput = z.output<typeof ExitInputSchema>;

/** Record the three-month follow-up after a planned exit. */
export const FollowUpInputSchema = z
  .object({
    householdId: Id,
    doneOn: DateOnly,
    result: FollowUpResult.schema,
    scores: AreaScoresSchema.default({}),
    notes: FreeText.default(''),
  })
  .strict()
  .refine((v) => v.result === 'reached' || Object.keys(v.scores).length === 0, { path: ['scores'], message: 'Scores can only be recorded when you spoke to the person.' });

/** Start move-on / second-stage support (after an exit, or for a household accepted for move-on). */
export const MoveOnStartInputSchema = z.object({ householdId: Id, startOn: DateOnly, note: FreeText.default('') }).strict();

/** End move-on support. */
export const MoveOnEndInputSchema = z.object({ householdId: Id, endedOn: DateOnly, note: FreeText.default('') }).strict();

/** The exit panel's data. */
export const ExitViewSchema = z.object({
  episode: EpisodeSummarySchema.nullable(),
  exit: z
    .object({
      exitedOn: z.string(),
      planned: z.boolean(),
      reason: ExitReason.schema,
      destination: ExitDestination.schema,
      achievingIndependence: Independence.schema,
      notes: z.string(),
      endedStay: z.string().nullable(),
      by: z.string().nullable(),
      followUp: z
        .object({
          dueOn: z.string(),
          status: z.enum(['done', 'overdue', 'due', 'upcoming']),
          doneOn: z.string().nullable(),
          result: FollowUpResult.schema.nullable(),
          notes: z.string(),
        })
        .nullable(),
    })
    .nullable(),
  /** The stay the exit will end (null: the household has no current stay). */
  currentStay: z.object({ id: z.number().int(), unit: z.string(), startDate: z.string() }).nullable(),
  /** Whether the signed-in person may end that stay (managers and administrators). */
  mayEndStay: z.boolean(),
});

/** One line of the follow-ups list. A restricted case shows only that it exists. */
export const FollowUpDueSchema = z.object({
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  exitedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(['overdue', 'due']),
  hidden: z.boolean(),
});
