import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { ContactAddInputSchema, ContactListInputSchema, ContactListSchema, PeriodInputSchema, SupportTotalsSchema } from '../../../shared/support/schemas/contacts.schema';
import type { FeedbackAddInputSchema, FeedbackListSchema } from '../../../shared/support/schemas/feedback.schema';
import { supportTotals } from '../../../shared/support/support-hours';
import { activeStaff } from '../../db/repos/support/episodes.repo';
import { contactsInPeriod, contactsOf, feedbackOf, insertContact, insertFeedback } from '../../db/repos/support/contacts.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { findEpisode, requireEpisode, supportOn } from './episode.service';
import { notFuture } from './support-common';

/** The contacts log of a household (every episode), with totals for the same period. */
export function listContacts(ws: Workspace, input: z.output<typeof ContactListInputSchema>): z.output<typeof ContactListSchema> {
  const db = requireDb(ws);
  const ep = findEpisode(ws, input.householdId);
  audit(ws, { action: 'support.view', entity: 'household', entityId: input.householdId, detail: 'contacts' });
  const rows = contactsOf(db, input.householdId, input.from, input.to);
  const totals = supportTotals(rows.map((r) => ({ householdId: r.household_id, contactOn: r.contact_on, minutes: r.minutes, timeKind: r.time_kind, supportType: r.support_type })));
  return {
    episode: ep?.summary ?? null,
    items: rows.map((r) => ({
      id: r.id,
      contactOn: r.contact_on,
      minutes: r.minutes,
      timeKind: r.time_kind,
      worker: r.worker,
      supportType: r.support_type,
      notes: r.notes,
      moveOn: r.move_on === 1,
    })),
    totals,
    workers: activeStaff(db),
  };
}

/** Logs a contact with the household in its current episode. */
export function addContact(ws: Workspace, input: z.output<typeof ContactAddInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  notFuture(ws, input.contactOn, 'contactOn', 'The contact date');
  const { moveOn } = supportOn(ep, input.contactOn, 'contactOn', 'The contact');
  if (input.workerId !== null && !activeStaff(db).some((w) => w.id === input.workerId)) {
    throw new AppError('INVALID_INPUT', 'Choose a worker who has an active account.', { workerId: 'Not an active account.' });
  }
  let id = 0;
  db.transaction(() => {
    id = insertContact(db, {
      householdId: ep.household.id,
      referralId: ep.referral.id,
      contactOn: input.contactOn,
      minutes: input.minutes,
      timeKind: input.timeKind,
      workerId: input.workerId,
      workerName: input.workerId === null ? input.workerName.trim() : '',
      supportType: input.supportType,
      notes: input.notes,
      moveOn,
      at: nowIso(ws),
      by: requireSession(ws).userId,
    });
    audit(ws, { action: 'support.contact.add', entity: 'household', entityId: ep.household.id, detail: `${input.minutes} min ${input.timeKind}, ${input.supportType}` });
  })();
  return { id };
}

/** Support-time totals across the service for a period (no names: for managers and reports). */
export function periodTotals(ws: Workspace, input: z.output<typeof PeriodInputSchema>): z.output<typeof SupportTotalsSchema> {
  const rows = contactsInPeriod(requireDb(ws), input.from, input.to);
  return supportTotals(rows.map((r) => ({ householdId: r.household_id, contactOn: r.contact_on, minutes: r.minutes, timeKind: r.time_kind, supportType: r.support_type })));
}

/** The session feedback totals of the current episode, oldest first. */
export function listFeedback(ws: Workspace, householdId: number): z.output<typeof FeedbackListSchema> {
  const db = requireDb(ws);
  const ep = findEpisode(ws, householdId);
  audit(ws, { action: 'support.view', entity: 'household', entityId: householdId, detail: 'feedback' });
  if (!ep) return { episode: null, sessions: [] };
  return {
    episode: ep.summary,
    sessions: feedbackOf(db, ep.referral.id).map((f) => ({
      id: f.id,
      sessionOn: f.session_on,
      outcomeTotal: f.outcome_total,
      sessionTotal: f.session_total,
      notes: f.notes,
      by: f.by_name,
    })),
  };
}

/** Records one session's outcome and session rating totals. */
export function addFeedback(ws: Workspace, input: z.output<typeof FeedbackAddInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  notFuture(ws, input.sessionOn, 'sessionOn', 'The session date');
  supportOn(ep, input.sessionOn, 'sessionOn', 'The session');
  let id = 0;
  db.transaction(() => {
    id = insertFeedback(db, {
      householdId: ep.household.id,
      referralId: ep.referral.id,
      sessionOn: input.sessionOn,
      outcomeTotal: input.outcomeTotal,
      sessionTotal: input.sessionTotal,
      notes: input.notes,
      at: nowIso(ws),
      by: requireSession(ws).userId,
    });
    audit(ws, { action: 'support.feedback.add', entity: 'household', entityId: ep.household.id });
  })();
  return { id };
}
