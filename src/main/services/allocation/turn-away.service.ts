import type { z } from 'zod';
import type { TurnAwayInputSchema } from '../../../shared/allocation/schemas/timeline.schema';
import { UnitType } from '../../../shared/allocation/vocab.allocation';
import { AppError } from '../../../shared/errors';
import { getReferral } from '../../db/repos/cases/referrals.repo';
import { activeHoldsOf } from '../../db/repos/allocation/timeline.repo';
import { openCase } from '../cases/case-access';
import { decide } from '../cases/referrals.service';
import { audit, requireDb, type Workspace } from '../workspace';
import { bookingTransaction } from './booking';
import { isUndecided, isWaiting } from './referral-link';

/**
 * "No suitable unit": records the referral as not supported, for capacity or for lack of a
 * suitable unit, with the unit types that were full — the turn-away figure commissioners need.
 * It goes through the intake decision (so the referral's status, reason and audit are the same
 * as a decision taken on the case), in the same transaction as the board's own audit entry.
 *
 * Only an undecided referral can be turned away: a household already accepted onto the waiting
 * list stays on it (its place is not lost because tonight nothing is free).
 */
export function turnAway(ws: Workspace, input: z.output<typeof TurnAwayInputSchema>): { referralId: number; status: string } {
  const r = getReferral(requireDb(ws), input.referralId);
  if (!r) throw new AppError('NOT_FOUND', 'That referral does not exist.');
  openCase(ws, r.household_id);
  if (isWaiting(r)) {
    throw new AppError('CONFLICT', `${r.reference} is already on the waiting list: they keep their place until a unit is free. Nothing was changed.`);
  }
  if (!isUndecided(r)) throw new AppError('CONFLICT', `This referral was already decided (${r.status.replace('_', ' ')}). Nothing was changed.`);
  return bookingTransaction(ws, (db, at) => {
    if (activeHoldsOf(db, r.household_id, at).length > 0) {
      throw new AppError('CONFLICT', 'This household holds a unit: cancel the hold before recording a turn-away.');
    }
    const result = decide(ws, { referralId: r.id, outcome: 'not_supported', reason: input.reason, unitTypesFull: input.unitTypesFull, note: input.note });
    const types = input.unitTypesFull.map((t) => UnitType.labels[t].toLowerCase()).join(', ') || 'none named';
    audit(ws, { action: 'allocation.turn-away', entity: 'referral', entityId: r.id, detail: `${input.reason}; unit types full: ${types}` });
    return result;
  });
}
