import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { IdSchema, LocalDateTimeSchema, SexSchema } from './common.rota';
import { GapSchema } from './resolved.schema';

/** Someone covering now. */
export const OnNowPersonSchema = z.object({
  staffId: IdSchema,
  name: z.string(),
  sex: SexSchema,
  shiftTypeId: IdSchema,
  shiftTypeName: z.string(),
  start: IsoTimestampSchema,
  end: IsoTimestampSchema,
  startLocal: LocalDateTimeSchema,
  endLocal: LocalDateTimeSchema,
  /** Restricted: filled in only for managers and administrators. */
  contactNumber: z.string().nullable(),
});
/** Someone covering now. */
export type OnNowPerson = z.infer<typeof OnNowPersonSchema>;

/**
 * Who covers what at a moment, for the home screen's "on now" panel. `validUntil` is the next
 * moment the answer changes (the next handover or the edge of what was resolved), so the panel
 * can ask again then instead of polling.
 */
export const OnNowSchema = z.object({
  at: IsoTimestampSchema,
  atLocal: LocalDateTimeSchema,
  office: z.array(OnNowPersonSchema),
  phone: z.array(OnNowPersonSchema),
  managerOnCall: z.array(OnNowPersonSchema),
  femaleReachable: z.array(OnNowPersonSchema),
  maleReachable: z.array(OnNowPersonSchema),
  nextHandover: z
    .object({
      at: IsoTimestampSchema,
      atLocal: LocalDateTimeSchema,
      coming: z.array(OnNowPersonSchema),
      going: z.array(OnNowPersonSchema),
    })
    .nullable(),
  gapsNow: z.array(GapSchema),
  /** Gaps starting in the next 24 hours. */
  gapsSoon: z.array(GapSchema),
  validUntil: IsoTimestampSchema,
});
/** Who covers what now. */
export type OnNow = z.infer<typeof OnNowSchema>;

/** Ask about now (the default) or another moment. */
export const OnNowInputSchema = z.object({ at: IsoTimestampSchema.optional() }).strict();
