import { z } from 'zod';
import { DateOnly, Id } from '../fields';
import { ContactAttemptSchema } from './referral';
import { PersonSchema } from './people';
import { PerpetratorSchema } from './perpetrator';
import { RiskAssessmentSchema } from './risk';

/** Filters for the case list. */
export const CaseListQuerySchema = z
  .object({
    search: z.string().max(200).default(''),
    status: z.enum(['new', 'in_progress', 'accepted', 'not_supported', 'closed']).nullable().default(null),
    riskLevel: z.enum(['standard', 'medium', 'high', 'not_assessed']).nullable().default(null),
    workerId: Id.nullable().default(null),
    receivedFrom: DateOnly.nullable().default(null),
    receivedTo: DateOnly.nullable().default(null),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

/** One row of the case list. A restricted case the caller may not open shows only that it exists. */
export const CaseListItemSchema = z.object({
  referralId: z.number().int(),
  householdId: z.number().int(),
  reference: z.string(),
  displayName: z.string(),
  dateOfBirth: z.string().nullable(),
  status: z.string(),
  riskLevel: z.string().nullable(),
  receivedAt: z.string(),
  /** When the referral was accepted or not supported (null while undecided, or hidden). */
  decidedAt: z.string().nullable(),
  workerName: z.string().nullable(),
  children: z.number().int(),
  restricted: z.boolean(),
  hidden: z.boolean(),
});

/** The case list with the total matching count. */
export const CaseListSchema = z.object({ total: z.number().int(), items: z.array(CaseListItemSchema) });

/** One episode (referral) of a household. */
export const EpisodeSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  episodeNo: z.number().int(),
  receivedAt: z.string(),
  source: z.string(),
  referrerName: z.string(),
  referrerContact: z.string(),
  channel: z.string().nullable(),
  safeContactMethod: z.string().nullable(),
  safeContactDetails: z.string(),
  safeTimes: z.string(),
  noVoicemail: z.boolean(),
  immediateSafety: z.string(),
  immediateSafetyNotes: z.string(),
  requests: z.array(z.string()),
  urgency: z.string(),
  notes: z.string(),
  status: z.string(),
  acceptedTo: z.string().nullable(),
  notSupportedReason: z.string().nullable(),
  unitTypesFull: z.array(z.string()),
  decisionNote: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  firstContactAt: z.string().nullable(),
  contactDueBy: z.string(),
  contactAttempts: z.array(ContactAttemptSchema),
  createdBy: z.string().nullable(),
});

/** One line of the case timeline. */
export const TimelineEventSchema = z.object({
  at: z.string(),
  kind: z.string(),
  summary: z.string(),
  by: z.string().nullable(),
});

/** An alert in the case header. */
export const CaseAlertSchema = z.object({ kind: z.string(), text: z.string(), severity: z.enum(['danger', 'warning', 'info']) });

/** Everything about one household. */
export const CaseRecordSchema = z.object({
  householdId: z.number().int(),
  reference: z.string(),
  restricted: z.boolean(),
  allowedUserIds: z.array(z.number().int()),
  worker: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  riskLevel: z.enum(['standard', 'medium', 'high']).nullable(),
  alerts: z.array(CaseAlertSchema),
  people: z.array(PersonSchema),
  perpetrators: z.array(PerpetratorSchema),
  episodes: z.array(EpisodeSchema),
  assessments: z.array(RiskAssessmentSchema),
  incidents: z.array(z.object({ id: z.number().int(), occurredOn: z.string(), notes: z.string() })),
  maracReferrals: z.array(z.object({ id: z.number().int(), referredOn: z.string(), meetingOn: z.string().nullable(), actions: z.string() })),
  maracDue: z.array(z.string()),
  timeline: z.array(TimelineEventSchema),
});
/** A case record. */
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/** Open a case record. */
export const CaseGetInputSchema = z.object({ householdId: Id }).strict();

/** Restrict a case to named workers (an empty list lifts the restriction). */
export const RestrictInputSchema = z
  .object({ householdId: Id, userIds: z.array(Id).max(50), reason: z.string().trim().min(3, 'Say why.').max(1000) })
  .strict();

/** Assign the case's key worker. */
export const AssignWorkerInputSchema = z.object({ householdId: Id, userId: Id.nullable() }).strict();

/** Save a half-filled form (kept encrypted in the database). */
export const DraftSaveInputSchema = z
  .object({
    kind: z.enum(['referral']),
    payload: z.string().max(400_000, 'This draft is too large to keep.'),
  })
  .strict();

/** Which draft. */
export const DraftKindInputSchema = z.object({ kind: z.enum(['referral']) }).strict();

/** A saved draft. */
export const DraftSchema = z.object({ kind: z.string(), payload: z.string(), updatedAt: z.string() }).nullable();
