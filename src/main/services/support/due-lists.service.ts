import type { z } from 'zod';
import { displayNameOf } from '../../../shared/cases/display';
import type { FollowUpDueSchema } from '../../../shared/support/schemas/exit.schema';
import type { ReviewDueSchema } from '../../../shared/support/schemas/plan.schema';
import { addDays } from '../../../shared/time/london';
import { FOLLOW_UP_DUE_SOON_DAYS, REVIEW_DUE_SOON_DAYS } from '../../../shared/support/support-dates';
import { getHousehold } from '../../db/repos/cases/households.repo';
import { adultOf } from '../../db/repos/cases/people.repo';
import { userName } from '../../db/repos/support/episodes.repo';
import { followUpsUntil } from '../../db/repos/support/exits.repo';
import { reviewsUntil } from '../../db/repos/support/plans.repo';
import { maySeeCase } from '../cases/case-access';
import { requireDb, type Workspace } from '../workspace';
import { todayOf } from './support-common';

/*
 * The work lists: plan reviews and three-month follow-ups that are due soon or overdue. A
 * restricted case the person may not open appears by reference only, so nobody is missed and
 * nothing is revealed.
 */

function who(ws: Workspace, householdId: number): { reference: string; displayName: string; workerName: string | null; hidden: boolean } {
  const db = requireDb(ws);
  const h = getHousehold(db, householdId)!;
  if (!maySeeCase(ws, h)) return { reference: h.reference, displayName: 'Restricted case', workerName: null, hidden: true };
  const adult = adultOf(db, h.id);
  return { reference: h.reference, displayName: adult ? displayNameOf(adult) : 'Anonymous', workerName: userName(db, h.worker_id), hidden: false };
}

/** Plan reviews overdue or due within a week, most overdue first. */
export function reviewsDue(ws: Workspace): z.output<typeof ReviewDueSchema>[] {
  const today = todayOf(ws);
  return reviewsUntil(requireDb(ws), addDays(today, REVIEW_DUE_SOON_DAYS)).map((r) => ({
    householdId: r.household_id,
    ...who(ws, r.household_id),
    nextReviewOn: r.next_review_on,
    status: r.next_review_on < today ? ('overdue' as const) : ('due' as const),
  }));
}

/** Follow-ups after planned exits that are overdue or due within two weeks, most overdue first. */
export function followUpsDue(ws: Workspace): z.output<typeof FollowUpDueSchema>[] {
  const today = todayOf(ws);
  return followUpsUntil(requireDb(ws), addDays(today, FOLLOW_UP_DUE_SOON_DAYS)).map((r) => {
    const w = who(ws, r.household_id);
    return {
      householdId: r.household_id,
      reference: w.reference,
      displayName: w.displayName,
      hidden: w.hidden,
      exitedOn: r.exited_on,
      dueOn: r.follow_up_due_on,
      status: r.follow_up_due_on < today ? ('overdue' as const) : ('due' as const),
    };
  });
}
