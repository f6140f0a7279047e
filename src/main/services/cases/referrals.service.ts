import type { z } from 'zod';
import { contactDueBy, displayNameOf, searchKey } from '../../../shared/cases/display';
import { duplicateMatches } from '../../../shared/cases/duplicate-match';
import { beforeBirthProblem, futureDateProblem, futureInstantProblem } from '../../../shared/cases/date-rules';
import { orderWaitingList, waitingPriority, type UrgencyCode } from '../../../shared/cases/priority';
import type {
  ContactAttemptInputSchema,
  ContactDueSchema,
  DecisionInputSchema,
  LeaveWaitingListInputSchema,
  MatchQuerySchema,
  PossibleMatchSchema,
  PriorityAdjustmentInputSchema,
  ReferralCapture,
  WaitingEntrySchema,
} from '../../../shared/cases/schemas/referral';
import { AppError } from '../../../shared/errors';
import { londonDate } from '../../../shared/time/london';
import { getHousehold, insertHousehold, nextHouseholdReference } from '../../db/repos/cases/households.repo';
import { adultOf, insertPerson, matchCandidates, peopleOf, updatePerson } from '../../db/repos/cases/people.repo';
import {
  adjustmentsOf,
  awaitingContact,
  decideReferral,
  endWaiting,
  getReferral,
  insertContactAttempt,
  insertPriorityAdjustment,
  insertReferral,
  nextEpisodeNo,
  referralsOf,
  waitingReferrals,
  type ReferralRow,
} from '../../db/repos/cases/referrals.repo';
import { deleteDraft } from '../../db/repos/cases/drafts.repo';
import { activeHoldsOf, closeHold } from '../../db/repos/allocation/timeline.repo';
import { LeftWaitingListReason } from '../../../shared/cases/vocab';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { maySeeCase, openCase } from './case-access';

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

/** Refuses dates in the future or before birth, naming the field. */
function checkCaptureDates(ws: Workspace, input: ReferralCapture): void {
  const now = ws.deps.clock.now();
  const today = londonDate(now);
  const problems: [string, string | null][] = [
    ['receivedAt', futureInstantProblem(input.receivedAt, now, 'The time received')],
    ['dateOfBirth', futureDateProblem(input.dateOfBirth, today, 'The date of birth')],
    ['receivedAt', beforeBirthProblem(londonDate(input.receivedAt), input.dateOfBirth, 'The time received')],
    ...input.children.map((c, i) => [`children.${i}.dateOfBirth`, futureDateProblem(c.dateOfBirth, today, 'A date of birth')] as [string, string | null]),
  ];
  for (const [field, problem] of problems) if (problem) throw invalid(field, problem);
}

/** Records a new referral: a new household, or a new episode of an earlier one. */
export function createReferral(ws: Workspace, input: ReferralCapture): { referralId: number; householdId: number; reference: string } {
  const session = requireSession(ws);
  const db = requireDb(ws);
  checkCaptureDates(ws, input);
  const at = nowIso(ws);
  const today = londonDate(ws.deps.clock.now());
  let result = { referralId: 0, householdId: 0, reference: '' };
  db.transaction(() => {
    let householdId: number;
    if (input.linkHouseholdId !== null) {
      householdId = openCase(ws, input.linkHouseholdId).id;
      // A returning person: fill only what the earlier record lacks; never overwrite it silently.
      const adult = adultOf(db, householdId);
      if (adult) {
        updatePerson(
          db,
          adult.id,
          {
            name: adult.name || input.name,
            alias: adult.alias || input.alias,
            dateOfBirth: adult.date_of_birth ?? input.dateOfBirth,
          },
          at,
        );
      }
      const known = new Set(peopleOf(db, householdId).filter((p) => p.kind === 'child').map((p) => searchKey(p.name)));
      for (const c of input.children) {
        if (known.has(searchKey(c.nameOrInitials))) continue;
        insertPerson(db, householdId, 'child', { name: c.nameOrInitials, dateOfBirth: c.dateOfBirth, ageYears: c.ageYears, ageRecordedOn: c.ageYears === null ? null : today, sex: c.sex }, at);
      }
    } else {
      householdId = insertHousehold(db, { reference: nextHouseholdReference(db), createdAt: at, createdBy: session.userId });
      insertPerson(db, householdId, 'adult', { name: input.name, alias: input.alias, anonymous: input.anonymous, dateOfBirth: input.dateOfBirth }, at);
      for (const c of input.children) {
        insertPerson(db, householdId, 'child', { name: c.nameOrInitials, dateOfBirth: c.dateOfBirth, ageYears: c.ageYears, ageRecordedOn: c.ageYears === null ? null : today, sex: c.sex }, at);
      }
    }
    const household = getHousehold(db, householdId)!;
    const episodeNo = nextEpisodeNo(db, householdId);
    const reference = `${household.reference}/${episodeNo}`;
    const referralId = insertReferral(db, {
      householdId,
      reference,
      episodeNo,
      receivedAt: new Date(input.receivedAt).toISOString(),
      source: input.source,
      referrerName: input.referrerName,
      referrerContact: input.referrerContact,
      channel: input.channel,
      safeContactMethod: input.safeContactMethod,
      safeContactDetails: input.safeContactDetails,
      safeTimes: input.safeTimes,
      noVoicemail: input.noVoicemail,
      immediateSafety: input.immediateSafety,
      immediateSafetyNotes: input.immediateSafetyNotes,
      requests: input.requests,
      urgency: input.urgency,
      notes: input.notes,
      createdBy: session.userId,
      createdAt: at,
    });
    deleteDraft(db, session.userId, 'referral');
    audit(ws, { action: 'referral.create', entity: 'referral', entityId: referralId, detail: episodeNo > 1 ? `episode ${episodeNo} of household ${householdId}` : `household ${householdId}` });
    result = { referralId, householdId, reference };
  })();
  return result;
}

