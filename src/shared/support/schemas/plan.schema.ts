import { z } from 'zod';
import { DateOnly, FreeText, Id } from '../../cases/fields';
import { AssessmentStage, OutcomeArea } from '../vocab.support';
import { AreaScoresSchema, EpisodeSummarySchema } from './common.support';

/** Save the support and safety plan: needs and goals per area, the safety plan and the review date. */
export const PlanSaveInputSchema = z
  .object({
    householdId: Id,
    areas: z
      .array(z.object({ area: OutcomeArea.schema, hasNeed: z.boolean(), goals: FreeText.default('') }).strict())
      .max(OutcomeArea.codes.length)
      .refine((a) => new Set(a.map((x) => x.area)).size === a.length, 'Each area once.'),
    safetyPlan: FreeText.default(''),
    agreedOn: DateOnly.nullable().default(null),
    nextReviewOn: DateOnly.nullable().default(null),
  })
  .strict()
  .refine((v) => !v.agreedOn || !v.nextReviewOn || v.nextReviewOn >= v.agreedOn, { path: ['nextReviewOn'], message: 'The review cannot be before the plan was agreed.' });

/** Record outcome scores at entry or at a review (exit and follow-up scores come with those steps). */
export const ScoresInputSchema = z
  .object({
    householdId: Id,
    stage: z.enum(['entry', 'review']),
    assessedOn: DateOnly,
    scores: AreaScoresSchema.refine((s) => Object.keys(s).length > 0, 'Score at least one area.'),
    notes: FreeText.default(''),
    /** At a review: when the next one is due (null: none set). */
    nextReviewOn: DateOnly.nullable().default(null),
  })
  .strict()
  .refine((v) => !v.nextReviewOn || v.nextReviewOn > v.assessedOn, { path: ['nextReviewOn'], message: 'The next review must be after this one.' });

/** One recording of scores. */
export const AssessmentSchema = z.object({
  id: z.number().int(),
  stage: AssessmentStage.schema,
  assessedOn: z.string(),
  notes: z.string(),
  by: z.string().nullable(),
  scores: z.record(z.string(), z.number().int()),
});

/** The plan of one area. */
export const PlanAreaSchema = z.object({
  area: OutcomeArea.schema,
  hasNeed: z.boolean(),
  goals: z.string(),
  /** How this person's scores moved in this area (null: fewer than two scores yet). */
  change: z.enum(['improved', 'same', 'worse']).nullable(),
  first: z.number().int().nullable(),
  latest: z.number().int().nullable(),
});

/** What the plan panel shows. */
export const PlanViewSchema = z.object({
  episode: EpisodeSummarySchema.nullable(),
  plan: z
    .object({
      id: z.number().int(),
      areas: z.array(PlanAreaSchema),
      safetyPlan: z.string(),
      agreedOn: z.string().nullable(),
      nextReviewOn: z.string().nullable(),
      reviewStatus: z.enum(['done', 'overdue', 'due', 'upcoming']).nullable(),
      updatedAt: z.string(),
      updatedBy: z.string().nullable(),
    })
    .nullable(),
  assessments: z.array(AssessmentSchema),
});
/** The plan panel's data. */
export type PlanView = z.infer<typeof PlanViewSchema>;

/** One line of the reviews-due list. A restricted case shows only that it exists. */
export const ReviewDueSchema = z.object({
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  workerName: z.string().nullable(),
  nextReviewOn: z.string(),
  status: z.enum(['overdue', 'due']),
  hidden: z.boolean(),
});
