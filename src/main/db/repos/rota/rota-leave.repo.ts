import type { Leave } from '../../../../shared/rota/schemas/staff.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

interface LeaveRow {
  id: number;
  staff_id: number;
  start_local: string;
  end_local: string;
  type: Leave['type'];
  created_at: string;
}

function toLeave(r: LeaveRow): Leave {
  return { id: r.id, staffId: r.staff_id, start: r.start_local, end: r.end_local, type: r.type, createdAt: r.created_at };
}

const COLUMNS = 'id, staff_id, start_local, end_local, type, created_at';

/** Books leave; returns the new id. */
export function insertLeave(db: Sqlite, l: { staffId: number; start: string; end: string; type: Leave['type']; by: number | null; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO rota_leave (staff_id, start_local, end_local, type, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(l.staffId, l.start, l.end, l.type, l.by, l.at).lastInsertRowid,
  );
}

/** One stretch of leave. */
export function getLeave(db: Sqlite, id: number): Leave | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM rota_leave WHERE id = ?`).get(id) as LeaveRow | undefined;
  return r ? toLeave(r) : null;
}

/** Cancels leave. */
export function deleteLeave(db: Sqlite, id: number): void {
  cached(db, 'DELETE FROM rota_leave WHERE id = ?').run(id);
}

/**
 * Leave overlapping [fromLocal, toLocal) (London wall-clock text compares correctly as text),
 * optionally for one person.
 */
export function listLeave(db: Sqlite, fromLocal: string, toLocal: string, staffId: number | null = null): Leave[] {
  return (
    db
      .prepare(`SELECT ${COLUMNS} FROM rota_leave WHERE end_local > ? AND start_local < ? AND (? IS NULL OR staff_id = ?) ORDER BY start_local, id`)
      .all(fromLocal, toLocal, staffId, staffId) as LeaveRow[]
  ).map(toLeave);
}
