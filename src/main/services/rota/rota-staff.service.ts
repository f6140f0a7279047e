import { AppError } from '../../../shared/errors';
import type { StaffMember, Leave } from '../../../shared/rota/schemas/staff.schema';
import { dateOf, dayOf } from '../../../shared/rota/zone';
import { getUser } from '../../db/repos/users.repo';
import { deleteLeave, getLeave, insertLeave, listLeave as listLeaveRows } from '../../db/repos/rota/rota-leave.repo';
import {
  getStaffByUser,
  insertStaff,
  listStaff as listStaffRows,
  setStaffActive as setActiveRow,
  staffCandidates as candidateRows,
  updateStaff as updateStaffRow,
  type StaffFields,
} from '../../db/repos/rota/rota-staff.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { assertSelfOrManager, isRotaManager, myStaff, redactStaff, requireStaff } from './rota-access';

/** The staff directory; contact numbers only for managers and administrators. */
export function listStaff(ws: Workspace, input: { includeInactive: boolean }): StaffMember[] {
  return listStaffRows(requireDb(ws), input.includeInactive).map((s) => redactStaff(ws, s));
}

/** User accounts that are not yet in the directory (to add them in one step). */
export function staffCandidates(ws: Workspace): { userId: number; displayName: string; role: string }[] {
  return candidateRows(requireDb(ws));
}

/** Adds someone to the directory, optionally linked to their user account. */
export function addStaff(ws: Workspace, input: StaffFields & { userId: number | null }): StaffMember {
  const db = requireDb(ws);
  requireSession(ws);
  if (input.userId !== null) {
    if (!getUser(db, input.userId)) throw new AppError('NOT_FOUND', 'That user account does not exist.', { userId: 'Choose a user account from the list.' });
    if (getStaffByUser(db, input.userId)) throw new AppError('CONFLICT', 'That account is already in the staff directory.', { userId: 'Already in the directory.' });
  }
  let id = 0;
  db.transaction(() => {
    id = insertStaff(db, { ...input, at: nowIso(ws) });
    audit(ws, { action: 'rota.staff.add', entity: 'rota_staff', entityId: id, detail: input.userId !== null ? `user ${input.userId}` : null });
  })();
  return requireStaff(db, id);
}

/** Changes someone's directory entry. */
export function updateStaff(ws: Workspace, input: StaffFields & { id: number }): StaffMember {
  const db = requireDb(ws);
  requireStaff(db, input.id, 'id');
  db.transaction(() => {
    updateStaffRow(db, input.id, { ...input, at: nowIso(ws) });
    audit(ws, { action: 'rota.staff.update', entity: 'rota_staff', entityId: input.id });
  })();
  return requireStaff(db, input.id);
}

/** Takes someone off the rota (their past shifts keep their name) or puts them back. */
export function setStaffActive(ws: Workspace, input: { id: number; active: boolean }): StaffMember {
  const db = requireDb(ws);
  const s = requireStaff(db, input.id, 'id');
  if (s.active === input.active) return s;
  db.transaction(() => {
    setActiveRow(db, input.id, input.active, nowIso(ws));
    audit(ws, { action: input.active ? 'rota.staff.reactivate' : 'rota.staff.deactivate', entity: 'rota_staff', entityId: input.id });
  })();
  return requireStaff(db, input.id);
}

/** Kinds of leave that say something about a person's health or family. */
const PRIVATE_LEAVE: readonly Leave['type'][] = ['sick', 'parental'];

/**
 * Leave overlapping a period of London dates. Everyone needs to know who is away; only managers
 * (and the person themselves) see that it is sick or parental leave: others see "unavailable".
 */
export function listLeave(ws: Workspace, input: { from: string; to: string; staffId?: number }): Leave[] {
  const db = requireDb(ws);
  const rows = listLeaveRows(db, `${input.from}T00:00`, `${dateOf(dayOf(input.to) + 1)}T00:00`, input.staffId ?? null);
  if (isRotaManager(ws)) return rows;
  const me = myStaff(db, ws)?.id;
  return rows.map((l) => (l.staffId !== me && PRIVATE_LEAVE.includes(l.type) ? { ...l, type: 'unavailable' } : l));
}

/** Books leave: workers for themselves, managers for anyone. Past leave may be recorded (sickness is often logged afterwards). */
export function addLeave(ws: Workspace, input: { staffId: number; start: string; end: string; type: Leave['type'] }): Leave {
  const db = requireDb(ws);
  requireStaff(db, input.staffId);
  assertSelfOrManager(db, ws, input.staffId, 'book leave');
  let id = 0;
  db.transaction(() => {
    id = insertLeave(db, { ...input, by: requireSession(ws).userId, at: nowIso(ws) });
    // Only ids: the kind of leave (sickness) is the staff member's personal data.
    audit(ws, { action: 'rota.leave.add', entity: 'rota_leave', entityId: id, detail: `staff ${input.staffId}` });
  })();
  return getLeave(db, id)!;
}

/** Cancels leave: workers their own, managers anyone's. */
export function removeLeave(ws: Workspace, input: { id: number }): { done: true } {
  const db = requireDb(ws);
  const leave = getLeave(db, input.id);
  if (!leave) throw new AppError('NOT_FOUND', 'That leave has already been cancelled.');
  assertSelfOrManager(db, ws, leave.staffId, 'cancel leave');
  db.transaction(() => {
    deleteLeave(db, input.id);
    audit(ws, { action: 'rota.leave.remove', entity: 'rota_leave', entityId: input.id, detail: `staff ${leave.staffId}` });
  })();
  return { done: true };
}
