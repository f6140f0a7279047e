import type { OutOfServiceReasonCode } from '../../../../shared/allocation/vocab.allocation';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/*
 * The three kinds of period on a unit's timeline. Every query that decides availability reads
 * only 'active' rows; the overlap triggers of migration 4 hold the same rule.
 */

/** A unit_stays row. */
export interface StayRow {
  id: number;
  unit_id: number;
  household_id: number;
  referral_id: number | null;
  start_date: string;
  expected_end_date: string | null;
  end_date: string | null;
  status: 'active' | 'cancelled';
  hold_id: number | null;
  moved_from_stay_id: number | null;
  note: string;
  override_justification: string | null;
  end_reason: string;
  created_at: string;
  created_by: number | null;
}

/** A unit_holds row. */
export interface HoldRow {
  id: number;
  unit_id: number;
  household_id: number;
  referral_id: number | null;
  start_date: string;
  end_date: string | null;
  expires_at: string;
  status: 'active' | 'cancelled' | 'expired' | 'converted';
  note: string;
  override_justification: string | null;
  created_at: string;
  created_by: number | null;
}

/** A unit_out_of_service row. */
export interface OutOfServiceRow {
  id: number;
  unit_id: number;
  reason: OutOfServiceReasonCode;
  start_date: string;
  end_date: string | null;
  status: 'active' | 'cancelled';
  note: string;
  created_at: string;
  created_by: number | null;
}

const OPEN_END = "'9999-12-31'";
/** Active rows of a table whose nights overlap [?, ?) — parameters: to, from. */
const OVERLAPS = `status = 'active' AND start_date < ? AND coalesce(end_date, ${OPEN_END}) > ?`;

/** Marks holds whose expiry has passed as expired; returns how many. */
export function expireHolds(db: Sqlite, nowIso: string): number {
  return cached(db, "UPDATE unit_holds SET status = 'expired', closed_at = expires_at, close_reason = 'lapsed' WHERE status = 'active' AND expires_at <= ?").run(nowIso)
    .changes;
}

/** Active stays overlapping [from, to) (to may be the open end), for every unit or one. */
export function staysOverlapping(db: Sqlite, from: string, to: string, unitId: number | null = null): StayRow[] {
  if (unitId === null) return cached(db, `SELECT * FROM unit_stays WHERE ${OVERLAPS} ORDER BY unit_id, start_date`).all(to, from) as StayRow[];
  return cached(db, `SELECT * FROM unit_stays WHERE unit_id = ? AND ${OVERLAPS} ORDER BY start_date`).all(unitId, to, from) as StayRow[];
}

/** Active holds overlapping [from, to) that have not lapsed at `nowIso`. */
export function holdsOverlapping(db: Sqlite, from: string, to: string, nowIso: string, unitId: number | null = null): HoldRow[] {
  if (unitId === null) {
    return cached(db, `SELECT * FROM unit_holds WHERE ${OVERLAPS} AND expires_at > ? ORDER BY unit_id, start_date`).all(to, from, nowIso) as HoldRow[];
  }
  return cached(db, `SELECT * FROM unit_holds WHERE unit_id = ? AND ${OVERLAPS} AND expires_at > ? ORDER BY start_date`).all(unitId, to, from, nowIso) as HoldRow[];
}

/** Active out-of-service periods overlapping [from, to). */
export function outOfServiceOverlapping(db: Sqlite, from: string, to: string, unitId: number | null = null): OutOfServiceRow[] {
  if (unitId === null) return cached(db, `SELECT * FROM unit_out_of_service WHERE ${OVERLAPS} ORDER BY unit_id, start_date`).all(to, from) as OutOfServiceRow[];
  return cached(db, `SELECT * FROM unit_out_of_service WHERE unit_id = ? AND ${OVERLAPS} ORDER BY start_date`).all(unitId, to, from) as OutOfServiceRow[];
}

/** One stay. */
export function getStay(db: Sqlite, id: number): StayRow | null {
  return (cached(db, 'SELECT * FROM unit_stays WHERE id = ?').get(id) as StayRow | undefined) ?? null;
}

/** One hold. */
export function getHold(db: Sqlite, id: number): HoldRow | null {
  return (cached(db, 'SELECT * FROM unit_holds WHERE id = ?').get(id) as HoldRow | undefined) ?? null;
}

/** One out-of-service period. */
export function getOutOfService(db: Sqlite, id: number): OutOfServiceRow | null {
  return (cached(db, 'SELECT * FROM unit_out_of_service WHERE id = ?').get(id) as OutOfServiceRow | undefined) ?? null;
}

