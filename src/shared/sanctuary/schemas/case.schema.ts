import { z } from 'zod';
import { DateOnly, FreeText, Id, shortText } from '../../cases/fields';
import { ReferralCaptureSchema } from '../../cases/schemas/referral';
import { AccommodationUrgency } from '../../cases/vocab';
import { CloseReason, LandlordPermission, NotAcceptedReason, SanctuaryClock, Tenure } from '../vocab.sanctuary';

/*
 * A sanctuary case: one referral (an episode of the household) to the scheme, with the home's
 * tenure and the landlord's permission, the risk assessment's parts, the measures and the
 * council's approvals. The referral itself (received when, from whom, accepted or not) is the
 * intake record; the sanctuary case adds what the scheme needs.
 */

/** The home: tenure and the landlord's permission. */
export const HomeDetailsSchema = z
  .object({
    tenure: Tenure.schema,
    landlordName: shortText(200, 'The landlord’s name').default(''),
    landlordContact: shortText(500, 'The landlord’s contact').default(''),
    landlordPermission: LandlordPermission.schema,
    /** When permission was given or refused. */
    landlordPermissionOn: DateOnly.nullable().default(null),
    /** Required when permission is refused or the landlord is not to be told: why. */
    landlordNote: FreeText.default(''),
  })
  .strict()
  .refine((h) => h.tenure !== 'owner' || h.landlordPermission === 'not_needed', {
    path: ['landlordPermission'],
    message: 'An owner-occupier needs no landlord’s permission.',
  })
  .refine((h) => !(h.landlordPermission === 'refused' || h.landlordPermission === 'not_to_be_told') || h.landlordNote.trim().length > 0, {
    path: ['landlordNote'],
    message: 'Record the reason: measures that alter the home cannot be fitted without the landlord’s permission.',
  });
/** The home's details. */
export type HomeDetails = z.output<typeof HomeDetailsSchema>;

/** Refer a household to the sanctuary scheme: a new referral, or one already taken at intake. */
export const SanctuaryReferInputSchema = z.discriminatedUnion('from', [
  z.object({ from: z.literal('new'), referral: ReferralCaptureSchema, home: HomeDetailsSchema }).strict(),
  z.object({ from: z.literal('existing'), referralId: Id, home: HomeDetailsSchema }).strict(),
]);

/** What referring returns. */
export const SanctuaryReferredSchema = z.object({ caseId: z.number().int(), referralId: z.number().int(), householdId: z.number().int(), reference: z.string() });

/** One case. */
export const CaseIdInputSchema = z.object({ caseId: Id }).strict();

/** Change the home's details and the date of the needs assessment. */
export const SanctuaryUpdateInputSchema = z
  .object({
    caseId: Id,
    home: HomeDetailsSchema,
    /** The day the needs assessment was completed: the support and safety plan is due 5 working days later. */
    needsAssessedOn: DateOnly.nullable().default(null),
  })
  .strict();

/** Accept the referral onto the scheme, or not (with the scheme's reason). */
export const SanctuaryDecideInputSchema = z.discriminatedUnion('outcome', [
  z.object({ caseId: Id, outcome: z.literal('accepted'), note: FreeText.default('') }).strict(),
  z.object({ caseId: Id, outcome: z.literal('not_accepted'), reason: NotAcceptedReason.schema, note: FreeText.default('') }).strict(),
]);

/** The home is no longer safe: refer the household to the safe-accommodation waiting list. */
export const ReferToWaitingListInputSchema = z
  .object({
    caseId: Id,
    reason: z.string().trim().min(3, 'Say why the home is no longer safe.').max(20_000),
    urgency: AccommodationUrgency.schema.default('unsafe_home'),
  })
  .strict();

/** What that returns: the new episode on the waiting list. */
export const ReferredToWaitingListSchema = z.object({ referralId: z.number().int(), reference: z.string() });

/** Close a case. "Referred to safe accommodation" is recorded by that action, not chosen here. */
export const SanctuaryCloseInputSchema = z
  .object({
    caseId: Id,
    closedOn: DateOnly,
    reason: CloseReason.schema.refine((r) => r !== 'moved_to_safe_accommodation', 'Use “Refer to safe accommodation” for a home that is no longer safe.'),
    note: FreeText.default(''),
  })
  .strict();

/** Where a case is. */
export const CaseStage = z.enum(['referred', 'not_accepted', 'open', 'closed']);
/** Labels of the stages. */
export const CASE_STAGE_LABELS: Record<z.infer<typeof CaseStage>, string> = {
  referred: 'Referred — not yet decided',
  not_accepted: 'Not accepted',
  open: 'Open',
  closed: 'Closed',
};

/** Which cases to list. */
export const SanctuaryListInputSchema = z.object({ stage: z.enum(['active', 'referred', 'open', 'closed', 'not_accepted', 'all']).default('active') }).strict();

/** A row of the case list. Restricted cases show that they exist and nothing more. */
export const SanctuaryCaseRowSchema = z.object({
  caseId: z.number().int(),
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  restricted: z.boolean(),
  receivedOn: z.string(),
  stage: CaseStage,
  tenure: Tenure.schema.nullable(),
  landlordPermission: LandlordPermission.schema.nullable(),
  measuresRequested: z.number().int(),
  measuresFitted: z.number().int(),
  awaitingCouncil: z.boolean(),
  overdueClocks: z.number().int(),
});

/** Referrals that asked for the sanctuary scheme and have no sanctuary case yet. */
export const SanctuaryCandidateSchema = z.object({
  referralId: z.number().int(),
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  restricted: z.boolean(),
  receivedAt: z.string(),
  status: z.string(),
});

/** One clock's state. */
export const ClockStateSchema = z.object({
  clock: SanctuaryClock.schema,
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  doneOn: z.string().nullable(),
  status: z.enum(['not_started', 'running', 'overdue', 'met', 'late']),
  workingDays: z.number().int().nullable(),
});

/** A row of the due and overdue list. */
export const SanctuaryDueRowSchema = z.object({
  caseId: z.number().int(),
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  restricted: z.boolean(),
  clock: SanctuaryClock.schema,
  /** What is due, in words ("Risk assessment to start", "CCTV to be fitted"). */
  what: z.string(),
  startOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  /** Working days since the clock started. */
  workingDays: z.number().int(),
});

export { ReferralCaptureSchema };
