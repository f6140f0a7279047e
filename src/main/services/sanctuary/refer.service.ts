import type { z } from 'zod';
import { displayNameOf } from '../../../shared/cases/display';
import { ReferralCaptureSchema } from '../../../shared/cases/schemas/referral';
import { AppError } from '../../../shared/errors';
import type {
  ReferToWaitingListInputSchema,
  SanctuaryCandidateSchema,
  SanctuaryCloseInputSchema,
  SanctuaryDecideInputSchema,
  SanctuaryReferInputSchema,
} from '../../../shared/sanctuary/schemas/case.schema';
import { NOT_ACCEPTED_AS_REFERRAL_REASON, NotAcceptedReason } from '../../../shared/sanctuary/vocab.sanctuary';
import { londonDate } from '../../../shared/time/london';
import { getDraft, saveDraft } from '../../db/repos/cases/drafts.repo';
import { adultOf } from '../../db/repos/cases/people.repo';
import { getReferral } from '../../db/repos/cases/referrals.repo';
import { getHousehold } from '../../db/repos/cases/households.repo';
import { measuresOf, refuseMeasure } from '../../db/repos/sanctuary/measures.repo';
import { candidateReferrals, caseOfReferral, closeCase, getCase, insertCase, setNotAcceptedReason } from '../../db/repos/sanctuary/sanctuary-cases.repo';
import { maySeeCase, openCase } from '../cases/case-access';
import { createReferral, decide } from '../cases/referrals.service';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { notBeforeReferral, requireStage } from './sanctuary-access';

/*
 * Into and out of the scheme: a referral to it (new, or one already taken at intake), the decision
 * to accept it or not (recorded on the referral too, so the intake lists and other returns agree),
 * closing a case, and — when the home is no longer safe — one action that refers the household to
 * the safe-accommodation waiting list as a new episode of the same household, so the sanctuary
 * case and everything on it stay on the record.
 */

/**
 * Runs `fn`, keeping the signed-in person's half-typed referral draft: creating a referral
 * discards the intake form's draft, which is right at intake but not when the sanctuary screens
 * create one.
 */
function keepingReferralDraft<T>(ws: Workspace, fn: () => T): T {
  const db = requireDb(ws);
  const userId = requireSession(ws).userId;
  const draft = getDraft(db, userId, 'referral');
  const out = fn();
  if (draft) saveDraft(db, userId, 'referral', draft.payload, draft.updated_at);
  return out;
}

/** Refers a household to the scheme and opens its sanctuary case. */
export function referToSanctuary(ws: Workspace, input: z.output<typeof SanctuaryReferInputSchema>): { caseId: number; referralId: number; householdId: number; reference: string } {
  const db = requireDb(ws);
  const session = requireSession(ws);
  let out = { caseId: 0, referralId: 0, householdId: 0, reference: '' };
  db.transaction(() => {
    let referralId: number;
    let householdId: number;
    let reference: string;
    if (input.from === 'new') {
      const requests = [...new Set([...input.referral.requests, 'sanctuary' as const])];
      const r = keepingReferralDraft(ws, () => createReferral(ws, { ...input.referral, requests }));
      ({ referralId, householdId, reference } = r);
    } else {
      const r = getReferral(db, input.referralId);
      if (!r) throw new AppError('NOT_FOUND', 'That referral does not exist.', { referralId: 'Not found.' });
      openCase(ws, r.household_id);
      if (caseOfReferral(db, r.id)) throw new AppError('CONFLICT', `Referral ${r.reference} already has a sanctuary case.`);
      const undecided = r.status === 'new' || r.status === 'in_progress';
      if (!undecided && !(r.status === 'accepted' && r.accepted_to === 'sanctuary')) {
        throw new AppError('CONFLICT', `Referral ${r.reference} was already decided another way; take a new referral for the sanctuary scheme.`);
      }
      ({ id: referralId, household_id: householdId, reference } = r);
    }
    const caseId = insertCase(db, { householdId, referralId, home: input.home, by: session.userId, at: nowIso(ws) });
    audit(ws, { action: 'sanctuary.refer', entity: 'sanctuary_case', entityId: caseId, detail: `${reference} (${input.from} referral)` });
    out = { caseId, referralId, householdId, reference };
  })();
  return out;
}

/** Referrals that asked for the scheme and have no sanctuary case yet (restricted ones flagged, not named). */
export function sanctuaryCandidates(ws: Workspace): z.output<typeof SanctuaryCandidateSchema>[] {
  const db = requireDb(ws);
  return candidateReferrals(db).map((r) => {
    const visible = maySeeCase(ws, { id: r.household_id, restricted: r.restricted });
    const adult = visible ? adultOf(db, r.household_id) : null;
    return {
      referralId: r.id,
      householdId: r.household_id,
      reference: r.reference,
      displayName: visible ? (adult ? displayNameOf(adult) : 'Anonymous') : 'Restricted case',
      restricted: !visible,
      receivedAt: r.received_at,
      status: r.status,
    };
  });
}

