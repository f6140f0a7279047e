import { openStayOf } from '../../db/repos/allocation/timeline.repo';
import { getUnit } from '../../db/repos/allocation/units.repo';
import { endStay } from '../allocation/stays.service';
import { requireDb, type Workspace } from '../workspace';

/*
 * Where an exit meets the allocation board: the household's current stay, and ending it through
 * the allocation service (its own rules, audit entry and write lock apply; called inside the
 * exit's transaction it becomes a savepoint, so the exit and the end of the stay are written
 * together or not at all).
 */

/** The stay an exit would end. */
export interface CurrentStay {
  id: number;
  unitCode: string;
  unitName: string;
  startDate: string;
}

/** The household's current stay (active and not ended by `today`), or null. */
export function currentStay(ws: Workspace, householdId: number, today: string): CurrentStay | null {
  const db = requireDb(ws);
  const s = openStayOf(db, householdId, today);
  if (!s) return null;
  const u = getUnit(db, s.unit_id);
  return { id: s.id, unitCode: u?.code ?? `unit ${s.unit_id}`, unitName: u?.name ?? '', startDate: s.start_date };
}

/** Ends the stay on the morning of `endDate`, as the exit records. Call inside the exit's transaction. */
export function endStayForExit(ws: Workspace, s: { stayId: number; endDate: string; reason: string }): void {
  endStay(ws, { stayId: s.stayId, endDate: s.endDate, reason: s.reason.slice(0, 500) });
}
