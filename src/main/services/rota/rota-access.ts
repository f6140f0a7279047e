import { AppError } from '../../../shared/errors';
import { MANAGERS } from '../../../shared/ipc/access';
import type { ShiftType } from '../../../shared/rota/schemas/shift-type.schema';
import type { StaffMember } from '../../../shared/rota/schemas/staff.schema';
import { londonDayOf } from '../../../shared/rota/zone';
import type { Sqlite } from '../../db/connection';
import { getShiftType } from '../../db/repos/rota/rota-shift-types.repo';
import { getStaff, getStaffByUser } from '../../db/repos/rota/rota-staff.repo';
import { requireSession, type Workspace } from '../workspace';

/** Whether the signed-in person manages the rota (managers and administrators). */
export function isRotaManager(ws: Workspace): boolean {
  return (MANAGERS as readonly string[]).includes(requireSession(ws).role);
}

/** The signed-in person's own entry in the staff directory, if they have one. */
export function myStaff(db: Sqlite, ws: Workspace): StaffMember | null {
  return getStaffByUser(db, requireSession(ws).userId);
}

/**
 * Refuses unless the signed-in person manages the rota or is acting for themselves: workers book
 * their own leave and ask for their own swaps; managers do it for anyone.
 */
export function assertSelfOrManager(db: Sqlite, ws: Workspace, staffId: number, what: string): void {
  if (isRotaManager(ws)) return;
  const me = myStaff(db, ws);
  if (!me) throw new AppError('FORBIDDEN', `You are not in the staff directory yet, so you cannot ${what}. Ask a manager to add you.`);
  if (me.id !== staffId) throw new AppError('FORBIDDEN', `You can only ${what} for yourself. Ask a manager to do it for someone else.`);
}

/** A person in the directory, or NOT_FOUND naming the field. */
export function requireStaff(db: Sqlite, id: number, field = 'staffId'): StaffMember {
  const s = getStaff(db, id);
  if (!s) throw new AppError('NOT_FOUND', 'That person is not in the staff directory.', { [field]: 'Choose someone from the staff directory.' });
  return s;
}

/** A shift type, or NOT_FOUND naming the field. */
export function requireShiftType(db: Sqlite, id: number, field = 'shiftTypeId'): ShiftType {
  const t = getShiftType(db, id);
  if (!t) throw new AppError('NOT_FOUND', 'That shift type does not exist.', { [field]: 'Choose a shift type from the list.' });
  return t;
}

/** Today's London date as an epoch day, from the workspace clock. */
export function today(ws: Workspace): number {
  return londonDayOf(ws.deps.clock.now().getTime());
}

/** Hides contact numbers from everyone but managers and administrators. */
export function redactStaff(ws: Workspace, s: StaffMember): StaffMember {
  return isRotaManager(ws) ? s : { ...s, contactNumber: null };
}
