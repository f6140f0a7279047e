import { displayNameOf } from '../../../shared/cases/display';
import { AppError } from '../../../shared/errors';
import type { EpisodeSummary } from '../../../shared/support/schemas/common.support';
import { londonDate } from '../../../shared/time/london';
import type { HouseholdRow } from '../../db/repos/cases/households.repo';
import { adultOf } from '../../db/repos/cases/people.repo';
import { acceptedReferral, earlierEpisodes, firstContactOn, latestAcceptedReferral, type EpisodeRow } from '../../db/repos/support/episodes.repo';
import { exitOf, moveOnOf, type ExitRow, type MoveOnRow } from '../../db/repos/support/exits.repo';
import { staysSince } from '../../db/repos/support/stays-adapter.repo';
import { openCase } from '../cases/case-access';
import { requireDb, type Workspace } from '../workspace';
import { formatDateLong } from '../../../shared/support/letters/long-date';
import { todayOf } from './support-common';

/*
 * An episode of support is one accepted referral of a household: the plan, contacts, budget and
 * exit all belong to it, so a person who comes back (a new referral linked to the same household)
 * starts afresh while the earlier episodes stay on the record.
 *
 * The episode a panel works on is the household's latest accepted referral. Its support began on
 * the earlier of the first stay in a unit (since the referral arrived) and the first logged support
 * contact; when there is neither yet, on the day the referral was accepted.
 */

/** Everything the support services need about an episode. */
export interface Episode {
  household: HouseholdRow;
  referral: EpisodeRow;
  exit: ExitRow | null;
  moveOn: MoveOnRow | null;
  /** London date the referral was received (nothing in the episode can be earlier). */
  receivedOn: string;
  summary: EpisodeSummary;
}

/** Works out the episode's summary. */
function summarise(ws: Workspace, household: HouseholdRow, referral: EpisodeRow, exit: ExitRow | null, moveOn: MoveOnRow | null): EpisodeSummary {
  const db = requireDb(ws);
  const receivedOn = londonDate(referral.received_at);
  const acceptedOn = londonDate(referral.decided_at);
  const stayStarts = staysSince(db, household.id, receivedOn).map((s) => s.start_date);
  const starts = [...stayStarts, firstContactOn(db, referral.id)].filter((d): d is string => d !== null).sort();
  const today = todayOf(ws);
  const moveOnOpen = moveOn !== null && moveOn.ended_on === null && today <= moveOn.latest_end_on;
  const adult = adultOf(db, household.id);
  return {
    householdId: household.id,
    householdReference: household.reference,
    referralId: referral.id,
    referralReference: referral.reference,
    episodeNo: referral.episode_no,
    displayName: adult ? displayNameOf(adult) : 'Anonymous',
    acceptedTo: referral.accepted_to,
    acceptedOn,
    supportStart: starts[0] ?? acceptedOn,
    state: exit === null ? 'active' : moveOnOpen ? 'move_on' : 'ended',
    exitedOn: exit?.exited_on ?? null,
    moveOn: moveOn ? { startOn: moveOn.start_on, latestEnd: moveOn.latest_end_on, endedOn: moveOn.ended_on } : null,
    earlierEpisodes: earlierEpisodes(db, household.id, referral.episode_no).map((e) => ({ referralReference: e.reference, exitedOn: e.exited_on })),
  };
}

/**
 * The household's current (or latest) episode, or null when no referral was accepted. Checks
 * restricted cases. With `referralId`, that episode instead (it must be an accepted referral of
 * this household).
 */
export function findEpisode(ws: Workspace, householdId: number, referralId: number | null = null): Episode | null {
  const db = requireDb(ws);
  const household = openCase(ws, householdId);
  const referral = referralId === null ? latestAcceptedReferral(db, household.id) : acceptedReferral(db, household.id, referralId);
  if (!referral) {
    if (referralId !== null) throw new AppError('NOT_FOUND', 'That episode is not an accepted referral of this household.');
    return null;
  }
  const exit = exitOf(db, referral.id);
  const moveOn = moveOnOf(db, referral.id);
  return { household, referral, exit, moveOn, receivedOn: londonDate(referral.received_at), summary: summarise(ws, household, referral, exit, moveOn) };
}

/** The episode, or CONFLICT when the household has no accepted referral. */
export function requireEpisode(ws: Workspace, householdId: number, referralId: number | null = null): Episode {
  const ep = findEpisode(ws, householdId, referralId);
  if (!ep) throw new AppError('CONFLICT', 'This household has no accepted referral yet: support is recorded once a referral is accepted.');
  return ep;
}

/** Refuses a change to an episode whose support has ended (after any move-on support). */
export function requireOpen(ep: Episode, what: string): void {
  if (ep.summary.state === 'ended') {
    throw new AppError('CONFLICT', `Support for ${ep.referral.reference} ended on ${formatDateLong(ep.summary.exitedOn!)}, so ${what} can no longer be recorded.`);
  }
}

/**
 * Whether a contact or session on `date` falls within the episode's support: before the exit, or
 * inside move-on support after it. Returns whether it is move-on support, or throws.
 */
export function supportOn(ep: Episode, date: string, field: string, what: string): { moveOn: boolean } {
  if (date < ep.receivedOn) {
    throw new AppError('INVALID_INPUT', `${what} cannot be before the referral arrived (${formatDateLong(ep.receivedOn)}).`, { [field]: 'Before the referral arrived.' });
  }
  const directMoveOn = ep.referral.accepted_to === 'move_on';
  if (!ep.exit || date <= ep.exit.exited_on) return { moveOn: directMoveOn };
  const m = ep.moveOn;
  const end = m ? (m.ended_on ?? m.latest_end_on) : null;
  if (m && date >= m.start_on && date <= end!) return { moveOn: true };
  const message = m
    ? `${what} must fall within move-on support (${formatDateLong(m.start_on)} to ${formatDateLong(end!)}).`
    : `Support ended on ${formatDateLong(ep.exit.exited_on)}. To record support after someone leaves, start move-on support on the Exit tab.`;
  throw new AppError('INVALID_INPUT', message, { [field]: message });
}
