import type { z } from 'zod';
import { plusDays, shortDay } from '../../../shared/allocation/nights';
import type { ArriveInputSchema, EndStayInputSchema, MoveInputSchema } from '../../../shared/allocation/schemas/timeline.schema';
import { AppError } from '../../../shared/errors';
import { activeHoldsOf, cancelStayRow, closeHold, endStayRow, getStay, insertStay, openStayOf, type StayRow } from '../../db/repos/allocation/timeline.repo';
import { getUnit } from '../../db/repos/allocation/units.repo';
import { openCase } from '../cases/case-access';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { auditOverride, bookingTransaction, checkDateWithin, checkPlacement, mustGetUnit, today } from './booking';
import { markArrived, placementReferral } from './referral-link';

/** How many days back an arrival, move or end may be recorded (a late entry after a busy night). */
export const BACKDATE_DAYS = 7;

/**
 * The household has arrived: the stay starts on `startDate` (tonight, or up to a week ago when
 * recorded late). Their hold on this unit becomes the stay; any other hold they had is released.
 */
export function confirmArrival(ws: Workspace, input: z.output<typeof ArriveInputSchema>): { id: number; overridden: boolean } {
  openCase(ws, input.householdId);
  const day = today(ws);
  checkDateWithin('startDate', input.startDate, plusDays(day, -BACKDATE_DAYS), day, 'The arrival');
  const userId = requireSession(ws).userId;
  return bookingTransaction(ws, (db, at) => {
    const unit = mustGetUnit(db, input.unitId);
    const staying = openStayOf(db, input.householdId, input.startDate);
    if (staying) {
      const where = staying.unit_id === unit.id ? unit.code : (getUnit(db, staying.unit_id)?.code ?? 'another unit');
      throw new AppError('CONFLICT', `This household is already staying in ${where}${staying.unit_id === unit.id ? '' : ': use "Move" to move them'}. Nothing was changed.`);
    }
    const referral = placementReferral(db, input.householdId, input.referralId);
    // Their own holds: the one on this unit becomes the stay, the others are released. Closed
    // before the stay is written so the overlap triggers see the unit free for them.
    const holds = activeHoldsOf(db, input.householdId, at);
    const own = holds.find((h) => h.unit_id === unit.id) ?? null;
    for (const h of holds) {
      closeHold(db, h.id, h === own ? 'converted' : 'cancelled', h === own ? 'arrived' : `arrived in ${unit.code}`, at, userId);
      if (h !== own) audit(ws, { action: 'allocation.cancel-hold', entity: 'unit', entityId: h.unit_id, detail: `hold ${h.id} released: arrived in ${unit.code}` });
    }
    const { assessment, overridden } = checkPlacement(ws, db, at, {
      unit,
      householdId: input.householdId,
      start: input.startDate,
      end: null,
      override: input.override ?? (own?.override_justification ? { justification: own.override_justification } : null),
    });
    const id = insertStay(db, {
      unitId: unit.id,
      householdId: input.householdId,
      referralId: referral?.id ?? own?.referral_id ?? null,
      startDate: input.startDate,
      expectedEndDate: input.expectedEndDate,
      holdId: own?.id ?? null,
      movedFromStayId: null,
      note: input.note,
      override: overridden ? (input.override?.justification ?? own?.override_justification ?? null) : null,
      at,
      by: userId,
    });
    markArrived(ws, db, referral, at, unit.code);
    audit(ws, { action: 'allocation.arrive', entity: 'unit', entityId: unit.id, detail: `stay ${id}: household ${input.householdId} from ${shortDay(input.startDate)}${own ? ` (hold ${own.id})` : ''}` });
    if (overridden && input.override) auditOverride(ws, { unit, householdId: input.householdId, assessment, justification: input.override.justification, action: 'placed' });
    return { id, overridden };
  });
}

function mustGetOpenStay(ws: Workspace, stayId: number): StayRow {
  const s = getStay(requireDb(ws), stayId);
  if (!s || s.status !== 'active') throw new AppError('NOT_FOUND', 'That stay does not exist.');
  openCase(ws, s.household_id);
  return s;
}

