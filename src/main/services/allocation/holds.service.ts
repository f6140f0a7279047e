import type { z } from 'zod';
import { plusDays, shortDay } from '../../../shared/allocation/nights';
import type { CancelHoldInputSchema, HoldInputSchema } from '../../../shared/allocation/schemas/timeline.schema';
import { AppError } from '../../../shared/errors';
import { closeHold, getHold, insertHold, openStayOf } from '../../db/repos/allocation/timeline.repo';
import { getUnit } from '../../db/repos/allocation/units.repo';
import { openCase } from '../cases/case-access';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { auditOverride, bookingTransaction, checkDateWithin, checkPlacement, mustGetUnit, today } from './booking';
import { placementReferral } from './referral-link';

/** The longest a hold may run before it lapses. */
export const MAX_HOLD_DAYS = 14;

/** Holds a unit for a household's expected arrival, until the expiry time. */
export function holdUnit(ws: Workspace, input: z.output<typeof HoldInputSchema>): { id: number; overridden: boolean } {
  openCase(ws, input.householdId);
  const now = ws.deps.clock.now();
  const day = today(ws);
  checkDateWithin('startDate', input.startDate, day, plusDays(day, 90), 'The first night held');
  const expires = new Date(input.expiresAt);
  if (expires.getTime() <= now.getTime()) throw new AppError('INVALID_INPUT', 'The hold must end in the future.', { expiresAt: 'The hold must end in the future.' });
  if (expires.getTime() > now.getTime() + MAX_HOLD_DAYS * 86_400_000) {
    const m = `A hold lasts at most ${MAX_HOLD_DAYS} days; hold it again if the arrival is later.`;
    throw new AppError('INVALID_INPUT', m, { expiresAt: m });
  }
  const userId = requireSession(ws).userId;
  return bookingTransaction(ws, (db, at) => {
    const unit = mustGetUnit(db, input.unitId);
    const staying = openStayOf(db, input.householdId, input.startDate);
    if (staying) {
      const where = getUnit(db, staying.unit_id)?.code ?? 'another unit';
      throw new AppError('CONFLICT', `This household is already staying in ${where}: use "Move" to move them.`);
    }
    const referral = placementReferral(db, input.householdId, input.referralId);
    const { assessment, overridden } = checkPlacement(ws, db, at, { unit, householdId: input.householdId, start: input.startDate, end: input.endDate, override: input.override });
    if (assessment.heldForHousehold) throw new AppError('CONFLICT', `This household already holds ${unit.code} for those nights.`);
    const id = insertHold(db, {
      unitId: unit.id,
      householdId: input.householdId,
      referralId: referral?.id ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      expiresAt: expires.toISOString(),
      note: input.note,
      override: overridden ? input.override!.justification : null,
      at,
      by: userId,
    });
    audit(ws, { action: 'allocation.hold', entity: 'unit', entityId: unit.id, detail: `hold ${id} for household ${input.householdId} from ${shortDay(input.startDate)}, lapses ${expires.toISOString()}` });
    if (overridden) auditOverride(ws, { unit, householdId: input.householdId, assessment, justification: input.override!.justification, action: 'held for' });
    return { id, overridden };
  });
}

/** Cancels an active hold, with the reason. */
export function cancelHold(ws: Workspace, input: z.output<typeof CancelHoldInputSchema>): { id: number } {
  const first = getHold(requireDb(ws), input.holdId);
  if (!first) throw new AppError('NOT_FOUND', 'That hold does not exist.');
  openCase(ws, first.household_id);
  const userId = requireSession(ws).userId;
  return bookingTransaction(ws, (db, at) => {
    const h = getHold(db, input.holdId)!;
    if (h.status !== 'active') throw new AppError('CONFLICT', `This hold is no longer active (${h.status === 'expired' ? 'it lapsed' : h.status}). Nothing was changed.`);
    closeHold(db, h.id, 'cancelled', input.reason, at, userId);
    audit(ws, { action: 'allocation.cancel-hold', entity: 'unit', entityId: h.unit_id, detail: `hold ${h.id} for household ${h.household_id}: ${input.reason}` });
    return { id: h.id };
  });
}

