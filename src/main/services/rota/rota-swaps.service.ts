import { AppError } from '../../../shared/errors';
import type { Swap, SwapAction, SwapState } from '../../../shared/rota/schemas/swap.schema';
import { swapStep } from '../../../shared/rota/swap-machine';
import { localToInstant } from '../../../shared/rota/zone';
import { getSwap, insertSwap, listSwaps as listSwapRows, markAccepted, markDecided } from '../../db/repos/rota/rota-swaps.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { assertSelfOrManager, isRotaManager, myStaff, requireShiftType, requireStaff } from './rota-access';

/** Swaps, newest first. */
export function listSwaps(ws: Workspace, input: { states?: SwapState[] }): Swap[] {
  return listSwapRows(requireDb(ws), input.states ?? null);
}

type ShiftRef = { shiftTypeId: number; start: string; end: string };

/** Asks a colleague to take a shift (and optionally take one of theirs). Only future shifts can be swapped. */
export function requestSwap(ws: Workspace, input: { requesterStaffId: number; counterpartStaffId: number; give: ShiftRef; take: ShiftRef | null; note: string }): Swap {
  const db = requireDb(ws);
  requireStaff(db, input.requesterStaffId, 'requesterStaffId');
  const counterpart = requireStaff(db, input.counterpartStaffId, 'counterpartStaffId');
  if (!counterpart.active) throw new AppError('CONFLICT', `${counterpart.name} is no longer on the rota.`, { counterpartStaffId: 'This person is no longer on the rota.' });
  assertSelfOrManager(db, ws, input.requesterStaffId, 'ask for a swap');
  const now = ws.deps.clock.now().getTime();
  requireShiftType(db, input.give.shiftTypeId, 'give.shiftTypeId');
  if (localToInstant(input.give.start) <= now) throw new AppError('CONFLICT', 'That shift has already started, so it cannot be swapped.', { 'give.start': 'Choose a shift that has not started.' });
  if (input.take) {
    requireShiftType(db, input.take.shiftTypeId, 'take.shiftTypeId');
    if (localToInstant(input.take.start) <= now) throw new AppError('CONFLICT', 'That shift has already started, so it cannot be swapped.', { 'take.start': 'Choose a shift that has not started.' });
  }
  let id = 0;
  db.transaction(() => {
    id = insertSwap(db, input, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: 'rota.swap.request', entity: 'rota_swap', entityId: id, detail: `staff ${input.requesterStaffId} to staff ${input.counterpartStaffId}` });
  })();
  return getSwap(db, id)!;
}

/** Accepts, approves, declines or cancels a swap, as the state machine allows for the person acting. */
export function actOnSwap(ws: Workspace, action: SwapAction, input: { id: number; comment?: string }): Swap {
  const db = requireDb(ws);
  const session = requireSession(ws);
  const swap = getSwap(db, input.id);
  if (!swap) throw new AppError('NOT_FOUND', 'That swap does not exist.');
  const me = myStaff(db, ws);
  const step = swapStep(swap.state, action, {
    isRequester: me?.id === swap.requesterStaffId,
    isCounterpart: me?.id === swap.counterpartStaffId,
    isManager: isRotaManager(ws),
  });
  if (!step.ok) throw new AppError(step.why === 'actor' ? 'FORBIDDEN' : 'CONFLICT', step.reason);
  if (action === 'approve' && localToInstant(swap.give.start) <= ws.deps.clock.now().getTime()) {
    throw new AppError('CONFLICT', 'That shift has already started, so the swap can no longer be approved.');
  }
  db.transaction(() => {
    if (step.next === 'accepted') markAccepted(db, swap.id, session.userId, nowIso(ws));
    else if (step.next === 'approved' || step.next === 'declined' || step.next === 'cancelled') markDecided(db, swap.id, step.next, session.userId, nowIso(ws), input.comment ?? null);
    audit(ws, { action: `rota.swap.${action}`, entity: 'rota_swap', entityId: swap.id });
  })();
  return getSwap(db, swap.id)!;
}
