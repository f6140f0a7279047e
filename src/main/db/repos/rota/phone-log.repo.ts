import type { PhoneCall } from '../../../../shared/rota/schemas/phone-log.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

interface CallRow {
  id: number;
  call_at: string;
  caller_type: PhoneCall['callerType'];
  case_id: number | null;
  case_reference: string | null;
  case_restricted: number | null;
  action_taken: string;
  manager_called: number;
  police_called: number;
  follow_up_needed: number;
  follow_up_note: string;
  follow_up_closed_by: number | null;
  closed_by_name: string | null;
  follow_up_closed_at: string | null;
  follow_up_close_note: string | null;
  logged_by: number;
  logged_by_name: string;
  logged_at: string;
}

/**
 * A call as stored, before the service adds what it works out (out of hours) and withholds what
 * the reader may not see.
 */
export type CallRecord = Omit<PhoneCall, 'outOfHours' | 'hidden'> & {
  /** Whether the case it is linked to is restricted (false when it has none). */
  caseRestricted: boolean;
};

/** The fields a call is saved with. */
export interface CallFields {
  at: string;
  callerType: PhoneCall['callerType'];
  /** The household's id. */
  caseId: number | null;
  actionTaken: string;
  managerCalled: boolean;
  policeCalled: boolean;
  followUpNeeded: boolean;
  followUpNote: string;
}

const SELECT = `SELECT c.id, c.call_at, c.caller_type, c.case_id, hh.reference AS case_reference, hh.restricted AS case_restricted, c.action_taken, c.manager_called, c.police_called, c.follow_up_needed,
  c.follow_up_note, c.follow_up_closed_by, cu.display_name AS closed_by_name, c.follow_up_closed_at, c.follow_up_close_note,
  c.logged_by, lu.display_name AS logged_by_name, c.logged_at
  FROM phone_calls c JOIN users lu ON lu.id = c.logged_by LEFT JOIN users cu ON cu.id = c.follow_up_closed_by
  LEFT JOIN households hh ON hh.id = c.case_id`;

function toCall(r: CallRow): CallRecord {
  return {
    id: r.id,
    at: r.call_at,
    callerType: r.caller_type,
    caseId: r.case_id,
    caseReference: r.case_reference,
    caseRestricted: r.case_restricted === 1,
    actionTaken: r.action_taken,
    managerCalled: r.manager_called === 1,
    policeCalled: r.police_called === 1,
    followUpNeeded: r.follow_up_needed === 1,
    followUpNote: r.follow_up_note,
    followUpClosedAt: r.follow_up_closed_at,
    followUpClosedByUserId: r.follow_up_closed_by,
    followUpClosedByName: r.closed_by_name,
    followUpClosingNote: r.follow_up_close_note,
    loggedByUserId: r.logged_by,
    loggedByName: r.logged_by_name,
    loggedAt: r.logged_at,
  };
}

const b = (v: boolean) => (v ? 1 : 0);

/** Logs a call; returns the new id. */
export function insertCall(db: Sqlite, c: CallFields, by: number, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO phone_calls (call_at, caller_type, case_id, action_taken, manager_called, police_called, follow_up_needed, follow_up_note, logged_by, logged_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.at, c.callerType, c.caseId, c.actionTaken, b(c.managerCalled), b(c.policeCalled), b(c.followUpNeeded), c.followUpNote, by, at).lastInsertRowid,
  );
}

/** Corrects a call's fields (who logged it and when stay as they were). */
export function updateCall(db: Sqlite, id: number, c: CallFields): void {
  cached(db, 
    `UPDATE phone_calls SET call_at = ?, caller_type = ?, case_id = ?, action_taken = ?, manager_called = ?, police_called = ?, follow_up_needed = ?, follow_up_note = ?
     WHERE id = ?`,
  ).run(c.at, c.callerType, c.caseId, c.actionTaken, b(c.managerCalled), b(c.policeCalled), b(c.followUpNeeded), c.followUpNote, id);
}

/** Closes a follow-up. */
export function closeFollowUp(db: Sqlite, id: number, by: number, at: string, note: string): void {
  cached(db, 'UPDATE phone_calls SET follow_up_closed_by = ?, follow_up_closed_at = ?, follow_up_close_note = ? WHERE id = ?').run(by, at, note, id);
}

/** One call. */
export function getCall(db: Sqlite, id: number): CallRecord | null {
  const r = cached(db, `${SELECT} WHERE c.id = ?`).get(id) as CallRow | undefined;
  return r ? toCall(r) : null;
}

/** Calls in [fromIso, toIso), optionally about one case, newest first. */
export function listCalls(db: Sqlite, f: { fromIso: string | null; toIso: string | null; caseId: number | null; limit: number }): CallRecord[] {
  return (
    db
      .prepare(
        `${SELECT} WHERE (:fromIso IS NULL OR c.call_at >= :fromIso) AND (:toIso IS NULL OR c.call_at < :toIso)
         AND (:caseId IS NULL OR c.case_id = :caseId) ORDER BY c.call_at DESC, c.id DESC LIMIT :limit`,
      )
      .all(f) as CallRow[]
  ).map(toCall);
}

/** Follow-ups still open, oldest first: they stay listed until someone closes them. */
export function openFollowUps(db: Sqlite): CallRecord[] {
  return (cached(db, `${SELECT} WHERE c.follow_up_needed = 1 AND c.follow_up_closed_at IS NULL ORDER BY c.call_at, c.id`).all() as CallRow[]).map(toCall);
}
