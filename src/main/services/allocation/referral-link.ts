import { AppError } from '../../../shared/errors';
import type { Sqlite } from '../../db/connection';
import { endWaiting, getReferral, referralsOf, type ReferralRow } from '../../db/repos/cases/referrals.repo';
import { decide } from '../cases/referrals.service';
import type { Workspace } from '../workspace';

/*
 * Which referral a placement belongs to. A household on the phone at night may be a referral not
 * yet decided; one on the waiting list was accepted earlier. When the stay starts, an undecided
 * referral is accepted (to the waiting list, the accommodation route) and the wait ends as
 * "arrived", so intake figures and the waiting list stay true.
 */

/** Whether a referral is waiting for a unit now. */
export function isWaiting(r: ReferralRow): boolean {
  return r.status === 'accepted' && r.accepted_to === 'waiting_unit' && r.waiting_ended_at === null;
}

/** Whether a referral is still undecided. */
export function isUndecided(r: ReferralRow): boolean {
  return r.status === 'new' || r.status === 'in_progress';
}

/** The referral being placed: the one named (checked against the household) or the household's open one. */
export function placementReferral(db: Sqlite, householdId: number, referralId: number | null): ReferralRow | null {
  if (referralId !== null) {
    const r = getReferral(db, referralId);
    if (!r || r.household_id !== householdId) throw new AppError('INVALID_INPUT', 'That referral is not this household’s.', { referralId: 'That referral is not this household’s.' });
    if (!isWaiting(r) && !isUndecided(r)) {
      throw new AppError('CONFLICT', `Referral ${r.reference} is no longer waiting for a unit (${r.status.replace('_', ' ')}). Record a new referral if they need a place now.`);
    }
    return r;
  }
  return referralsOf(db, householdId).find((r) => isWaiting(r) || isUndecided(r)) ?? null;
}

/** When the stay starts: accept an undecided referral to the waiting list, then end the wait as arrived. */
export function markArrived(ws: Workspace, db: Sqlite, r: ReferralRow | null, at: string, unitCode: string): void {
  if (!r) return;
  if (isUndecided(r)) decide(ws, { referralId: r.id, outcome: 'accepted', acceptedTo: 'waiting_unit', note: `Placed in ${unitCode} on arrival.` });
  endWaiting(db, r.id, at, 'arrived');
}
