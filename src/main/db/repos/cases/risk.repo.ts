import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A risk_assessments row with the assessor's name. */
export interface AssessmentRow {
  id: number;
  household_id: number;
  referral_id: number;
  assessed_at: string;
  assessed_by_name: string | null;
  checklist_id: string;
  answers: string;
  yes_count: number;
  visible_high: number;
  suggested_level: 'standard' | 'medium' | 'high';
  level: 'standard' | 'medium' | 'high';
  by_judgement: number;
  reason: string;
  escalation: number;
  repeat_marac: number;
  holistic: string;
  primary_need: string | null;
  secondary_needs: string;
}

/** Stores an assessment (reassessments add rows: the history is kept). */
export function insertAssessment(
  db: Sqlite,
  a: {
    householdId: number;
    referralId: number;
    assessedAt: string;
    assessedBy: number | null;
    checklistId: string;
    answers: Record<string, string>;
    yesCount: number;
    visibleHigh: boolean;
    suggestedLevel: string;
    level: string;
    byJudgement: boolean;
    reason: string;
    escalation: boolean;
    repeatMarac: boolean;
    holistic: object;
    primaryNeed: string | null;
    secondaryNeeds: string[];
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO risk_assessments (household_id, referral_id, assessed_at, assessed_by, checklist_id, answers, yes_count, visible_high,
           suggested_level, level, by_judgement, reason, escalation, repeat_marac, holistic, primary_need, secondary_needs)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.householdId,
        a.referralId,
        a.assessedAt,
        a.assessedBy,
        a.checklistId,
        JSON.stringify(a.answers),
        a.yesCount,
        a.visibleHigh ? 1 : 0,
        a.suggestedLevel,
        a.level,
        a.byJudgement ? 1 : 0,
        a.reason,
        a.escalation ? 1 : 0,
        a.repeatMarac ? 1 : 0,
        JSON.stringify(a.holistic),
        a.primaryNeed,
        JSON.stringify(a.secondaryNeeds),
      ).lastInsertRowid,
  );
}

/** A household's assessments, newest first. */
export function assessmentsOf(db: Sqlite, householdId: number): AssessmentRow[] {
  return db
    .prepare(
      `SELECT r.*, u.display_name AS assessed_by_name FROM risk_assessments r LEFT JOIN users u ON u.id = r.assessed_by
       WHERE r.household_id = ? ORDER BY r.assessed_at DESC, r.id DESC`,
    )
    .all(householdId) as AssessmentRow[];
}

/** Adds an incident. */
export function insertIncident(db: Sqlite, i: { householdId: number; occurredOn: string; notes: string; by: number | null; at: string }): number {
  return Number(
    cached(db, 'INSERT INTO incidents (household_id, occurred_on, notes, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(i.householdId, i.occurredOn, i.notes, i.by, i.at)
      .lastInsertRowid,
  );
}

/** A household's incidents, newest first. */
export function incidentsOf(db: Sqlite, householdId: number): { id: number; occurred_on: string; notes: string }[] {
  return cached(db, 'SELECT id, occurred_on, notes FROM incidents WHERE household_id = ? ORDER BY occurred_on DESC, id DESC').all(householdId) as {
    id: number;
    occurred_on: string;
    notes: string;
  }[];
}

/** Adds or updates a MARAC referral. */
export function saveMarac(db: Sqlite, m: { id: number | null; householdId: number; referredOn: string; meetingOn: string | null; actions: string; by: number | null; at: string }): number {
  if (m.id !== null) {
    cached(db, 'UPDATE marac_referrals SET referred_on = ?, meeting_on = ?, actions = ? WHERE id = ? AND household_id = ?').run(m.referredOn, m.meetingOn, m.actions, m.id, m.householdId);
    return m.id;
  }
  return Number(
    db
      .prepare('INSERT INTO marac_referrals (household_id, referred_on, meeting_on, actions, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(m.householdId, m.referredOn, m.meetingOn, m.actions, m.by, m.at).lastInsertRowid,
  );
}

/** A household's MARAC referrals, newest first. */
export function maracOf(db: Sqlite, householdId: number): { id: number; referred_on: string; meeting_on: string | null; actions: string; created_at: string }[] {
  return cached(db, 'SELECT id, referred_on, meeting_on, actions, created_at FROM marac_referrals WHERE household_id = ? ORDER BY referred_on DESC, id DESC').all(householdId) as {
    id: number;
    referred_on: string;
    meeting_on: string | null;
    actions: string;
    created_at: string;
  }[];
}
