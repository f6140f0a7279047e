import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { formatDateLong } from '../../../shared/support/letters/long-date';
import type { ExitInput, ExitViewSchema, FollowUpInputSchema, MoveOnEndInputSchema, MoveOnStartInputSchema } from '../../../shared/support/schemas/exit.schema';
import { addDays } from '../../../shared/time/london';
import { followUpDueOn, followUpStatus, moveOnLatestEnd } from '../../../shared/support/support-dates';
import { ExitReason } from '../../../shared/support/vocab.support';
import { endMoveOn, insertExit, insertMoveOn, recordFollowUp } from '../../db/repos/support/exits.repo';
import { insertAssessment } from '../../db/repos/support/plans.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { findEpisode, requireEpisode } from './episode.service';
import { ensurePlan } from './plan.service';
import { BACKDATE_DAYS } from '../allocation/stays.service';
import { currentStay, endStayForExit } from './stay-ending';
import { assertWithinMoveOnWindow, moveOnEndFor } from './move-on-window';
import { invalid, isManager, notBefore, notFuture, todayOf } from './support-common';

/** The exit panel: the exit if recorded (with its follow-up), else the stay an exit would end. */
export function getExit(ws: Workspace, householdId: number): z.output<typeof ExitViewSchema> {
  const ep = findEpisode(ws, householdId);
  audit(ws, { action: 'support.view', entity: 'household', entityId: householdId, detail: 'exit' });
  const today = todayOf(ws);
  const stay = ep && !ep.exit ? currentStay(ws, ep.household.id, today) : null;
  const e = ep?.exit ?? null;
  return {
    episode: ep?.summary ?? null,
    exit: e
      ? {
          exitedOn: e.exited_on,
          planned: e.planned === 1,
          reason: e.reason as never,
          destination: e.destination as never,
          achievingIndependence: e.achieving_independence as never,
          notes: e.notes,
          endedStay: e.stay_id === null ? null : `stay ${e.stay_id}`,
          by: e.by_name,
          followUp: e.follow_up_due_on
            ? {
                dueOn: e.follow_up_due_on,
                status: followUpStatus(e.follow_up_due_on, e.follow_up_done_on, today),
                doneOn: e.follow_up_done_on,
                result: e.follow_up_result,
                notes: e.follow_up_notes,
              }
            : null,
        }
      : null,
    currentStay: stay ? { id: stay.id, unit: stay.unitCode + (stay.unitName ? ` (${stay.unitName})` : ''), startDate: stay.startDate } : null,
    mayEndStay: isManager(ws),
  };
}

/**
 * Records the exit of the current episode: planned or not, why, where to, whether the person is
 * achieving independence, and the final outcome scores. In the same transaction it ends the
 * household's current stay (freeing the unit on the allocation board), schedules the three-month
 * follow-up after a planned exit, and starts move-on support when asked.
 *
 * Ending a stay is a manager's action on the allocation board, so an exit that ends one needs a
 * manager or an administrator; anyone may record the exit of community or move-on support.
 */
export function recordExit(ws: Workspace, input: ExitInput): { id: number; followUpDueOn: string | null; endedStayId: number | null } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  if (ep.exit) throw new AppError('CONFLICT', `The exit of ${ep.referral.reference} was already recorded (${formatDateLong(ep.exit.exited_on)}).`);
  notFuture(ws, input.exitedOn, 'exitedOn', 'The exit date');
  notBefore(input.exitedOn, ep.receivedOn, 'exitedOn', 'The exit cannot be before the referral arrived.');
  if (input.startMoveOn && ep.moveOn) throw invalid('startMoveOn', 'Move-on support is already recorded for this episode.');
  const today = todayOf(ws);
  const stay = currentStay(ws, ep.household.id, today);
  if (stay && !isManager(ws)) {
    audit(ws, { action: 'support.exit.denied', entity: 'household', entityId: ep.household.id, detail: 'ending a stay needs a manager' });
    throw new AppError('FORBIDDEN', 'This exit ends the household’s stay and frees the unit, which only a manager or an administrator can do. Ask the manager on call to record it.');
  }
  if (stay && input.exitedOn <= stay.startDate) {
    throw invalid('exitedOn', `The exit must be after the stay began on ${formatDateLong(stay.startDate)} (a stay ends on the morning they leave).`);
  }
  if (stay && input.exitedOn < addDays(today, -BACKDATE_DAYS)) {
    throw invalid('exitedOn', `An exit that ends a stay can be recorded up to ${BACKDATE_DAYS} days late. For an earlier date, ask a manager to end the stay on the allocation board first.`);
  }
  const at = nowIso(ws);
  const by = requireSession(ws).userId;
  const due = input.planned ? followUpDueOn(input.exitedOn) : null;
  let id = 0;
  db.transaction(() => {
    if (stay) endStayForExit(ws, { stayId: stay.id, endDate: input.exitedOn, reason: `Exit: ${ExitReason.labels[input.reason]}` });
    id = insertExit(db, {
      householdId: ep.household.id,
      referralId: ep.referral.id,
      exitedOn: input.exitedOn,
      planned: input.planned,
      reason: input.reason,
      destination: input.destination,
      achievingIndependence: input.achievingIndependence,
      notes: input.notes,
      stayId: stay?.id ?? null,
      followUpDueOn: due,
      at,
      by,
    });
    if (Object.keys(input.finalScores).length > 0) {
      insertAssessment(db, { planId: ensurePlan(ws, ep), stage: 'exit', assessedOn: input.exitedOn, notes: '', scores: input.finalScores, at, by });
    }
    // Move-on support given from the start of a move-on episode ends when the episode does.
    if (ep.moveOn && ep.moveOn.ended_on === null) {
      endMoveOn(db, ep.moveOn.id, { endedOn: input.exitedOn < ep.moveOn.start_on ? ep.moveOn.start_on : input.exitedOn, note: 'Ended at exit.', at, by });
    }
    if (input.startMoveOn) {
      insertMoveOn(db, { householdId: ep.household.id, referralId: ep.referral.id, startOn: input.exitedOn, latestEndOn: moveOnLatestEnd(input.exitedOn), note: 'Started at exit.', at, by });
    }
    audit(ws, {
      action: 'support.exit',
      entity: 'household',
      entityId: ep.household.id,
      detail: `${ep.referral.reference}: ${input.planned ? 'planned' : 'unplanned'}, ${input.reason}, to ${input.destination}${stay ? `, stay ${stay.id} ended` : ''}`,
    });
  })();
  return { id, followUpDueOn: due, endedStayId: stay?.id ?? null };
}

