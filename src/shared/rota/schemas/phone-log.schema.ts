import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { FreeTextSchema, IdSchema, RequiredTextSchema } from './common.rota';

/** Who rang. */
export const CALLER_TYPES = ['resident', 'ex_resident', 'new_referral', 'professional', 'family_or_friend', 'unknown_or_silent', 'other'] as const;
/** Who rang. */
export const CallerTypeSchema = z.enum(CALLER_TYPES, { error: 'Choose who rang.' });

/** Plain-English labels for screens, exports and the CLI. */
export const CALLER_TYPE_LABELS: Record<(typeof CALLER_TYPES)[number], string> = {
  resident: 'Resident',
  ex_resident: 'Ex-resident',
  new_referral: 'New referral',
  professional: 'Professional',
  family_or_friend: 'Family or friend',
  unknown_or_silent: 'Unknown / silent',
  other: 'Other',
};

/**
 * A call logged out of hours. `caseId` links the case it concerns: the household's id (what the
 * case record opens by), checked by the service when the link is made; `caseReference` is that
 * case's reference (C-000123) for screens. `outOfHours` is worked out from the time: outside
 * Monday–Friday 09:00–17:00 London time.
 *
 * `hidden`: the call concerns a restricted case the reader is not named on. They are told when
 * it came in, who rang, who logged it and whether a follow-up is open, and that it is about a
 * restricted case; which case, what was said and done, who was called and the follow-up notes
 * are withheld (null), as the case record itself is.
 */
export const PhoneCallSchema = z.object({
  id: IdSchema,
  at: IsoTimestampSchema,
  callerType: CallerTypeSchema,
  caseId: IdSchema.nullable(),
  caseReference: z.string().nullable(),
  actionTaken: z.string().nullable(),
  managerCalled: z.boolean().nullable(),
  policeCalled: z.boolean().nullable(),
  followUpNeeded: z.boolean(),
  followUpNote: z.string().nullable(),
  followUpClosedAt: IsoTimestampSchema.nullable(),
  followUpClosedByUserId: IdSchema.nullable(),
  followUpClosedByName: z.string().nullable(),
  followUpClosingNote: z.string().nullable(),
  loggedByUserId: IdSchema,
  loggedByName: z.string(),
  loggedAt: IsoTimestampSchema,
  outOfHours: z.boolean(),
  hidden: z.boolean(),
});
/** A logged call. */
export type PhoneCall = z.infer<typeof PhoneCallSchema>;

const callFields = {
  /** When the call came in (defaults to now). */
  at: IsoTimestampSchema.optional(),
  callerType: CallerTypeSchema,
  caseId: IdSchema.nullable().default(null),
  actionTaken: RequiredTextSchema,
  managerCalled: z.boolean().default(false),
  policeCalled: z.boolean().default(false),
  followUpNeeded: z.boolean().default(false),
  followUpNote: FreeTextSchema.default(''),
};

/** Log a call. */
export const PhoneCallAddInputSchema = z.object(callFields).strict();

/** Correct a call's record (the person who logged it, or a manager). */
export const PhoneCallUpdateInputSchema = z.object({ id: IdSchema, ...callFields }).strict();

/** Close a follow-up, saying what was done. */
export const FollowUpCloseInputSchema = z.object({ id: IdSchema, note: RequiredTextSchema }).strict();

/** Calls in a span of time, newest first. */
export const PhoneCallListInputSchema = z
  .object({
    from: IsoTimestampSchema.optional(),
    to: IsoTimestampSchema.optional(),
    caseId: IdSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
