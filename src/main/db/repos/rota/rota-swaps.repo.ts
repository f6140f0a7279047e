import type { Swap, SwapState } from '../../../../shared/rota/schemas/swap.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

interface SwapRow {
  id: number;
  requester_staff_id: number;
  counterpart_staff_id: number;
  give_shift_type_id: number;
  give_start_local: string;
  give_end_local: string;
  take_shift_type_id: number | null;
  take_start_local: string | null;
  take_end_local: string | null;
  state: SwapState;
  note: string;
  requested_at: string;
  accepted_at: string | null;
  decided_at: string | null;
  decision_comment: string | null;
}

const COLUMNS = `id, requester_staff_id, counterpart_staff_id, give_shift_type_id, give_start_local, give_end_local, take_shift_type_id,
  take_start_local, take_end_local, state, note, requested_at, accepted_at, decided_at, decision_comment`;

function toSwap(r: SwapRow): Swap {
  return {
    id: r.id,
    requesterStaffId: r.requester_staff_id,
    counterpartStaffId: r.counterpart_staff_id,
    give: { shiftTypeId: r.give_shift_type_id, start: r.give_start_local, end: r.give_end_local },
    take:
      r.take_shift_type_id !== null && r.take_start_local !== null && r.take_end_local !== null
        ? { shiftTypeId: r.take_shift_type_id, start: r.take_start_local, end: r.take_end_local }
        : null,
    state: r.state,
    note: r.note,
    requestedAt: r.requested_at,
    acceptedAt: r.accepted_at,
    decidedAt: r.decided_at,
    decisionComment: r.decision_comment,
  };
}

/** Records a swap request; returns the new id. */
export function insertSwap(db: Sqlite, s: Pick<Swap, 'requesterStaffId' | 'counterpartStaffId' | 'give' | 'take' | 'note'>, by: number | null, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rota_swaps (requester_staff_id, counterpart_staff_id, give_shift_type_id, give_start_local, give_end_local,
           take_shift_type_id, take_start_local, take_end_local, state, note, requested_by, requested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?)`,
      )
      .run(
        s.requesterStaffId,
        s.counterpartStaffId,
        s.give.shiftTypeId,
        s.give.start,
        s.give.end,
        s.take?.shiftTypeId ?? null,
        s.take?.start ?? null,
        s.take?.end ?? null,
        s.note,
        by,
        at,
      ).lastInsertRowid,
  );
}

/** Records an acceptance. */
export function markAccepted(db: Sqlite, id: number, by: number, at: string): void {
  cached(db, `UPDATE rota_swaps SET state = 'accepted', accepted_by = ?, accepted_at = ? WHERE id = ?`).run(by, at, id);
}

/** Records a final decision (approved, declined or cancelled). */
export function markDecided(db: Sqlite, id: number, state: Extract<SwapState, 'approved' | 'declined' | 'cancelled'>, by: number, at: string, comment: string | null): void {
  cached(db, 'UPDATE rota_swaps SET state = ?, decided_by = ?, decided_at = ?, decision_comment = ? WHERE id = ?').run(state, by, at, comment, id);
}

/** One swap. */
export function getSwap(db: Sqlite, id: number): Swap | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM rota_swaps WHERE id = ?`).get(id) as SwapRow | undefined;
  return r ? toSwap(r) : null;
}

/** Swaps, newest first, optionally in some states only. */
export function listSwaps(db: Sqlite, states: readonly SwapState[] | null = null): Swap[] {
  const rows = cached(db, `SELECT ${COLUMNS} FROM rota_swaps ORDER BY id DESC`).all() as SwapRow[];
  return rows.map(toSwap).filter((s) => !states || states.includes(s.state));
}

/** Approved swaps (the only ones resolution applies). */
export function approvedSwaps(db: Sqlite): Swap[] {
  return (cached(db, `SELECT ${COLUMNS} FROM rota_swaps WHERE state = 'approved' ORDER BY id`).all() as SwapRow[]).map(toSwap);
}
