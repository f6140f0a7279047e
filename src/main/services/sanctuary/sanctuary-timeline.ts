import { Agency, AssessmentPart, CloseReason, MeasureStatus } from '../../../shared/sanctuary/vocab.sanctuary';
import type { Sqlite } from '../../db/connection';
import type { TimelineEvent, TimelineSource } from '../cases/timeline';

type Row = { at: string; kind: string; a: string | null; b: string | null; c: string | null; by: string | null };

// One query per kind of sanctuary event; each returns (at, kind, three detail columns, who).
const QUERIES = `
  SELECT c.created_at AS at, 'sanctuary-referral' AS kind, r.reference AS a, c.tenure AS b, NULL AS c, u.display_name AS by
    FROM sanctuary_cases c JOIN referrals r ON r.id = c.referral_id LEFT JOIN users u ON u.id = c.created_by WHERE c.household_id = :h
  UNION ALL
  SELECT a.created_at, 'sanctuary-assessment', a.part, a.agency, a.started_on, u.display_name
    FROM sanctuary_assessments a JOIN sanctuary_cases c ON c.id = a.case_id LEFT JOIN users u ON u.id = a.created_by WHERE c.household_id = :h
  UNION ALL
  SELECT m.created_at, 'sanctuary-measure', m.name, 'requested', m.requested_on, u.display_name
    FROM sanctuary_measures m JOIN sanctuary_cases c ON c.id = m.case_id LEFT JOIN users u ON u.id = m.created_by WHERE c.household_id = :h
  UNION ALL
  SELECT m.updated_at, 'sanctuary-measure', m.name, m.status, coalesce(m.fitted_on, m.refused_on, m.approved_on), u.display_name
    FROM sanctuary_measures m JOIN sanctuary_cases c ON c.id = m.case_id LEFT JOIN users u ON u.id = m.updated_by
   WHERE c.household_id = :h AND m.status <> 'requested'
  UNION ALL
  SELECT a.created_at, 'sanctuary-approval', a.reference, a.approved_on, NULL, u.display_name
    FROM sanctuary_council_approvals a JOIN sanctuary_cases c ON c.id = a.case_id LEFT JOIN users u ON u.id = a.created_by WHERE c.household_id = :h
  UNION ALL
  SELECT c.updated_at, 'sanctuary-closed', c.close_reason, c.closed_on, NULL, u.display_name
    FROM sanctuary_cases c LEFT JOIN users u ON u.id = c.updated_by WHERE c.household_id = :h AND c.closed_on IS NOT NULL`;

function label(labels: Record<string, string>, code: string | null): string {
  return (code !== null && labels[code]) || (code ?? '');
}

function summary(r: Row): string {
  switch (r.kind) {
    case 'sanctuary-referral':
      return `Sanctuary scheme case opened (${r.a})`;
    case 'sanctuary-assessment':
      return `${label(AssessmentPart.labels, r.a)} by ${label(Agency.labels, r.b).toLowerCase()} (started ${r.c})`;
    case 'sanctuary-measure':
      return r.b === 'requested' ? `Measure requested: ${r.a}` : `Measure ${label(MeasureStatus.labels, r.b).toLowerCase()}: ${r.a} (${r.c})`;
    case 'sanctuary-approval':
      return `Council approval recorded: ${r.a} (${r.b})`;
    case 'sanctuary-closed':
      return `Sanctuary case closed (${r.b}): ${label(CloseReason.labels, r.a).toLowerCase()}`;
    default:
      return r.kind;
  }
}

/** The sanctuary events of a household: the case, its assessment, measures, approvals and closure. */
export const sanctuaryTimeline: TimelineSource = (db: Sqlite, householdId: number): TimelineEvent[] =>
  (db.prepare(QUERIES).all({ h: householdId }) as Row[]).map((r) => ({ at: r.at, kind: r.kind, summary: summary(r), by: r.by }));

