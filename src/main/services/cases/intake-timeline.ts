import { ContactOutcome, NotSupportedReason, AcceptedTo, ReferralSource } from '../../../shared/cases/vocab';
import type { Sqlite } from '../../db/connection';
import type { TimelineEvent, TimelineSource } from './timeline';

type Row = { at: string; kind: string; a: string | null; b: string | null; by: string | null };

// One query per kind of event; each returns (at, kind, two detail columns, who).
const QUERIES = `
  SELECT r.received_at AS at, 'referral' AS kind, r.reference AS a, r.source AS b, u.display_name AS by
    FROM referrals r LEFT JOIN users u ON u.id = r.created_by WHERE r.household_id = :h
  UNION ALL
  SELECT c.at, 'contact', c.outcome, c.method, u.display_name
    FROM contact_attempts c JOIN referrals r ON r.id = c.referral_id LEFT JOIN users u ON u.id = c.by_user WHERE r.household_id = :h
  UNION ALL
  SELECT r.decided_at, 'decision', r.status, coalesce(r.accepted_to, r.not_supported_reason), u.display_name
    FROM referrals r LEFT JOIN users u ON u.id = r.decided_by WHERE r.household_id = :h AND r.decided_at IS NOT NULL
  UNION ALL
  SELECT a.assessed_at, 'assessment', a.level, CAST(a.yes_count AS TEXT), u.display_name
    FROM risk_assessments a LEFT JOIN users u ON u.id = a.assessed_by WHERE a.household_id = :h
  UNION ALL
  SELECT m.created_at, 'marac', m.referred_on, m.meeting_on, u.display_name
    FROM marac_referrals m LEFT JOIN users u ON u.id = m.created_by WHERE m.household_id = :h
  UNION ALL
  SELECT i.created_at, 'incident', i.occurred_on, NULL, u.display_name
    FROM incidents i LEFT JOIN users u ON u.id = i.created_by WHERE i.household_id = :h
  UNION ALL
  SELECT p.at, 'priority', CAST(p.points AS TEXT), p.reason, u.display_name
    FROM priority_adjustments p JOIN referrals r ON r.id = p.referral_id LEFT JOIN users u ON u.id = p.by_user WHERE r.household_id = :h`;

function summary(r: Row): string {
  switch (r.kind) {
    case 'referral':
      return `Referral ${r.a} received (${ReferralSource.labels[r.b as keyof typeof ReferralSource.labels] ?? r.b})`;
    case 'contact':
      return `Contact attempt: ${ContactOutcome.labels[r.a as keyof typeof ContactOutcome.labels] ?? r.a}`;
    case 'decision':
      return r.a === 'accepted'
        ? `Accepted: ${AcceptedTo.labels[r.b as keyof typeof AcceptedTo.labels] ?? r.b}`
        : `Not supported: ${NotSupportedReason.labels[r.b as keyof typeof NotSupportedReason.labels] ?? r.b}`;
    case 'assessment':
      return `Risk assessed: ${r.a} (${r.b} “yes”)`;
    case 'marac':
      return `MARAC referral made (${r.a})${r.b ? `, meeting ${r.b}` : ''}`;
    case 'incident':
      return `Incident recorded (${r.a})`;
    case 'priority':
      return `Waiting-list priority adjusted by ${Number(r.a) > 0 ? '+' : ''}${r.a}: ${r.b}`;
    default:
      return r.kind;
  }
}

/** The intake events of a household: referrals, contacts, decisions, assessments, MARAC, incidents. */
export const intakeTimeline: TimelineSource = (db: Sqlite, householdId: number): TimelineEvent[] =>
  (db.prepare(QUERIES).all({ h: householdId }) as Row[]).map((r) => ({ at: r.at, kind: r.kind, summary: summary(r), by: r.by }));
