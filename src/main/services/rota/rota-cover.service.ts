import { AppError } from '../../../shared/errors';
import type { Cover } from '../../../shared/rota/schemas/cover.schema';
import { dateOf, DAY_MS, dayOf, localToInstant } from '../../../shared/rota/zone';
import { deleteCover, getCover, insertCover, listCover } from '../../db/repos/rota/rota-cover.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { requireShiftType, requireStaff } from './rota-access';

/** The longest a single one-off shift or override may run (a fortnight of manager on call). */
const MAX_COVER_MS = 14 * DAY_MS;

const LABEL: Record<Cover['layer'], string> = { one_off: 'one-off shift', override: 'override' };

/** One-off shifts or overrides overlapping a period of London dates, in the order made. */
export function listCoverIn(ws: Workspace, layer: Cover['layer'], input: { from: string; to: string }): Cover[] {
  return listCover(requireDb(ws), `${input.from}T00:00`, `${dateOf(dayOf(input.to) + 1)}T00:00`, layer);
}

/**
 * Adds a one-off shift or an override. Cover may be recorded for the past (who really covered
 * last night matters for payroll); it is never silently removed once started (see removeCover).
 */
export function addCover(
  ws: Workspace,
  layer: Cover['layer'],
  input: { shiftTypeId: number; staffId: number; replacesStaffId: number | null; start: string; end: string; note: string },
): Cover {
  const db = requireDb(ws);
  requireShiftType(db, input.shiftTypeId);
  const person = requireStaff(db, input.staffId);
  if (!person.active) throw new AppError('CONFLICT', `${person.name} is no longer on the rota.`, { staffId: 'This person is no longer on the rota.' });
  if (input.replacesStaffId !== null) requireStaff(db, input.replacesStaffId, 'replacesStaffId');
  if (localToInstant(input.end) - localToInstant(input.start) > MAX_COVER_MS) {
    throw new AppError('INVALID_INPUT', 'A single shift can last at most 14 days; add another for longer cover.', { end: 'At most 14 days after the start.' });
  }
  let id = 0;
  db.transaction(() => {
    id = insertCover(db, { layer, ...input }, requireSession(ws).userId, nowIso(ws));
    const replaces = input.replacesStaffId !== null ? ` replacing staff ${input.replacesStaffId}` : '';
    audit(ws, { action: `rota.${layer === 'one_off' ? 'oneOff' : 'override'}.add`, entity: 'rota_cover', entityId: id, detail: `staff ${input.staffId}${replaces}` });
  })();
  return getCover(db, id)!;
}

/** Removes a one-off shift or override that has not started; once started, add an override on top instead. */
export function removeCover(ws: Workspace, layer: Cover['layer'], input: { id: number }): { done: true } {
  const db = requireDb(ws);
  const cover = getCover(db, input.id);
  if (!cover || cover.layer !== layer) throw new AppError('NOT_FOUND', `That ${LABEL[layer]} does not exist.`);
  if (localToInstant(cover.start) <= ws.deps.clock.now().getTime()) {
    throw new AppError('CONFLICT', `That ${LABEL[layer]} has already started, so it stays on the record. Add an override on top to change who covers the rest.`);
  }
  db.transaction(() => {
    deleteCover(db, input.id);
    audit(ws, { action: `rota.${layer === 'one_off' ? 'oneOff' : 'override'}.remove`, entity: 'rota_cover', entityId: input.id });
  })();
  return { done: true };
}
