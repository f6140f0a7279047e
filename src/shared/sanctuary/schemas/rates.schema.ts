import { z } from 'zod';
import { Id } from '../../cases/fields';
import { MeasureKindSchema, MeasureLevel } from '../vocab.sanctuary';
import { Pence } from './measures.schema';

/*
 * The schedule of rates the service keeps: each line a measure with its level and unit cost.
 * Lines are edited, never deleted (a case keeps the name and price it was requested at); a line no
 * longer offered is made inactive.
 */

/** A line of the schedule of rates. */
export const RateSchema = z.object({
  id: z.number().int(),
  kind: MeasureKindSchema,
  name: z.string(),
  level: MeasureLevel.schema,
  unitCostPence: z.number().int(),
  unit: z.string(),
  needsFireCheck: z.boolean(),
  altersProperty: z.boolean(),
  active: z.boolean(),
});
/** A line of the schedule of rates. */
export type Rate = z.infer<typeof RateSchema>;

/** Add (id null) or change a line. */
export const RateSaveInputSchema = z
  .object({
    id: Id.nullable().default(null),
    kind: MeasureKindSchema,
    name: z.string().trim().min(1, 'Name the measure.').max(200, 'At most 200 characters.'),
    level: MeasureLevel.schema,
    unitCostPence: Pence,
    unit: z.string().trim().min(1, 'Say what the cost is per (each, window, metre…).').max(40, 'At most 40 characters.').default('each'),
    needsFireCheck: z.boolean(),
    altersProperty: z.boolean(),
    active: z.boolean().default(true),
  })
  .strict();

/** The hourly cost of support staff time, for "cost per measure including support". */
export const SupportRateInputSchema = z.object({ hourlyPence: Pence.max(100_000, 'At most £1,000 an hour.') }).strict();

/** The schedule and the support rate. */
export const RatesListSchema = z.object({ rates: z.array(RateSchema), supportHourlyPence: z.number().int() });
