import { z } from 'zod';
import { DateOnly, FreeText, Id, Instant } from '../../cases/fields';
import { OutOfServiceReason, TurnAwayReason, UnitType } from '../vocab.allocation';

/*
 * The actions on a unit's timeline. Nights are London dates: a start date is the first night, an
 * end date the morning of leaving (exclusive). A missing end means open-ended.
 */

/**
 * A manager's written reason for placing a household in a unit the rules say does not suit
 * (audited). It can set aside fit reasons only, never availability.
 */
export const OverrideSchema = z
  .object({
    justification: z
      .string()
      .trim()
      .min(10, 'Write why this unit is right despite the reasons (at least 10 characters).')
      .max(2000, 'At most 2,000 characters.'),
  })
  .strict();

const Reason = z.string().trim().min(3, 'Say why, in a few words.').max(500, 'At most 500 characters.');

function endAfterStart<T extends { startDate: string; endDate: string | null }>(v: T): boolean {
  return v.endDate === null || v.endDate > v.startDate;
}
const END_AFTER_START = { path: ['endDate'], message: 'The end must be after the start (the end is the morning they leave).' };

/** Holds a unit for a household's expected arrival, until `expiresAt`. */
export const HoldInputSchema = z
  .object({
    unitId: Id,
    householdId: Id,
    /** The referral being placed (waiting list or a new referral), when known. */
    referralId: Id.nullable().default(null),
    startDate: DateOnly,
    endDate: DateOnly.nullable().default(null),
    expiresAt: Instant,
    note: FreeText.default(''),
    override: OverrideSchema.nullable().default(null),
  })
  .strict()
  .refine(endAfterStart, END_AFTER_START);

/** Cancels an active hold. */
export const CancelHoldInputSchema = z.object({ holdId: Id, reason: Reason }).strict();

/** The household has arrived: their stay starts (converting their hold on the unit, if any). */
export const ArriveInputSchema = z
  .object({
    unitId: Id,
    householdId: Id,
    referralId: Id.nullable().default(null),
    startDate: DateOnly,
    expectedEndDate: DateOnly.nullable().default(null),
    note: FreeText.default(''),
    override: OverrideSchema.nullable().default(null),
  })
  .strict()
  .refine((v) => v.expectedEndDate === null || v.expectedEndDate > v.startDate, {
    path: ['expectedEndDate'],
    message: 'The expected end must be after the arrival.',
  });

/** Moves a resident household to another unit from a date (the first night in the new unit). */
export const MoveInputSchema = z
  .object({
    stayId: Id,
    toUnitId: Id,
    date: DateOnly,
    reason: Reason,
    override: OverrideSchema.nullable().default(null),
  })
  .strict();

/** Ends a stay on the morning of `endDate` (the exit step records why they left). */
export const EndStayInputSchema = z.object({ stayId: Id, endDate: DateOnly, reason: Reason }).strict();

/** Takes a unit out of service. */
export const OutOfServiceInputSchema = z
  .object({
    unitId: Id,
    reason: OutOfServiceReason.schema,
    startDate: DateOnly,
    endDate: DateOnly.nullable().default(null),
    note: FreeText.default(''),
  })
  .strict()
  .refine(endAfterStart, END_AFTER_START);

/** Brings a unit back into service: the period ends on `endDate` (or is cancelled if it had not begun). */
export const EndOutOfServiceInputSchema = z.object({ periodId: Id, endDate: DateOnly }).strict();

/** Records that no unit could be offered: the referral is not supported, for capacity or suitability. */
export const TurnAwayInputSchema = z
  .object({
    referralId: Id,
    reason: TurnAwayReason.schema,
    unitTypesFull: z.array(UnitType.schema).max(6).default([]),
    note: FreeText.default(''),
  })
  .strict();

/** What a booking action returns. */
export const BookedSchema = z.object({ id: z.number().int(), overridden: z.boolean() });
