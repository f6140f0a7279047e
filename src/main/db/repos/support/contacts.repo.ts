import type { SupportTypeCode } from '../../../../shared/support/vocab.support';
import type { Sqlite } from '../../connection';
import { cached } from './statements';

/** A support_contacts row with the worker's name resolved. */
export interface ContactRow {
  id: number;
  household_id: number;
  contact_on: string;
  minutes: number;
  time_kind: 'paid' | 'unpaid';
  worker: string;
  support_type: SupportTypeCode;
  notes: string;
  move_on: number;
}

/** Logs a contact. */
export function insertContact(
  db: Sqlite,
  c: {
    householdId: number;
    referralId: number;
    contactOn: string;
    minutes: number;
    timeKind: string;
    workerId: number | null;
    workerName: string;
    supportType: string;
    notes: string;
    moveOn: boolean;
    at: string;
    by: number | null;
  },
): number {
  return Number(
    cached(db, 
        `INSERT INTO support_contacts (household_id, referral_id, contact_on, minutes, time_kind, worker_id, worker_name, support_type, notes, move_on, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.householdId, c.referralId, c.contactOn, c.minutes, c.timeKind, c.workerId, c.workerName, c.supportType, c.notes, c.moveOn ? 1 : 0, c.at, c.by)
      .lastInsertRowid,
  );
}

const SELECT = `SELECT c.id, c.household_id, c.contact_on, c.minutes, c.time_kind,
    CASE WHEN c.worker_id IS NOT NULL THEN u.display_name ELSE c.worker_name END AS worker,
    c.support_type, c.notes, c.move_on
  FROM support_contacts c LEFT JOIN users u ON u.id = c.worker_id`;

/** A household's contacts in a period (either end open), newest first. */
export function contactsOf(db: Sqlite, householdId: number, from: string | null, to: string | null): ContactRow[] {
  return cached(db, `${SELECT} WHERE c.household_id = ? AND (? IS NULL OR c.contact_on >= ?) AND (? IS NULL OR c.contact_on <= ?) ORDER BY c.contact_on DESC, c.id DESC`)
    .all(householdId, from, from, to, to) as ContactRow[];
}

/** Every contact in a period, for service-wide totals (no names or notes). */
export function contactsInPeriod(db: Sqlite, from: string, to: string): { household_id: number; contact_on: string; minutes: number; time_kind: 'paid' | 'unpaid'; support_type: SupportTypeCode }[] {
  return cached(db, 'SELECT household_id, contact_on, minutes, time_kind, support_type FROM support_contacts WHERE contact_on >= ? AND contact_on <= ?')
    .all(from, to) as { household_id: number; contact_on: string; minutes: number; time_kind: 'paid' | 'unpaid'; support_type: SupportTypeCode }[];
}

/** A session_feedback row. */
export interface FeedbackRow {
  id: number;
  session_on: string;
  outcome_total: number | null;
  session_total: number | null;
  notes: string;
  by_name: string | null;
}

/** Records one session's totals. */
export function insertFeedback(
  db: Sqlite,
  f: { householdId: number; referralId: number; sessionOn: string; outcomeTotal: number | null; sessionTotal: number | null; notes: string; at: string; by: number | null },
): number {
  return Number(
    cached(db, 
        `INSERT INTO session_feedback (household_id, referral_id, session_on, outcome_total, session_total, notes, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.householdId, f.referralId, f.sessionOn, f.outcomeTotal, f.sessionTotal, f.notes, f.at, f.by).lastInsertRowid,
  );
}

/** An episode's sessions, oldest first. */
export function feedbackOf(db: Sqlite, referralId: number): FeedbackRow[] {
  return cached(db, 
      `SELECT f.id, f.session_on, f.outcome_total, f.session_total, f.notes, u.display_name AS by_name FROM session_feedback f
       LEFT JOIN users u ON u.id = f.created_by WHERE f.referral_id = ? ORDER BY f.session_on, f.id`,
    )
    .all(referralId) as FeedbackRow[];
}
