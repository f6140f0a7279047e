import { z } from 'zod';
import { DateOnly } from '../../cases/fields';
import { nightsBetween } from '../nights';

/** A range of nights, both ends inclusive, at most ten years. */
export const FiguresQuerySchema = z
  .object({ from: DateOnly, to: DateOnly })
  .strict()
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'The end cannot be before the start.' })
  .refine((v) => nightsBetween(v.from, v.to) <= 3660, { path: ['to'], message: 'At most ten years at a time.' });

/** Allocation figures for a range (definitions in src/shared/allocation/figures.ts). */
export const FiguresSchema = z.object({
  from: z.string(),
  to: z.string(),
  nights: z.number().int(),
  unitNights: z.number().int(),
  outOfServiceNights: z.number().int(),
  outOfServiceByReason: z.record(z.string(), z.number().int()),
  inServiceNights: z.number().int(),
  occupiedNights: z.number().int(),
  voidNights: z.number().int(),
  occupancy: z.number().nullable(),
  staysEnded: z.number().int(),
  averageStayNights: z.number().nullable(),
  medianStayNights: z.number().nullable(),
  turnAways: z.number().int(),
  turnAwaysByReason: z.record(z.string(), z.number().int()),
  unitTypesFull: z.record(z.string(), z.number().int()),
});
