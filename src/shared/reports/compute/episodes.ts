import { daysBetween } from '../../support/support-dates';
import type { EpisodeFact, PersonFact, StayFact } from '../facts';

/*
 * Episodes of support (an accepted referral) in a period. Rules, matching the support services:
 * - Support BEGAN on the earlier of the household's first stay in a unit since the referral
 *   arrived and the episode's first logged support contact; with neither, on the day the referral
 *   was accepted.
 * - Support ENDED on the exit date; when move-on support followed the exit, on the day move-on
 *   support ended (or its latest end while it runs). A household taken off the waiting list
 *   without arriving (referred on, found somewhere else) and with no exit recorded ended support
 *   the day it left the list; a stay or contact after that belongs to a later referral.
 * - An episode was SUPPORTED in [from, to] when it began on or before `to` and had not ended
 *   before `from`. An exit on the period's last day is inside the period.
 * - People supported are the household's adult and the children who live with them; a household
 *   with two episodes in the period counts its people once.
 */

/** An episode's span. */
export interface EpisodeSpan {
  start: string;
  /** null while support continues. */
  end: string | null;
}

/** When an episode's support began and ended. */
export function episodeSpan(ep: EpisodeFact, staysOfHousehold: readonly StayFact[]): EpisodeSpan {
  const leftList = ep.exit ? null : ep.leftWaitingListOn;
  const candidates: string[] = [];
  for (const s of staysOfHousehold) if (s.start >= ep.receivedOn && (leftList === null || s.start <= leftList)) candidates.push(s.start);
  if (ep.firstContactOn && (leftList === null || ep.firstContactOn <= leftList)) candidates.push(ep.firstContactOn);
  candidates.sort();
  const start = candidates[0] ?? ep.acceptedOn;
  if (leftList !== null) return { start, end: leftList < start ? start : leftList };
  let end: string | null = null;
  if (ep.exit) end = ep.moveOn ? (ep.moveOn.endedOn ?? ep.moveOn.latestEndOn) : ep.exit.exitedOn;
  if (end !== null && end < ep.exit!.exitedOn) end = ep.exit!.exitedOn;
  return { start, end };
}

/** Whether a span overlaps [from, to]. */
export function supportedIn(span: EpisodeSpan, from: string, to: string): boolean {
  return span.start <= to && (span.end === null || span.end >= from);
}

/** Length of support in days, up to the earlier of its end and `asOf`. */
export function supportDays(span: EpisodeSpan, asOf: string): number {
  const end = span.end !== null && span.end < asOf ? span.end : asOf;
  return Math.max(0, daysBetween(span.start, end));
}

/** Groups stays by household. */
export function staysByHousehold(stays: readonly StayFact[]): Map<number, StayFact[]> {
  const out = new Map<number, StayFact[]>();
  for (const s of stays) {
    const list = out.get(s.householdId);
    if (list) list.push(s);
    else out.set(s.householdId, [s]);
  }
  return out;
}

/** Whether a person is counted as supported with their household (the adult, and the children living with them). */
export function countedAsSupported(p: PersonFact): boolean {
  return p.kind === 'adult' || p.withAdult;
}
