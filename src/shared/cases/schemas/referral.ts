import { z } from 'zod';
import { DateOnly, FreeText, Id, Instant, OptionalName, shortText } from '../fields';
import {
  AccommodationUrgency,
  AcceptedTo,
  ContactMethod,
  ContactOutcome,
  ImmediateSafety,
  LeftWaitingListReason,
  NotSupportedReason,
  ReferralChannel,
  ReferralSource,
  ReferralStatus,
  Sex,
  ServiceRequest,
} from '../vocab';

/** A child named at intake (more detail is added on the case record). */
export const IntakeChildSchema = z.object({
  nameOrInitials: OptionalName.refine((s) => s.trim().length > 0, 'Enter a name or initials.'),
  dateOfBirth: DateOnly.nullable().default(null),
  ageYears: z.number().int().min(0, 'Age cannot be negative.').max(17, 'A child is under 18.').nullable().default(null),
  sex: Sex.schema.default('not_known'),
});

/**
 * Quick capture of a referral, often by phone at night. Only the received time, the source and a
 * name, an alias or "anonymous" are required.
 */
export const ReferralCaptureSchema = z
  .object({
    receivedAt: Instant,
    source: ReferralSource.schema,
    referrerName: shortText(200, 'The referrer’s name').default(''),
    referrerContact: shortText(500, 'The referrer’s contact').default(''),
    channel: ReferralChannel.schema.nullable().default(null),
    name: OptionalName.default(''),
    alias: OptionalName.default(''),
    anonymous: z.boolean().default(false),
    dateOfBirth: DateOnly.nullable().default(null),
    safeContactMethod: ContactMethod.schema.nullable().default(null),
    safeContactDetails: shortText(500, 'Safe contact details').default(''),
    safeTimes: shortText(500, 'Safe times').default(''),
    noVoicemail: z.boolean().default(false),
    immediateSafety: ImmediateSafety.schema.default('not_known'),
    immediateSafetyNotes: FreeText.default(''),
    children: z.array(IntakeChildSchema).max(15, 'At most 15 children.').default([]),
    requests: z.array(ServiceRequest.schema).max(4).default([]),
    urgency: AccommodationUrgency.schema.default('not_known'),
    notes: FreeText.default(''),
    /** Link this episode to an earlier household instead of creating a new one. */
    linkHouseholdId: Id.nullable().default(null),
  })
  .strict()
  .refine((v) => v.name.trim() !== '' || v.alias.trim() !== '' || v.anonymous, {
    path: ['name'],
    message: 'Enter a name or an alias, or mark the referral anonymous.',
  });
/** A referral as captured. */
export type ReferralCapture = z.output<typeof ReferralCaptureSchema>;

/** Who might already be known: name and date of birth, or an alias. */
export const MatchQuerySchema = z
  .object({ name: OptionalName.default(''), alias: OptionalName.default(''), dateOfBirth: DateOnly.nullable().default(null) })
  .strict();

/** A possible earlier record of the same person. */
export const PossibleMatchSchema = z.object({
  householdId: z.number().int(),
  displayName: z.string(),
  dateOfBirth: z.string().nullable(),
  references: z.array(z.string()),
  lastReceivedAt: z.string(),
  matchedOn: z.enum(['name_and_date_of_birth', 'alias']),
  restricted: z.boolean(),
});

/** One attempt to make first contact. */
export const ContactAttemptInputSchema = z
  .object({
    referralId: Id,
    at: Instant,
    method: ContactMethod.schema,
    outcome: ContactOutcome.schema,
    notes: FreeText.default(''),
  })
  .strict();

/** A logged contact attempt. */
export const ContactAttemptSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  method: ContactMethod.schema,
  outcome: ContactOutcome.schema,
  notes: z.string(),
  byName: z.string().nullable(),
});

/** The decision that ends a referral. */
export const DecisionInputSchema = z.discriminatedUnion('outcome', [
  z.object({ referralId: Id, outcome: z.literal('accepted'), acceptedTo: AcceptedTo.schema, note: FreeText.default('') }).strict(),
  z
    .object({
      referralId: Id,
      outcome: z.literal('not_supported'),
      reason: NotSupportedReason.schema,
      note: FreeText.default(''),
      /** Unit types that were full, when the reason is capacity or no suitable unit. */
      unitTypesFull: z.array(z.string().max(50)).max(10).default([]),
    })
    .strict(),
]);

/** A manager's adjustment of waiting-list priority, with the reason recorded. */
export const PriorityAdjustmentInputSchema = z
  .object({
    referralId: Id,
    points: z.number().int().min(-500, 'At most 500 points either way.').max(500, 'At most 500 points either way.'),
    reason: z.string().trim().min(3, 'Say why the priority changes.').max(1000),
  })
  .strict();

/** A manager takes a household off the waiting list without a unit, saying why. */
export const LeaveWaitingListInputSchema = z
  .object({
    referralId: Id,
    reason: LeftWaitingListReason.schema,
    note: FreeText.default(''),
  })
  .strict();

/** A row of the due / overdue first-contact list. */
export const ContactDueSchema = z.object({
  referralId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  receivedAt: z.string(),
  dueBy: z.string(),
  overdue: z.boolean(),
  attempts: z.number().int(),
  noVoicemail: z.boolean(),
  safeTimes: z.string(),
  restricted: z.boolean(),
});

/** A row of the waiting list. */
export const WaitingEntrySchema = z.object({
  referralId: z.number().int(),
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  riskLevel: z.enum(['standard', 'medium', 'high']).nullable(),
  waitingSince: z.string(),
  priority: z.number(),
  parts: z.array(z.object({ label: z.string(), points: z.number() })),
  adults: z.number().int(),
  children: z.number().int(),
  restricted: z.boolean(),
});

export { ReferralStatus };

/** What creating a referral returns. */
export const ReferralCreatedSchema = z.object({ referralId: z.number().int(), householdId: z.number().int(), reference: z.string() });
