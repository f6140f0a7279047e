import type { z } from 'zod';
import { allocationFigures, type AllocationFigures } from '../../../shared/allocation/figures';
import { plusDays } from '../../../shared/allocation/nights';
import type { FiguresQuerySchema } from '../../../shared/allocation/schemas/figures.schema';
import { londonDayStart } from '../../../shared/time/london';
import type { Sqlite } from '../../db/connection';
import { outOfServiceOverlapping, staysForFigures } from '../../db/repos/allocation/timeline.repo';
import { unitsOpenBetween } from '../../db/repos/allocation/units.repo';
import { jsonArray } from '../../db/repos/cases/json-columns';
import { requireDb, type Workspace } from '../workspace';

/** Referrals decided "not supported" between two instants. */
function turnAwaysBetween(db: Sqlite, fromIso: string, toIso: string): { reason: string; unitTypesFull: string[] }[] {
  const rows = db
    .prepare("SELECT not_supported_reason AS reason, unit_types_full FROM referrals WHERE status = 'not_supported' AND decided_at >= ? AND decided_at < ?")
    .all(fromIso, toIso) as { reason: string; unit_types_full: string }[];
  return rows.map((r) => ({ reason: r.reason, unitTypesFull: jsonArray(r.unit_types_full) }));
}

/** Occupancy, void nights, length of stay and turn-aways for nights `from`..`to` (inclusive). */
export function figuresFor(ws: Workspace, q: z.output<typeof FiguresQuerySchema>): AllocationFigures {
  const db = requireDb(ws);
  const end = plusDays(q.to, 1);
  return allocationFigures({
    from: q.from,
    to: q.to,
    units: unitsOpenBetween(db, q.from, end).map((u) => ({ id: u.id, openedOn: u.opened_on, closedOn: u.closed_on })),
    outOfService: outOfServiceOverlapping(db, q.from, end).map((p) => ({ unitId: p.unit_id, start: p.start_date, end: p.end_date, reason: p.reason })),
    stays: staysForFigures(db, q.from, end).map((s) => ({ id: s.id, unitId: s.unit_id, start: s.start_date, end: s.end_date, movedFromStayId: s.moved_from_stay_id })),
    turnAways: turnAwaysBetween(db, londonDayStart(q.from).toISOString(), londonDayStart(end).toISOString()),
  });
}
