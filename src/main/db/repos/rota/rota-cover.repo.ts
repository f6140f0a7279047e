import type { Cover } from '../../../../shared/rota/schemas/cover.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

interface CoverRow {
  id: number;
  layer: Cover['layer'];
  shift_type_id: number;
  staff_id: number;
  replaces_staff_id: number | null;
  start_local: string;
  end_local: string;
  note: string;
  created_at: string;
}

const COLUMNS = 'id, layer, shift_type_id, staff_id, replaces_staff_id, start_local, end_local, note, created_at';

function toCover(r: CoverRow): Cover {
  return {
    id: r.id,
    layer: r.layer,
    shiftTypeId: r.shift_type_id,
    staffId: r.staff_id,
    replacesStaffId: r.replaces_staff_id,
    start: r.start_local,
    end: r.end_local,
    note: r.note,
    createdAt: r.created_at,
  };
}

/** Adds a one-off shift or override; returns the new id. */
export function insertCover(db: Sqlite, c: Omit<Cover, 'id' | 'createdAt'>, by: number | null, at: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rota_cover (layer, shift_type_id, staff_id, replaces_staff_id, start_local, end_local, note, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.layer, c.shiftTypeId, c.staffId, c.replacesStaffId, c.start, c.end, c.note, by, at).lastInsertRowid,
  );
}

/** One piece of cover. */
export function getCover(db: Sqlite, id: number): Cover | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM rota_cover WHERE id = ?`).get(id) as CoverRow | undefined;
  return r ? toCover(r) : null;
}

/** Removes a piece of cover (the service refuses once it has started). */
export function deleteCover(db: Sqlite, id: number): void {
  cached(db, 'DELETE FROM rota_cover WHERE id = ?').run(id);
}

/** Cover overlapping [fromLocal, toLocal), optionally of one layer, in the order made. */
export function listCover(db: Sqlite, fromLocal: string, toLocal: string, layer: Cover['layer'] | null = null): Cover[] {
  return (
    db
      .prepare(`SELECT ${COLUMNS} FROM rota_cover WHERE end_local > ? AND start_local < ? AND (? IS NULL OR layer = ?) ORDER BY id`)
      .all(fromLocal, toLocal, layer, layer) as CoverRow[]
  ).map(toCover);
}
