import type { CalendarOverride } from '../../../../shared/working-days/working-days';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** An administrator's change to the working-day calendar, with who made it. */
export interface OverrideRow extends CalendarOverride {
  addedBy: string | null;
  addedAt: string;
}

/** Every change, in date order. */
export function listOverrides(db: Sqlite): OverrideRow[] {
  return cached(db, 
      `SELECT o.on_date AS date, o.kind, o.name, u.display_name AS addedBy, o.created_at AS addedAt
         FROM working_day_overrides o LEFT JOIN users u ON u.id = o.created_by ORDER BY o.on_date`,
    )
    .all() as OverrideRow[];
}

/** The change on a date, or null. */
export function getOverride(db: Sqlite, date: string): OverrideRow | null {
  return (cached(db, 'SELECT on_date AS date, kind, name, NULL AS addedBy, created_at AS addedAt FROM working_day_overrides WHERE on_date = ?').get(date) as OverrideRow | undefined) ?? null;
}

/** Records a change. */
export function insertOverride(db: Sqlite, o: CalendarOverride & { by: number | null; at: string }): void {
  cached(db, 'INSERT INTO working_day_overrides (on_date, kind, name, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(o.date, o.kind, o.name, o.by, o.at);
}

/** Removes a change. */
export function deleteOverride(db: Sqlite, date: string): void {
  cached(db, 'DELETE FROM working_day_overrides WHERE on_date = ?').run(date);
}
