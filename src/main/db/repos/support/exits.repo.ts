import type { Sqlite } from '../../connection';
import { cached } from './statements';

/** A support_exits row with its recorder's name. */
export interface ExitRow {
  id: number;
  household_id: number;
  referral_id: number;
  exited_on: string;
  planned: number;
  reason: string;
  destination: string;
  achieving_independence: string;
  notes: string;
  stay_id: number | null;
  follow_up_due_on: string | null;
  follow_up_done_on: string | null;
  follow_up_result: 'reached' | 'not_reached' | 'declined' | null;
  follow_up_notes: string;
  by_name: string | null;
}

/** The exit of an episode. */
export function exitOf(db: Sqlite, referralId: number): ExitRow | null {
  return (
    (cached(db, 'SELECT e.*, u.display_name AS by_name FROM support_exits e LEFT JOIN users u ON u.id = e.created_by WHERE e.referral_id = ?').get(referralId) as
      | ExitRow
      | undefined) ?? null
  );
}

/** Records an exit. */
export function insertExit(
  db: Sqlite,
  e: {
    householdId: number;
    referralId: number;
    exitedOn: string;
    planned: boolean;
    reason: string;
    destination: string;
    achievingIndependence: string;
    notes: string;
    stayId: number | null;
    followUpDueOn: string | null;
    at: string;
    by: number | null;
  },
): number {
  return Number(
    cached(db, 
        `INSERT INTO support_exits (household_id, referral_id, exited_on, planned, reason, destination, achieving_independence, notes, stay_id, follow_up_due_on, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.householdId, e.referralId, e.exitedOn, e.planned ? 1 : 0, e.reason, e.destination, e.achievingIndependence, e.notes, e.stayId, e.followUpDueOn, e.at, e.by)
      .lastInsertRowid,
  );
}

/** Records the follow-up of an exit. */
export function recordFollowUp(db: Sqlite, exitId: number, f: { doneOn: string; result: string; notes: string; by: number | null }): void {
  cached(db, 'UPDATE support_exits SET follow_up_done_on = ?, follow_up_result = ?, follow_up_notes = ?, follow_up_by = ? WHERE id = ?').run(f.doneOn, f.result, f.notes, f.by, exitId);
}

/** Follow-ups not yet done that are due on or before `until`. */
export function followUpsUntil(db: Sqlite, until: string): { household_id: number; exited_on: string; follow_up_due_on: string }[] {
  return cached(db, 
      `SELECT household_id, exited_on, follow_up_due_on FROM support_exits
       WHERE follow_up_due_on IS NOT NULL AND follow_up_done_on IS NULL AND follow_up_due_on <= ? ORDER BY follow_up_due_on`,
    )
    .all(until) as { household_id: number; exited_on: string; follow_up_due_on: string }[];
}

/** A move_on_support row. */
export interface MoveOnRow {
  id: number;
  referral_id: number;
  start_on: string;
  latest_end_on: string;
  ended_on: string | null;
}

/** The move-on support of an episode. */
export function moveOnOf(db: Sqlite, referralId: number): MoveOnRow | null {
  return (cached(db, 'SELECT id, referral_id, start_on, latest_end_on, ended_on FROM move_on_support WHERE referral_id = ?').get(referralId) as MoveOnRow | undefined) ?? null;
}

/** Starts move-on support. */
export function insertMoveOn(db: Sqlite, m: { householdId: number; referralId: number; startOn: string; latestEndOn: string; note: string; at: string; by: number | null }): number {
  return Number(
    cached(db, 'INSERT INTO move_on_support (household_id, referral_id, start_on, latest_end_on, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(m.householdId, m.referralId, m.startOn, m.latestEndOn, m.note, m.at, m.by).lastInsertRowid,
  );
}

/** Ends move-on support. */
export function endMoveOn(db: Sqlite, id: number, m: { endedOn: string; note: string; at: string; by: number | null }): void {
  cached(db, 'UPDATE move_on_support SET ended_on = ?, end_note = ?, ended_at = ?, ended_by = ? WHERE id = ?').run(m.endedOn, m.note, m.at, m.by, id);
}
