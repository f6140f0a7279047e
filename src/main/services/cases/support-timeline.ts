import { AssessmentStage, BudgetPurpose, EventKind, ExitReason, SupportType } from '../../../shared/support/vocab.support';
import { formatPounds } from '../../../shared/support/budget';
import { formatDuration } from '../../../shared/support/support-hours';
import type { Sqlite } from '../../db/connection';
import type { TimelineEvent, TimelineSource } from './timeline';

type Row = { at: string; kind: string; a: string | null; b: string | null; c: string | null; by: string | null };

// One query per kind of support event; each returns (at, kind, three detail columns, who).
const QUERIES = `
  SELECT p.created_at AS at, 'support-plan' AS kind, r.reference AS a, NULL AS b, NULL AS c, u.display_name AS by
    FROM support_plans p JOIN referrals r ON r.id = p.referral_id LEFT JOIN users u ON u.id = p.created_by WHERE p.household_id = :h
  UNION ALL
  SELECT a.created_at, 'outcome-scores', a.stage, a.assessed_on, NULL, u.display_name
    FROM outcome_assessments a JOIN support_plans p ON p.id = a.plan_id LEFT JOIN users u ON u.id = a.created_by WHERE p.household_id = :h
  UNION ALL
  SELECT c.created_at, 'support-contact', c.support_type, CAST(c.minutes AS TEXT), c.time_kind, u.display_name
    FROM support_contacts c LEFT JOIN users u ON u.id = c.created_by WHERE c.household_id = :h
  UNION ALL
  SELECT f.created_at, 'session-feedback', f.session_on, NULL, NULL, u.display_name
    FROM session_feedback f LEFT JOIN users u ON u.id = f.created_by WHERE f.household_id = :h
  UNION ALL
  SELECT e.created_at, 'support-event', e.kind, e.event_on, NULL, u.display_name
    FROM support_events e LEFT JOIN users u ON u.id = e.created_by WHERE e.household_id = :h
  UNION ALL
  SELECT s.created_at, 'budget-spend', CAST(s.amount_pence AS TEXT), s.purpose, NULL, u.display_name
    FROM budget_spends s JOIN personal_budgets b ON b.id = s.budget_id LEFT JOIN users u ON u.id = s.created_by WHERE b.household_id = :h
  UNION ALL
  SELECT x.created_at, 'exit', x.reason, x.exited_on, CAST(x.planned AS TEXT), u.display_name
    FROM support_exits x LEFT JOIN users u ON u.id = x.created_by WHERE x.household_id = :h
  UNION ALL
  SELECT m.created_at, 'move-on', m.start_on, m.latest_end_on, NULL, u.display_name
    FROM move_on_support m LEFT JOIN users u ON u.id = m.created_by WHERE m.household_id = :h
  UNION ALL
  SELECT l.at, 'letter', l.template_code, l.how, NULL, u.display_name
    FROM letters_issued l LEFT JOIN users u ON u.id = l.by_user WHERE l.household_id = :h`;

function label<T extends string>(labels: Record<T, string>, code: string | null): string {
  return (code !== null && (labels as Record<string, string>)[code]) || (code ?? '');
}

function summary(r: Row): string {
  switch (r.kind) {
    case 'support-plan':
      return `Support and safety plan started (${r.a})`;
    case 'outcome-scores':
      return `Outcome scores recorded: ${label(AssessmentStage.labels, r.a).toLowerCase()} (${r.b})`;
    case 'support-contact':
      return `Support contact: ${label(SupportType.labels, r.a)}, ${formatDuration(Number(r.b))}${r.c === 'unpaid' ? ' (volunteer)' : ''}`;
    case 'session-feedback':
      return `Session feedback recorded (${r.a})`;
    case 'support-event':
      return `${label(EventKind.labels, r.a)} logged (${r.b})`;
    case 'budget-spend':
      return `Personal budget spend: ${formatPounds(Number(r.a))} on ${label(BudgetPurpose.labels, r.b).toLowerCase()}`;
    case 'exit':
      return `${r.c === '1' ? 'Planned' : 'Unplanned'} exit (${r.b}): ${label(ExitReason.labels, r.a).toLowerCase()}`;
    case 'move-on':
      return `Move-on support started (${r.a}, until ${r.b} at the latest)`;
    case 'letter':
      return `Letter ${r.b === 'print' ? 'printed' : 'saved as PDF'}: ${r.a}`;
    default:
      return r.kind;
  }
}

/** The support events of a household: plans, scores, contacts, feedback, events, spends, exits, letters. */
export const supportTimeline: TimelineSource = (db: Sqlite, householdId: number): TimelineEvent[] =>
  (db.prepare(QUERIES).all({ h: householdId }) as Row[]).map((r) => ({ at: r.at, kind: r.kind, summary: summary(r), by: r.by }));
