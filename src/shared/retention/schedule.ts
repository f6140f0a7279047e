import { z } from 'zod';

/*
 * The retention schedule and the one rule that decides what is due for deletion. Pure (dates in,
 * answer out) so the boundaries are tested without a database; the main process feeds it the
 * facts it reads and re-asks it inside the purge transaction.
 */

/** How long records are kept. */
export const RetentionScheduleSchema = z.object({
  /** Closed cases: this many years after the last contact. */
  closedCaseYears: z.number().int().min(1, 'At least 1 year.').max(50, 'At most 50 years.'),
  /** Unsuccessful referrals (never supported): this many months after the last contact. */
  unsuccessfulReferralMonths: z.number().int().min(1, 'At least 1 month.').max(600, 'At most 600 months.'),
  /** Audit entries: this many years after they were written. */
  auditYears: z.number().int().min(1, 'At least 1 year.').max(50, 'At most 50 years.'),
});
/** How long records are kept. */
export type RetentionSchedule = z.infer<typeof RetentionScheduleSchema>;

/** A partial change of the schedule. */
export const RetentionScheduleUpdateSchema = RetentionScheduleSchema.partial().strict();

/** The defaults: six years for closed cases, a year for unsuccessful referrals, seven for audit. */
export const DEFAULT_RETENTION_SCHEDULE: RetentionSchedule = { closedCaseYears: 6, unsuccessfulReferralMonths: 12, auditYears: 7 };

/** Why a household is due. */
export type DueReason = 'closed_case' | 'unsuccessful_referral';

/** What the rule needs to know about one household. */
export interface HouseholdFacts {
  /**
   * The status of each of its referrals (one per episode), with an accepted referral whose
   * support has ended (exit recorded, nothing still running) given as 'closed'.
   */
  statuses: readonly string[];
  /** The latest dated thing recorded about it (ISO timestamp or date), or null. */
  lastContactAt: string | null;
}

/** The moments before (or at) which things are due, as UTC ISO strings. */
export interface RetentionCutoffs {
  closedCase: string;
  unsuccessfulReferral: string;
  audit: string;
}

function minusMonths(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  // Clamp: 29 February minus a year is 28 February, not 1 March (which would keep data a day less).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** The cut-off moments for a schedule at `now`. */
export function retentionCutoffs(now: Date, s: RetentionSchedule): RetentionCutoffs {
  return {
    closedCase: minusMonths(now, s.closedCaseYears * 12).toISOString(),
    unsuccessfulReferral: minusMonths(now, s.unsuccessfulReferralMonths).toISOString(),
    audit: minusMonths(now, s.auditYears * 12).toISOString(),
  };
}

const ACTIVE = new Set(['new', 'in_progress', 'accepted']);

/**
 * Whether a household is due, and why. Any open episode keeps the whole household; a household
 * whose every referral was not supported is an unsuccessful referral; one with at least one closed
 * (supported) episode and nothing open is a closed case. Due when the last contact is at or before
 * the cut-off. No known last contact means not due (never delete what cannot be dated).
 */
export function dueReason(h: HouseholdFacts, cutoffs: RetentionCutoffs): DueReason | null {
  if (h.statuses.length === 0 || h.lastContactAt === null) return null;
  if (h.statuses.some((s) => ACTIVE.has(s))) return null;
  if (!h.statuses.every((s) => s === 'closed' || s === 'not_supported')) return null;
  const last = new Date(h.lastContactAt.length === 10 ? `${h.lastContactAt}T00:00:00Z` : h.lastContactAt);
  if (Number.isNaN(last.getTime())) return null;
  const at = last.toISOString();
  if (h.statuses.every((s) => s === 'not_supported')) return at <= cutoffs.unsuccessfulReferral ? 'unsuccessful_referral' : null;
  return at <= cutoffs.closedCase ? 'closed_case' : null;
}

/** One household due for deletion, as a manager sees it: a reference, never a name. */
export const RetentionDueCaseSchema = z.object({
  householdId: z.number().int(),
  /** Null for a restricted case the reviewer is not named on (counted and purged all the same). */
  reference: z.string().nullable(),
  restricted: z.boolean(),
  reason: z.enum(['closed_case', 'unsuccessful_referral']),
  lastContactAt: z.string(),
});

/** What a purge would delete now. */
export const RetentionPreviewSchema = z.object({
  schedule: RetentionScheduleSchema,
  cutoffs: z.object({ closedCase: z.string(), unsuccessfulReferral: z.string(), audit: z.string() }),
  cases: z.array(RetentionDueCaseSchema),
  counts: z.object({ closedCases: z.number().int(), unsuccessfulReferrals: z.number().int(), auditEntries: z.number().int() }),
  /** Audit rows with ids up to this one are due (the oldest run of the log), or null. */
  auditThroughId: z.number().int().nullable(),
});
/** What a purge would delete now. */
export type RetentionPreview = z.infer<typeof RetentionPreviewSchema>;

/** The approval: exactly the households and the audit run the preview listed. */
export const RetentionPurgeInputSchema = z
  .object({
    householdIds: z.array(z.number().int().positive()).max(100_000),
    auditThroughId: z.number().int().positive().nullable(),
  })
  .strict();

/** What a purge deleted, in counts. */
export const RetentionPurgeResultSchema = z.object({
  households: z.number().int(),
  rows: z.record(z.string(), z.number().int()),
  auditEntries: z.number().int(),
  vacuumed: z.boolean(),
});
/** What a purge deleted, in counts. */
export type RetentionPurgeResult = z.infer<typeof RetentionPurgeResultSchema>;