/** Records the three-month follow-up after a planned exit (with scores when the person was reached). */
export function recordExitFollowUp(ws: Workspace, input: z.output<typeof FollowUpInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  const e = ep.exit;
  if (!e || e.follow_up_due_on === null) throw new AppError('CONFLICT', 'A follow-up is only due after a planned exit.');
  if (e.follow_up_done_on) throw new AppError('CONFLICT', `The follow-up was already recorded (${formatDateLong(e.follow_up_done_on)}).`);
  notFuture(ws, input.doneOn, 'doneOn', 'The follow-up date');
  notBefore(input.doneOn, e.exited_on, 'doneOn', 'The follow-up cannot be before the exit.');
  const at = nowIso(ws);
  const by = requireSession(ws).userId;
  db.transaction(() => {
    recordFollowUp(db, e.id, { doneOn: input.doneOn, result: input.result, notes: input.notes, by });
    if (Object.keys(input.scores).length > 0) {
      insertAssessment(db, { planId: ensurePlan(ws, ep), stage: 'follow_up', assessedOn: input.doneOn, notes: input.notes, scores: input.scores, at, by });
    }
    audit(ws, { action: 'support.follow-up', entity: 'household', entityId: ep.household.id, detail: input.result });
  })();
  return { id: e.id };
}

/**
 * Starts move-on / second-stage support: after the exit from a unit, or from acceptance for a
 * household referred for move-on support. It lasts at most twelve months: after an exit, until
 * twelve months after the exit (so it cannot start later than that); otherwise from its start.
 */
export function startMoveOnSupport(ws: Workspace, input: z.output<typeof MoveOnStartInputSchema>): { id: number; latestEnd: string } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  if (ep.moveOn) throw new AppError('CONFLICT', 'Move-on support is already recorded for this episode.');
  notFuture(ws, input.startOn, 'startOn', 'The start date');
  if (ep.exit) {
    notBefore(input.startOn, ep.exit.exited_on, 'startOn', 'Move-on support after an exit starts on or after the exit date.');
    assertWithinMoveOnWindow(input.startOn, ep.exit.exited_on);
  } else if (ep.referral.accepted_to !== 'move_on') {
    throw new AppError('CONFLICT', 'Move-on support starts when the household leaves the unit: record the exit first (it can start move-on support too).');
  } else notBefore(input.startOn, ep.receivedOn, 'startOn', 'Move-on support cannot start before the referral arrived.');
  const latestEnd = moveOnEndFor(input.startOn, ep.exit?.exited_on ?? null);
  let id = 0;
  db.transaction(() => {
    id = insertMoveOn(db, { householdId: ep.household.id, referralId: ep.referral.id, startOn: input.startOn, latestEndOn: latestEnd, note: input.note, at: nowIso(ws), by: requireSession(ws).userId });
    audit(ws, { action: 'support.move-on.start', entity: 'household', entityId: ep.household.id, detail: `until ${latestEnd} at the latest` });
  })();
  return { id, latestEnd };
}

/** Ends move-on support (on or before its twelve months are up). */
export function endMoveOnSupport(ws: Workspace, input: z.output<typeof MoveOnEndInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  const m = ep.moveOn;
  if (!m || m.ended_on) throw new AppError('CONFLICT', 'There is no move-on support running for this household.');
  notFuture(ws, input.endedOn, 'endedOn', 'The end date');
  notBefore(input.endedOn, m.start_on, 'endedOn', 'Move-on support cannot end before it started.');
  if (input.endedOn > m.latest_end_on) throw invalid('endedOn', `Move-on support lasts at most twelve months: until ${formatDateLong(m.latest_end_on)}.`);
  db.transaction(() => {
    endMoveOn(db, m.id, { endedOn: input.endedOn, note: input.note, at: nowIso(ws), by: requireSession(ws).userId });
    audit(ws, { action: 'support.move-on.end', entity: 'household', entityId: ep.household.id });
  })();
  return { id: m.id };
}

