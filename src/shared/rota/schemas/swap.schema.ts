import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { FreeTextSchema, IdSchema, LocalDateTimeSchema } from './common.rota';

/** Where a swap has got to. */
export const SWAP_STATES = ['requested', 'accepted', 'approved', 'declined', 'cancelled'] as const;
/** Where a swap has got to. */
export const SwapStateSchema = z.enum(SWAP_STATES);
/** Where a swap has got to. */
export type SwapState = z.infer<typeof SwapStateSchema>;

/** What someone does to a swap. */
export const SWAP_ACTIONS = ['accept', 'approve', 'decline', 'cancel'] as const;
/** What someone does to a swap. */
export type SwapAction = (typeof SWAP_ACTIONS)[number];

const ShiftRefSchema = z
  .object({ shiftTypeId: IdSchema, start: LocalDateTimeSchema, end: LocalDateTimeSchema })
  .strict()
  .refine((s) => s.end > s.start, { message: 'The shift must end after it starts.', path: ['end'] });

/**
 * A swap: the requester gives their shift (type, start, end) to the counterpart and, optionally,
 * takes one of the counterpart's shifts in return. Once approved, it is applied after one-off
 * shifts and before overrides: the counterpart takes exactly the part of the shift the requester
 * still holds.
 */
export const SwapSchema = z.object({
  id: IdSchema,
  requesterStaffId: IdSchema,
  counterpartStaffId: IdSchema,
  give: z.object({ shiftTypeId: IdSchema, start: LocalDateTimeSchema, end: LocalDateTimeSchema }),
  take: z.object({ shiftTypeId: IdSchema, start: LocalDateTimeSchema, end: LocalDateTimeSchema }).nullable(),
  state: SwapStateSchema,
  note: z.string(),
  requestedAt: IsoTimestampSchema,
  acceptedAt: IsoTimestampSchema.nullable(),
  decidedAt: IsoTimestampSchema.nullable(),
  decisionComment: z.string().nullable(),
});
/** A swap. */
export type Swap = z.infer<typeof SwapSchema>;

/** Ask a colleague to take a shift (optionally taking one of theirs). */
export const SwapRequestInputSchema = z
  .object({
    requesterStaffId: IdSchema,
    counterpartStaffId: IdSchema,
    give: ShiftRefSchema,
    take: ShiftRefSchema.nullable().default(null),
    note: FreeTextSchema.default(''),
  })
  .strict()
  .refine((s) => s.requesterStaffId !== s.counterpartStaffId, { message: 'Choose a colleague, not yourself.', path: ['counterpartStaffId'] });

/** Act on a swap. */
export const SwapActInputSchema = z.object({ id: IdSchema, comment: FreeTextSchema.optional() }).strict();

/** Swaps to list. */
export const SwapListInputSchema = z.object({ states: z.array(SwapStateSchema).optional() }).strict();
