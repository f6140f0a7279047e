import type { z } from 'zod';
import type { AssignWorkerInputSchema, RestrictInputSchema } from '../../../shared/cases/schemas/case-record';
import { AppError } from '../../../shared/errors';
import { getHousehold, setRestriction, setWorker } from '../../db/repos/cases/households.repo';
import { getUser } from '../../db/repos/users.repo';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { mayChangeRestriction, openCase } from './case-access';

/** Restricts a case to named workers, or lifts the restriction (an empty list). */
export function restrictCase(ws: Workspace, input: z.output<typeof RestrictInputSchema>): { restricted: boolean } {
  const db = requireDb(ws);
  const session = requireSession(ws);
  const h = getHousehold(db, input.householdId);
  if (!h) throw new AppError('NOT_FOUND', 'That case does not exist.');
  if (!mayChangeRestriction(ws, h)) {
    audit(ws, { action: 'case.denied', entity: 'household', entityId: h.id, detail: 'change restriction' });
    throw new AppError('FORBIDDEN', 'Only a manager named on this case, or an administrator, can change who may see it.');
  }
  for (const id of input.userIds) {
    const u = getUser(db, id);
    if (!u || !u.active) throw new AppError('INVALID_INPUT', 'Every named worker must be an active account.', { userIds: 'Every named worker must be an active account.' });
  }
  // Whoever restricts a case stays able to see it, so nobody locks themselves out by mistake.
  const ids = input.userIds.length > 0 ? [...new Set([...input.userIds, session.userId])] : [];
  db.transaction(() => {
    setRestriction(db, h.id, ids);
    audit(ws, { action: ids.length ? 'case.restrict' : 'case.unrestrict', entity: 'household', entityId: h.id, detail: ids.length ? `users ${ids.join(',')}` : null });
  })();
  return { restricted: ids.length > 0 };
}

/** Assigns (or clears) the case's key worker. */
export function assignWorker(ws: Workspace, input: z.output<typeof AssignWorkerInputSchema>): { workerId: number | null } {
  const db = requireDb(ws);
  const h = openCase(ws, input.householdId);
  if (input.userId !== null) {
    const u = getUser(db, input.userId);
    if (!u || !u.active) throw new AppError('INVALID_INPUT', 'Choose an active member of staff.', { userId: 'Choose an active member of staff.' });
  }
  db.transaction(() => {
    setWorker(db, h.id, input.userId);
    audit(ws, { action: 'case.assign-worker', entity: 'household', entityId: h.id, detail: input.userId === null ? 'cleared' : `user ${input.userId}` });
  })();
  return { workerId: input.userId };
}
