import type { CalendarOverride } from '../working-days/working-days';

/*
 * The records the sanctuary outputs read, loaded by the main process for a period
 * (src/main/services/sanctuary/sanctuary-report-facts.ts) and handed to the pure computation in
 * ReportFacts.extra.sanctuary. Dates are London dates (YYYY-MM-DD).
 */

/** A measure of a sanctuary case. */
export interface SanctuaryMeasureFact {
  id: number;
  kind: string;
  level: 'lower' | 'higher';
  status: 'requested' | 'approved' | 'fitted' | 'refused';
  requestedOn: string;
  /** The day its fitting clock ran from: the council's approval if it had one, else the service's. */
  approvalOn: string | null;
  fittedOn: string | null;
  costPence: number | null;
  refusedOn: string | null;
  refusalReason: string | null;
}

/** A sanctuary case (one referral of a household to the scheme) active on or before the period's end. */
export interface SanctuaryCaseFact {
  caseId: number;
  referralId: number;
  householdId: number;
  receivedOn: string;
  source: string;
  tenure: string;
  /** The referral's decision: accepted onto the scheme, not accepted, or not yet decided. */
  decision: 'accepted' | 'not_accepted' | null;
  decidedOn: string | null;
  /** The scheme's reason for not accepting (older referrals decided at intake fall back to "other"). */
  notAcceptedReason: string | null;
  closedOn: string | null;
  /** The first part of the risk assessment to start. */
  riskStartedOn: string | null;
  needsAssessedOn: string | null;
  planAgreedOn: string | null;
  measures: SanctuaryMeasureFact[];
  /** Support contacts of the episode dated in the period: paid minutes, and the types given. */
  paidMinutes: number;
  supportTypes: string[];
}

/** Everything the sanctuary outputs read. */
export interface SanctuaryFacts {
  cases: SanctuaryCaseFact[];
  /** The administrator's changes to the working-day calendar. */
  calendar: CalendarOverride[];
  /** The hourly cost of support staff time, in pence. */
  supportHourlyPence: number;
}