/** A household's open stay (active, not yet ended or ending after `date`), if any. */
export function openStayOf(db: Sqlite, householdId: number, date: string): StayRow | null {
  return (
    (db
      .prepare(`SELECT * FROM unit_stays WHERE household_id = ? AND status = 'active' AND coalesce(end_date, ${OPEN_END}) > ? ORDER BY start_date DESC LIMIT 1`)
      .get(householdId, date) as StayRow | undefined) ?? null
  );
}

/** A household's active holds that have not lapsed. */
export function activeHoldsOf(db: Sqlite, householdId: number, nowIso: string): HoldRow[] {
  return cached(db, "SELECT * FROM unit_holds WHERE household_id = ? AND status = 'active' AND expires_at > ? ORDER BY id").all(householdId, nowIso) as HoldRow[];
}

/** Inserts a hold. */
export function insertHold(
  db: Sqlite,
  h: { unitId: number; householdId: number; referralId: number | null; startDate: string; endDate: string | null; expiresAt: string; note: string; override: string | null; at: string; by: number | null },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO unit_holds (unit_id, household_id, referral_id, start_date, end_date, expires_at, note, override_justification, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(h.unitId, h.householdId, h.referralId, h.startDate, h.endDate, h.expiresAt, h.note, h.override, h.at, h.by).lastInsertRowid,
  );
}

/** Closes an active hold (cancelled, or converted into a stay). */
export function closeHold(db: Sqlite, id: number, status: 'cancelled' | 'converted', reason: string, at: string, by: number | null): boolean {
  return (
    db
      .prepare("UPDATE unit_holds SET status = ?, close_reason = ?, closed_at = ?, closed_by = ? WHERE id = ? AND status = 'active'")
      .run(status, reason, at, by, id).changes === 1
  );
}

/** Inserts a stay. */
export function insertStay(
  db: Sqlite,
  s: {
    unitId: number;
    householdId: number;
    referralId: number | null;
    startDate: string;
    expectedEndDate: string | null;
    holdId: number | null;
    movedFromStayId: number | null;
    note: string;
    override: string | null;
    at: string;
    by: number | null;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO unit_stays (unit_id, household_id, referral_id, start_date, expected_end_date, hold_id, moved_from_stay_id, note, override_justification, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(s.unitId, s.householdId, s.referralId, s.startDate, s.expectedEndDate, s.holdId, s.movedFromStayId, s.note, s.override, s.at, s.by).lastInsertRowid,
  );
}

/** Ends a stay on the morning of `endDate`. */
export function endStayRow(db: Sqlite, id: number, endDate: string, reason: string, at: string, by: number | null): void {
  cached(db, 'UPDATE unit_stays SET end_date = ?, end_reason = ?, ended_at = ?, ended_by = ? WHERE id = ?').run(endDate, reason, at, by, id);
}

/** Marks a stay as recorded in error. */
export function cancelStayRow(db: Sqlite, id: number, reason: string, at: string, by: number | null): void {
  cached(db, "UPDATE unit_stays SET status = 'cancelled', end_reason = ?, ended_at = ?, ended_by = ? WHERE id = ?").run(reason, at, by, id);
}

/** Inserts an out-of-service period. */
export function insertOutOfService(
  db: Sqlite,
  p: { unitId: number; reason: OutOfServiceReasonCode; startDate: string; endDate: string | null; note: string; at: string; by: number | null },
): number {
  return Number(
    db
      .prepare('INSERT INTO unit_out_of_service (unit_id, reason, start_date, end_date, note, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(p.unitId, p.reason, p.startDate, p.endDate, p.note, p.at, p.by, p.at).lastInsertRowid,
  );
}

/** Ends an out-of-service period on `endDate`, or cancels it when it had not begun by then. */
export function endOutOfServiceRow(db: Sqlite, id: number, endDate: string | null, at: string): void {
  if (endDate === null) cached(db, "UPDATE unit_out_of_service SET status = 'cancelled', updated_at = ? WHERE id = ?").run(at, id);
  else cached(db, 'UPDATE unit_out_of_service SET end_date = ?, updated_at = ? WHERE id = ?').run(endDate, at, id);
}

/** Stays (active) for the figures: every stay overlapping the range, plus those it continues. */
export function staysForFigures(db: Sqlite, from: string, to: string): StayRow[] {
  return db
    .prepare(
      `WITH RECURSIVE chain(id) AS (
         SELECT id FROM unit_stays WHERE ${OVERLAPS}
         UNION SELECT s.moved_from_stay_id FROM unit_stays s JOIN chain c ON s.id = c.id WHERE s.moved_from_stay_id IS NOT NULL
       )
       SELECT * FROM unit_stays WHERE status = 'active' AND id IN (SELECT id FROM chain) ORDER BY id`,
    )
    .all(to, from) as StayRow[];
}
