import type { z } from 'zod';
import { OPEN_END, plusDays, shortDay } from '../../../shared/allocation/nights';
import type { EndOutOfServiceInputSchema, OutOfServiceInputSchema } from '../../../shared/allocation/schemas/timeline.schema';
import { OutOfServiceReason } from '../../../shared/allocation/vocab.allocation';
import { AppError } from '../../../shared/errors';
import { endOutOfServiceRow, getOutOfService, holdsOverlapping, insertOutOfService, staysOverlapping } from '../../db/repos/allocation/timeline.repo';
import { audit, requireSession, type Workspace } from '../workspace';
import { bookingTransaction, checkDateWithin, checkUnitOpen, mustGetUnit, today } from './booking';
import { BACKDATE_DAYS } from './stays.service';

/**
 * Takes a unit out of service (repair, cleaning, void, closed) for a range of nights. Refused
 * while a household is staying or a hold is active on any of those nights: end the stay or
 * cancel the hold first, so nobody is left in a unit the board says is empty.
 */
export function setOutOfService(ws: Workspace, input: z.output<typeof OutOfServiceInputSchema>): { id: number } {
  const day = today(ws);
  checkDateWithin('startDate', input.startDate, plusDays(day, -BACKDATE_DAYS), plusDays(day, 365), 'The first night out of service');
  const userId = requireSession(ws).userId;
  return bookingTransaction(ws, (db, at) => {
    const unit = mustGetUnit(db, input.unitId);
    checkUnitOpen(unit, input.startDate, input.endDate);
    const end = input.endDate ?? OPEN_END;
    const stay = staysOverlapping(db, input.startDate, end, unit.id)[0];
    if (stay) throw new AppError('CONFLICT', `${unit.code} has a household staying from ${shortDay(stay.start_date)}${stay.end_date ? ` until ${shortDay(stay.end_date)}` : ''}: end or move the stay first.`);
    const hold = holdsOverlapping(db, input.startDate, end, at, unit.id)[0];
    if (hold) throw new AppError('CONFLICT', `${unit.code} is held for a household from ${shortDay(hold.start_date)}: cancel the hold first.`);
    const id = insertOutOfService(db, { unitId: unit.id, reason: input.reason, startDate: input.startDate, endDate: input.endDate, note: input.note, at, by: userId });
    const until = input.endDate ? ` until ${shortDay(input.endDate)}` : ' (no end date)';
    audit(ws, { action: 'allocation.out-of-service', entity: 'unit', entityId: unit.id, detail: `${OutOfServiceReason.labels[input.reason]} from ${shortDay(input.startDate)}${until}` });
    return { id };
  });
}

/**
 * Brings a unit back into service from the morning of `endDate`. A period that would then have
 * no nights (it had not begun) is cancelled instead.
 */
export function endOutOfService(ws: Workspace, input: z.output<typeof EndOutOfServiceInputSchema>): { id: number } {
  const day = today(ws);
  checkDateWithin('endDate', input.endDate, plusDays(day, -BACKDATE_DAYS), null, 'The return to service');
  return bookingTransaction(ws, (db, at) => {
    const p = getOutOfService(db, input.periodId);
    if (!p || p.status !== 'active') throw new AppError('NOT_FOUND', 'That out-of-service period does not exist.');
    const unit = mustGetUnit(db, p.unit_id);
    const cancel = input.endDate <= p.start_date;
    endOutOfServiceRow(db, p.id, cancel ? null : input.endDate, at);
    audit(ws, {
      action: 'allocation.back-in-service',
      entity: 'unit',
      entityId: unit.id,
      detail: cancel ? `out-of-service period ${p.id} cancelled` : `out-of-service period ${p.id} ends ${shortDay(input.endDate)}`,
    });
    return { id: p.id };
  });
}