/** Moves a resident household to another unit: the first night there is `date`. */
export function moveHousehold(ws: Workspace, input: z.output<typeof MoveInputSchema>): { id: number; overridden: boolean } {
  const first = mustGetOpenStay(ws, input.stayId);
  const day = today(ws);
  checkDateWithin('date', input.date, plusDays(day, -BACKDATE_DAYS), plusDays(day, 28), 'The move');
  const userId = requireSession(ws).userId;
  return bookingTransaction(ws, (db, at) => {
    const stay = getStay(db, first.id)!;
    if (stay.unit_id === input.toUnitId) throw new AppError('INVALID_INPUT', 'Choose a different unit to move to.', { toUnitId: 'Choose a different unit to move to.' });
    if (input.date <= stay.start_date) throw new AppError('INVALID_INPUT', 'The move must be after the first night of the stay.', { date: 'The move must be after the first night of the stay.' });
    if (stay.end_date !== null && input.date >= stay.end_date) {
      throw new AppError('CONFLICT', `This stay ends on ${shortDay(stay.end_date)}, before the move. Nothing was changed.`);
    }
    const from = mustGetUnit(db, stay.unit_id);
    const to = mustGetUnit(db, input.toUnitId);
    // The old stay ends first so the household's own nights do not count against the move.
    endStayRow(db, stay.id, input.date, `moved to ${to.code}: ${input.reason}`, at, userId);
    const { assessment, overridden } = checkPlacement(ws, db, at, { unit: to, householdId: stay.household_id, start: input.date, end: stay.end_date, override: input.override });
    const id = insertStay(db, {
      unitId: to.id,
      householdId: stay.household_id,
      referralId: stay.referral_id,
      startDate: input.date,
      expectedEndDate: stay.expected_end_date !== null && stay.expected_end_date > input.date ? stay.expected_end_date : null,
      holdId: null,
      movedFromStayId: stay.id,
      note: input.reason,
      override: overridden ? input.override!.justification : null,
      at,
      by: userId,
    });
    if (stay.end_date !== null) endStayRow(db, id, stay.end_date, stay.end_reason, at, userId);
    audit(ws, { action: 'allocation.move', entity: 'unit', entityId: to.id, detail: `household ${stay.household_id} from ${from.code} to ${to.code} on ${shortDay(input.date)} (stay ${stay.id} → ${id}): ${input.reason}` });
    if (overridden) auditOverride(ws, { unit: to, householdId: stay.household_id, assessment, justification: input.override!.justification, action: 'moved' });
    return { id, overridden };
  });
}

/**
 * Ends a stay on the morning of `endDate` — the hook the exit step calls (it records the exit
 * itself: planned or not, reason, destination). An end date in the future records a planned
 * departure (the unit can then be held from that morning). An end on the first night's date
 * means the stay was recorded in error: it is cancelled and no longer counts.
 */
export function endStay(ws: Workspace, input: z.output<typeof EndStayInputSchema>): { id: number } {
  const first = mustGetOpenStay(ws, input.stayId);
  const day = today(ws);
  checkDateWithin('endDate', input.endDate, plusDays(day, -BACKDATE_DAYS), plusDays(day, 365), 'The end');
  const userId = requireSession(ws).userId;
  return bookingTransaction(ws, (db, at) => {
    const stay = getStay(db, first.id)!;
    if (stay.end_date !== null && stay.end_date <= day) {
      throw new AppError('CONFLICT', `This stay already ended on ${shortDay(stay.end_date)}. Nothing was changed.`);
    }
    if (input.endDate < stay.start_date) throw new AppError('INVALID_INPUT', 'A stay cannot end before it began.', { endDate: 'A stay cannot end before it began.' });
    if (input.endDate === stay.start_date) {
      cancelStayRow(db, stay.id, `recorded in error: ${input.reason}`, at, userId);
      audit(ws, { action: 'allocation.cancel-stay', entity: 'unit', entityId: stay.unit_id, detail: `stay ${stay.id} of household ${stay.household_id} recorded in error: ${input.reason}` });
      return { id: stay.id };
    }
    endStayRow(db, stay.id, input.endDate, input.reason, at, userId);
    audit(ws, { action: 'allocation.end-stay', entity: 'unit', entityId: stay.unit_id, detail: `stay ${stay.id} of household ${stay.household_id} ends ${shortDay(input.endDate)}: ${input.reason}` });
    return { id: stay.id };
  });
}
