import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/*
 * The SQL behind the sanctuary outputs: the cases active on or before a period's end, with their
 * measures, the first part of the risk assessment, the support plan's date and the support given
 * in the period. Sets of ids go in as one JSON array (json_each).
 */

/** A case with its referral's decision (instants still UTC). */
export interface SanctuaryCaseFactRow {
  id: number;
  referral_id: number;
  household_id: number;
  received_at: string;
  source: string;
  tenure: string;
  status: string;
  accepted_to: string | null;
  decided_at: string | null;
  not_accepted_reason: string | null;
  closed_on: string | null;
  needs_assessed_on: string | null;
  risk_started_on: string | null;
  plan_agreed_on: string | null;
}

/** Cases whose referral arrived before `toIso` and that were not closed before `from`. */
export function sanctuaryCasesUpTo(db: Sqlite, from: string, toIso: string): SanctuaryCaseFactRow[] {
  return cached(db, 
      `SELECT c.id, c.referral_id, c.household_id, r.received_at, r.source, c.tenure, r.status, r.accepted_to, r.decided_at, c.not_accepted_reason,
              c.closed_on, c.needs_assessed_on,
              (SELECT min(a.started_on) FROM sanctuary_assessments a WHERE a.case_id = c.id) AS risk_started_on,
              (SELECT p.agreed_on FROM support_plans p WHERE p.referral_id = c.referral_id) AS plan_agreed_on
         FROM sanctuary_cases c JOIN referrals r ON r.id = c.referral_id
        WHERE r.received_at < :toIso AND (c.closed_on IS NULL OR c.closed_on >= :from)`,
    )
    .all({ from, toIso }) as SanctuaryCaseFactRow[];
}

/** A measure, with the day its fitting clock ran from. */
export interface SanctuaryMeasureFactRow {
  id: number;
  case_id: number;
  kind: string;
  level: 'lower' | 'higher';
  status: 'requested' | 'approved' | 'fitted' | 'refused';
  requested_on: string;
  approval_on: string | null;
  fitted_on: string | null;
  cost_pence: number | null;
  refused_on: string | null;
  refusal_reason: string | null;
}

/** The measures of some cases. */
export function measuresOfCaseIds(db: Sqlite, caseIds: readonly number[]): SanctuaryMeasureFactRow[] {
  return cached(db, 
      `SELECT m.id, m.case_id, m.kind, m.level, m.status, m.requested_on, coalesce(a.approved_on, m.approved_on) AS approval_on, m.fitted_on, m.cost_pence,
              m.refused_on, m.refusal_reason
         FROM sanctuary_measures m LEFT JOIN sanctuary_council_approvals a ON a.id = m.council_approval_id
        WHERE m.case_id IN (SELECT value FROM json_each(?)) ORDER BY m.id`,
    )
    .all(JSON.stringify(caseIds)) as SanctuaryMeasureFactRow[];
}

/** Support contacts of some episodes dated in a period: paid minutes and the types given, per episode. */
export function supportOfEpisodes(db: Sqlite, referralIds: readonly number[], from: string, to: string): Map<number, { paidMinutes: number; types: string[] }> {
  const rows = cached(db, 
      `SELECT referral_id, support_type, sum(CASE WHEN time_kind = 'paid' THEN minutes ELSE 0 END) AS paid
         FROM support_contacts
        WHERE referral_id IN (SELECT value FROM json_each(?)) AND contact_on >= ? AND contact_on <= ?
        GROUP BY referral_id, support_type`,
    )
    .all(JSON.stringify(referralIds), from, to) as { referral_id: number; support_type: string; paid: number }[];
  const out = new Map<number, { paidMinutes: number; types: string[] }>();
  for (const r of rows) {
    let e = out.get(r.referral_id);
    if (!e) out.set(r.referral_id, (e = { paidMinutes: 0, types: [] }));
    e.paidMinutes += r.paid;
    e.types.push(r.support_type);
  }
  return out;
}