/** Earlier records that may be the same person. Restricted ones are flagged, never described. */
export function possibleMatches(ws: Workspace, q: z.output<typeof MatchQuerySchema>): z.output<typeof PossibleMatchSchema>[] {
  const db = requireDb(ws);
  const candidates = matchCandidates(db, { dateOfBirth: searchKey(q.name) ? q.dateOfBirth : null, aliases: searchKey(q.alias) !== '' });
  return duplicateMatches(q, candidates).map((m) => {
    const h = getHousehold(db, m.householdId)!;
    const episodes = referralsOf(db, h.id);
    if (!maySeeCase(ws, h)) {
      return { householdId: h.id, displayName: 'Restricted case', dateOfBirth: null, references: [], lastReceivedAt: '', matchedOn: m.matchedOn, restricted: true };
    }
    const adult = adultOf(db, h.id);
    return {
      householdId: h.id,
      displayName: adult ? displayNameOf(adult) : 'Unknown',
      dateOfBirth: adult?.date_of_birth ?? null,
      references: episodes.map((e) => e.reference),
      lastReceivedAt: episodes[0]?.received_at ?? h.created_at,
      matchedOn: m.matchedOn,
      restricted: false,
    };
  });
}

function mustGetReferral(ws: Workspace, id: number): ReferralRow {
  const r = getReferral(requireDb(ws), id);
  if (!r) throw new AppError('NOT_FOUND', 'That referral does not exist.');
  openCase(ws, r.household_id);
  return r;
}

/** Logs one attempt at first contact; there is no limit on attempts. */
export function logContactAttempt(ws: Workspace, input: z.output<typeof ContactAttemptInputSchema>): { id: number } {
  const db = requireDb(ws);
  const r = mustGetReferral(ws, input.referralId);
  const at = new Date(input.at).toISOString();
  const future = futureInstantProblem(at, ws.deps.clock.now(), 'The time of the attempt');
  if (future) throw invalid('at', future);
  if (at < r.received_at) throw invalid('at', 'The attempt cannot be before the referral was received.');
  let id = 0;
  db.transaction(() => {
    id = insertContactAttempt(db, { referralId: r.id, at, method: input.method, outcome: input.outcome, notes: input.notes, byUser: requireSession(ws).userId, createdAt: nowIso(ws) });
    audit(ws, { action: 'referral.contact-attempt', entity: 'referral', entityId: r.id, detail: input.outcome });
  })();
  return { id };
}

/** Referrals not yet contacted, oldest first, with the 48-hour deadline. */
export function contactDueList(ws: Workspace): z.output<typeof ContactDueSchema>[] {
  const db = requireDb(ws);
  const now = ws.deps.clock.now().toISOString();
  return awaitingContact(db).map((r) => {
    const h = getHousehold(db, r.household_id)!;
    const visible = maySeeCase(ws, h);
    const adult = visible ? adultOf(db, h.id) : null;
    const dueBy = contactDueBy(r.received_at);
    return {
      referralId: r.id,
      reference: r.reference,
      displayName: visible ? (adult ? displayNameOf(adult) : 'Unknown') : 'Restricted case',
      receivedAt: r.received_at,
      dueBy,
      overdue: now > dueBy,
      attempts: r.attempts,
      noVoicemail: visible && r.no_voicemail === 1,
      safeTimes: visible ? r.safe_times : '',
      restricted: !visible,
    };
  });
}

