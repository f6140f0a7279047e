import { AppError } from '../../../shared/errors';
import { caseAccessList, getHousehold, hasCaseAccess, type HouseholdRow } from '../../db/repos/cases/households.repo';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';

/*
 * Who may see a case. A restricted case (for example a staff member's relative) is open only to
 * the workers named on it; everyone else sees that it exists and nothing more. Restricted fields
 * (a child's school) are shown to managers, administrators and the case's key worker.
 */

/** Whether the signed-in person may open this household. */
export function maySeeCase(ws: Workspace, h: Pick<HouseholdRow, 'id' | 'restricted'>): boolean {
  if (h.restricted !== 1) return true;
  return hasCaseAccess(requireDb(ws), h.id, requireSession(ws).userId);
}

/** The household, or NOT_FOUND / FORBIDDEN (audited) when it cannot be opened. */
export function openCase(ws: Workspace, householdId: number): HouseholdRow {
  const db = requireDb(ws);
  const h = getHousehold(db, householdId);
  if (!h) throw new AppError('NOT_FOUND', 'That case does not exist.');
  if (!maySeeCase(ws, h)) {
    audit(ws, { action: 'case.denied', entity: 'household', entityId: householdId, detail: 'restricted case' });
    throw new AppError('FORBIDDEN', 'This case is restricted to named workers. Ask a manager if you need to work on it.');
  }
  return h;
}

/** Whether restricted fields (a child's school) are visible to the signed-in person on this case. */
export function maySeeRestrictedFields(ws: Workspace, h: Pick<HouseholdRow, 'worker_id'>): boolean {
  const s = requireSession(ws);
  return s.role === 'administrator' || s.role === 'manager' || h.worker_id === s.userId;
}

/**
 * Whether the signed-in person may change a case's restriction: a manager named on it, or an
 * administrator (so a restricted case is never orphaned when its workers leave; audited).
 */
export function mayChangeRestriction(ws: Workspace, h: Pick<HouseholdRow, 'id' | 'restricted'>): boolean {
  const s = requireSession(ws);
  if (s.role === 'administrator') return true;
  if (s.role !== 'manager') return false;
  return h.restricted !== 1 || caseAccessList(requireDb(ws), h.id).includes(s.userId);
}