/** Accepts the referral onto the scheme, or records the scheme's reason for not accepting it. */
export function decideSanctuary(ws: Workspace, input: z.output<typeof SanctuaryDecideInputSchema>): { caseId: number; stage: string } {
  const db = requireDb(ws);
  const c = requireStage(ws, input.caseId, ['referred'], 'A decision');
  db.transaction(() => {
    const by = requireSession(ws).userId;
    if (input.outcome === 'accepted') {
      decide(ws, { referralId: c.referral_id, outcome: 'accepted', acceptedTo: 'sanctuary', note: input.note });
      setNotAcceptedReason(db, c.id, null, by, nowIso(ws));
    } else {
      const label = NotAcceptedReason.labels[input.reason];
      const note = input.note.trim() ? `Sanctuary scheme: ${label}. ${input.note.trim()}` : `Sanctuary scheme: ${label}.`;
      decide(ws, { referralId: c.referral_id, outcome: 'not_supported', reason: NOT_ACCEPTED_AS_REFERRAL_REASON[input.reason], note, unitTypesFull: [] });
      setNotAcceptedReason(db, c.id, input.reason, by, nowIso(ws));
    }
    audit(ws, { action: 'sanctuary.decide', entity: 'sanctuary_case', entityId: c.id, detail: input.outcome === 'accepted' ? 'accepted' : `not accepted: ${input.reason}` });
  })();
  return { caseId: c.id, stage: getCase(db, c.id)!.stage };
}

/** Refuses a date after today. */
function notFuture(ws: Workspace, date: string, field: string, what: string): void {
  if (date > londonDate(ws.deps.clock.now())) throw new AppError('INVALID_INPUT', `${what} cannot be in the future.`, { [field]: 'In the future.' });
}

/** Closes an open case once every measure is fitted or recorded as not fitted. */
export function closeSanctuaryCase(ws: Workspace, input: z.output<typeof SanctuaryCloseInputSchema>): { caseId: number } {
  const db = requireDb(ws);
  const c = requireStage(ws, input.caseId, ['open'], 'Closing the case');
  notFuture(ws, input.closedOn, 'closedOn', 'The closing date');
  notBeforeReferral(c, input.closedOn, 'closedOn', 'The closing date');
  const outstanding = measuresOf(db, c.id).filter((m) => m.status === 'requested' || m.status === 'approved');
  if (outstanding.length > 0) {
    throw new AppError('CONFLICT', `Record ${outstanding.map((m) => m.name).join(', ')} as fitted or not fitted before closing the case.`);
  }
  db.transaction(() => {
    closeCase(db, c.id, { closedOn: input.closedOn, reason: input.reason, note: input.note, waitingReferralId: null }, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: 'sanctuary.close', entity: 'sanctuary_case', entityId: c.id, detail: input.reason });
  })();
  return { caseId: c.id };
}

/**
 * The home is no longer safe: one action refers the household to the safe-accommodation waiting
 * list. A new referral (episode) of the same household is recorded and accepted to the waiting
 * list; measures not yet fitted are recorded as not fitted (the household is moving out); the
 * sanctuary case is closed, pointing at the new episode. Nothing is deleted.
 */
export function referToWaitingList(ws: Workspace, input: z.output<typeof ReferToWaitingListInputSchema>): { referralId: number; reference: string } {
  const db = requireDb(ws);
  const session = requireSession(ws);
  const c = requireStage(ws, input.caseId, ['open'], 'A referral to safe accommodation');
  const household = getHousehold(db, c.household_id)!;
  const adult = adultOf(db, household.id);
  const name = adult?.name ?? '';
  const alias = adult?.alias ?? '';
  const at = nowIso(ws);
  const today = londonDate(ws.deps.clock.now());
  const capture = ReferralCaptureSchema.parse({
    receivedAt: at,
    source: 'other_service',
    referrerName: `${session.displayName} (sanctuary scheme)`,
    name,
    alias,
    anonymous: adult?.anonymous === 1 || (name.trim() === '' && alias.trim() === ''),
    requests: ['refuge', 'dispersed'],
    urgency: input.urgency,
    immediateSafety: 'unsafe_now',
    notes: `Referred from the sanctuary scheme (${c.reference}): the home is no longer safe. ${input.reason}`,
    linkHouseholdId: household.id,
  });
  let out = { referralId: 0, reference: '' };
  db.transaction(() => {
    const r = keepingReferralDraft(ws, () => createReferral(ws, capture));
    decide(ws, { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit', note: `From the sanctuary scheme (${c.reference}): the home is no longer safe.` });
    for (const m of measuresOf(db, c.id)) {
      if (m.status === 'requested' || m.status === 'approved') {
        refuseMeasure(db, m.id, { refusedOn: today < m.requestedOn ? m.requestedOn : today, reason: 'moved_out', note: 'Home no longer safe: referred to safe accommodation.' }, session.userId, at);
      }
    }
    closeCase(db, c.id, { closedOn: today, reason: 'moved_to_safe_accommodation', note: input.reason, waitingReferralId: r.referralId }, session.userId, at);
    audit(ws, { action: 'sanctuary.refer-to-waiting-list', entity: 'sanctuary_case', entityId: c.id, detail: `new episode ${r.reference}` });
    out = { referralId: r.referralId, reference: r.reference };
  })();
  return out;
}