/** Records the decision that ends a referral: accepted (to where) or not supported (why). */
export function decide(ws: Workspace, input: z.output<typeof DecisionInputSchema>): { referralId: number; status: string } {
  const db = requireDb(ws);
  const r = mustGetReferral(ws, input.referralId);
  if (r.status === 'accepted' || r.status === 'not_supported' || r.status === 'closed') {
    throw new AppError('CONFLICT', `This referral was already decided (${r.status.replace('_', ' ')}).`);
  }
  const at = nowIso(ws);
  db.transaction(() => {
    if (input.outcome === 'accepted') {
      decideReferral(db, r.id, { status: 'accepted', acceptedTo: input.acceptedTo, reason: null, unitTypesFull: [], note: input.note, by: requireSession(ws).userId, at });
      audit(ws, { action: 'referral.accept', entity: 'referral', entityId: r.id, detail: input.acceptedTo });
    } else {
      decideReferral(db, r.id, { status: 'not_supported', acceptedTo: null, reason: input.reason, unitTypesFull: input.unitTypesFull, note: input.note, by: requireSession(ws).userId, at });
      audit(ws, { action: 'referral.not-supported', entity: 'referral', entityId: r.id, detail: input.reason });
    }
  })();
  return { referralId: r.id, status: input.outcome };
}

/** A manager raises or lowers a household's place on the waiting list, with a reason. */
export function adjustPriority(ws: Workspace, input: z.output<typeof PriorityAdjustmentInputSchema>): { referralId: number } {
  const db = requireDb(ws);
  const r = mustGetReferral(ws, input.referralId);
  if (r.status !== 'accepted' || r.accepted_to !== 'waiting_unit' || r.waiting_ended_at) {
    throw new AppError('CONFLICT', 'Only a household on the waiting list has a priority to adjust.');
  }
  db.transaction(() => {
    insertPriorityAdjustment(db, { referralId: r.id, points: input.points, reason: input.reason, by: requireSession(ws).userId, at: nowIso(ws) });
    audit(ws, { action: 'waiting-list.adjust', entity: 'referral', entityId: r.id, detail: `${input.points > 0 ? '+' : ''}${input.points}` });
  })();
  return { referralId: r.id };
}

/**
 * A manager takes a household off the waiting list without a unit (found somewhere else, referred
 * on, declined the offer, no longer needs one, lost contact). Any hold on a unit for the household
 * is released, and its support ends that day in the reports unless an exit is recorded later.
 */
export function leaveWaitingList(ws: Workspace, input: z.output<typeof LeaveWaitingListInputSchema>): { referralId: number } {
  const db = requireDb(ws);
  const r = mustGetReferral(ws, input.referralId);
  if (r.status !== 'accepted' || r.accepted_to !== 'waiting_unit' || r.waiting_ended_at) {
    throw new AppError('CONFLICT', 'This household is not on the waiting list.');
  }
  const at = nowIso(ws);
  const userId = requireSession(ws).userId;
  const reason = LeftWaitingListReason.labels[input.reason];
  db.transaction(() => {
    endWaiting(db, r.id, at, input.note ? `${reason}: ${input.note}` : reason);
    for (const h of activeHoldsOf(db, r.household_id, at)) closeHold(db, h.id, 'cancelled', `left the waiting list: ${reason}`, at, userId);
    audit(ws, { action: 'waiting-list.end', entity: 'referral', entityId: r.id, detail: input.reason });
  })();
  return { referralId: r.id };
}

/** The waiting list for units, highest priority first, each with its explanation. */
export function waitingList(ws: Workspace): z.output<typeof WaitingEntrySchema>[] {
  const db = requireDb(ws);
  const now = ws.deps.clock.now();
  const entries = waitingReferrals(db).map((r) => {
    const h = getHousehold(db, r.household_id)!;
    const visible = maySeeCase(ws, h);
    const people = peopleOf(db, h.id);
    const adult = people.find((p) => p.kind === 'adult');
    const priority = waitingPriority({
      riskLevel: h.risk_level,
      urgency: r.urgency as UrgencyCode,
      waitingSince: new Date(r.waiting_since ?? r.decided_at ?? r.received_at),
      now,
      adjustments: adjustmentsOf(db, r.id),
    });
    return {
      referralId: r.id,
      householdId: h.id,
      reference: r.reference,
      displayName: visible ? (adult ? displayNameOf(adult) : 'Unknown') : 'Restricted case',
      riskLevel: h.risk_level,
      waitingSince: r.waiting_since ?? r.decided_at ?? r.received_at,
      priority: priority.total,
      parts: visible ? priority.parts : [],
      adults: people.filter((p) => p.kind === 'adult').length,
      children: people.filter((p) => p.kind === 'child' && p.with_adult === 1).length,
      restricted: !visible,
    };
  });
  return orderWaitingList(entries);
}
