import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { DaysOfWeekSchema, IdSchema, LabelSchema, LocalDateSchema, LocalTimeSchema } from './common.rota';

/**
 * One version of a rotation. A rotation repeats a shift from `startTime` to `endTime` (London
 * wall-clock; an end at or before the start is the next day, equal means 24 hours) on the chosen
 * days. The people take turns in order, each for `turnLengthDays` days counted from `startDate`;
 * a turn passes to the next person at `handoverTime` on the first day of the turn (a shift that
 * spans the handover is split there). A version governs shifts that start on a London date from
 * `effectiveFrom` until the next version takes effect (or `endDate`, if set), so an edit never
 * moves a shift that belongs to an earlier version.
 */
export const RotationVersionSchema = z.object({
  id: IdSchema,
  rotationId: IdSchema,
  effectiveFrom: LocalDateSchema,
  name: z.string(),
  shiftTypeId: IdSchema,
  startDate: LocalDateSchema,
  startTime: LocalTimeSchema,
  endTime: LocalTimeSchema,
  daysOfWeek: z.array(z.number().int()),
  turnLengthDays: z.number().int(),
  handoverTime: LocalTimeSchema,
  /** Staff ids in turn order. */
  people: z.array(IdSchema),
  /** The last date with shifts, or null for open-ended. */
  endDate: LocalDateSchema.nullable(),
  createdAt: IsoTimestampSchema,
});
/** One version of a rotation. */
export type RotationVersion = z.infer<typeof RotationVersionSchema>;

/** A rotation with every version, oldest first. */
export const RotationSchema = z.object({ id: IdSchema, versions: z.array(RotationVersionSchema) });
/** A rotation with its versions. */
export type Rotation = z.infer<typeof RotationSchema>;

const patternFields = {
  name: LabelSchema,
  shiftTypeId: IdSchema,
  startDate: LocalDateSchema,
  startTime: LocalTimeSchema,
  endTime: LocalTimeSchema,
  daysOfWeek: DaysOfWeekSchema.default([1, 2, 3, 4, 5, 6, 7]),
  turnLengthDays: z
    .number({ error: 'Enter the length of a turn in days.' })
    .int('Enter a whole number of days.')
    .min(1, 'A turn lasts at least one day.')
    .max(366, 'A turn lasts at most a year.'),
  /** Defaults to the start time. */
  handoverTime: LocalTimeSchema.optional(),
  people: z.array(IdSchema).min(1, 'Add at least one person to the rotation.').max(60, 'At most 60 people in one rotation.'),
  endDate: LocalDateSchema.nullable().default(null),
};

function endAfterStart(r: { startDate: string; endDate: string | null }): boolean {
  return r.endDate === null || r.endDate >= r.startDate;
}

/** Create a rotation; its first version takes effect on its start date. */
export const RotationAddInputSchema = z
  .object(patternFields)
  .strict()
  .refine(endAfterStart, { message: 'The last date must be on or after the start date.', path: ['endDate'] });

/**
 * Change a rotation from a date on: a new version. Shifts on earlier dates keep the old pattern.
 * The date must not be in the past, and a shift of the rotation that has already started today
 * cannot be moved (use an override for tonight).
 */
export const RotationEditInputSchema = z
  .object({ rotationId: IdSchema, effectiveFrom: LocalDateSchema, ...patternFields })
  .strict()
  .refine(endAfterStart, { message: 'The last date must be on or after the start date.', path: ['endDate'] });

/** Stop a rotation after a date (a new version with no shifts from the next day). */
export const RotationEndInputSchema = z.object({ rotationId: IdSchema, lastDate: LocalDateSchema }).strict();
