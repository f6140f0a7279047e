import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { FreeTextSchema, IdSchema, LocalDateSchema, LocalDateTimeSchema } from './common.rota';

/** Where an extra piece of cover sits in resolution: overrides are applied after one-off shifts. */
export const COVER_LAYERS = ['one_off', 'override'] as const;
/** One-off shift or override. */
export const CoverLayerSchema = z.enum(COVER_LAYERS);

/**
 * A one-off shift or an override: `staffId` covers `shiftTypeId` from `start` to `end` (London
 * wall-clock). With `replacesStaffId` the cover replaces that person's shifts of the same type in
 * the range (whatever put them there: a rotation, a one-off, a swap or an earlier override, which
 * is "cover on top of cover"); without it the cover is added on top.
 */
export const CoverSchema = z.object({
  id: IdSchema,
  layer: CoverLayerSchema,
  shiftTypeId: IdSchema,
  staffId: IdSchema,
  replacesStaffId: IdSchema.nullable(),
  start: LocalDateTimeSchema,
  end: LocalDateTimeSchema,
  note: z.string(),
  createdAt: IsoTimestampSchema,
});
/** A one-off shift or override. */
export type Cover = z.infer<typeof CoverSchema>;

/** Add a one-off shift or an override. */
export const CoverAddInputSchema = z
  .object({
    shiftTypeId: IdSchema,
    staffId: IdSchema,
    replacesStaffId: IdSchema.nullable().default(null),
    start: LocalDateTimeSchema,
    end: LocalDateTimeSchema,
    note: FreeTextSchema.default(''),
  })
  .strict()
  .refine((c) => c.end > c.start, { message: 'The shift must end after it starts.', path: ['end'] })
  .refine((c) => c.replacesStaffId !== c.staffId, { message: 'A person cannot replace themselves.', path: ['replacesStaffId'] });

/** Remove a one-off shift or override that has not started yet. */
export const CoverRemoveInputSchema = z.object({ id: IdSchema }).strict();

/** Cover overlapping a period. */
export const CoverListInputSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema })
  .strict()
  .refine((p) => p.to >= p.from, { message: 'The end date must be on or after the start date.', path: ['to'] });
