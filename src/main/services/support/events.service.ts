import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { EventSaveInput, EventsListSchema, SupportEvent } from '../../../shared/support/schemas/events.schema';
import { maracOf } from '../../db/repos/cases/risk.repo';
import { eventsOf, getEvent, insertEvent, updateEvent, type EventFields, type EventRow } from '../../db/repos/support/events.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { findEpisode, requireEpisode } from './episode.service';
import { notBefore, notFuture } from './support-common';

function toEvent(r: EventRow): SupportEvent {
  return {
    id: r.id,
    kind: r.kind,
    eventOn: r.event_on,
    details: r.details,
    about: r.about,
    raisedWith: r.raised_with as SupportEvent['raisedWith'],
    outcome: r.outcome,
    category: r.category as SupportEvent['category'],
    commissionerToldOn: r.commissioner_told_on,
    theme: r.theme as SupportEvent['theme'],
    response: r.response,
    resolvedOn: r.resolved_on,
    by: r.by_name,
  };
}

/** The columns of an event of any kind; those that do not apply stay empty. */
function fieldsOf(input: EventSaveInput): EventFields {
  const f: EventFields = {
    kind: input.kind,
    eventOn: input.eventOn,
    details: input.details,
    about: null,
    raisedWith: null,
    outcome: '',
    category: null,
    commissionerToldOn: null,
    theme: null,
    response: '',
    resolvedOn: null,
  };
  switch (input.kind) {
    case 'safeguarding':
      return { ...f, about: input.about, raisedWith: input.raisedWith, outcome: input.outcome };
    case 'hrbp':
      return { ...f, outcome: input.outcome };
    case 'serious_incident':
      return { ...f, category: input.category, commissionerToldOn: input.commissionerToldOn };
    case 'complaint':
      return { ...f, theme: input.theme, response: input.response, resolvedOn: input.resolvedOn };
    case 'compliment':
      return { ...f, theme: input.theme, response: input.response };
  }
}

/** The household's events (every episode) and its MARAC referrals (kept by the cases feature). */
export function listEvents(ws: Workspace, householdId: number): z.output<typeof EventsListSchema> {
  const db = requireDb(ws);
  const ep = findEpisode(ws, householdId);
  audit(ws, { action: 'support.view', entity: 'household', entityId: householdId, detail: 'events' });
  return {
    episode: ep?.summary ?? null,
    events: eventsOf(db, householdId).map(toEvent),
    marac: maracOf(db, householdId).map((m) => ({ id: m.id, referredOn: m.referred_on, meetingOn: m.meeting_on, actions: m.actions })),
  };
}

/**
 * Adds an event, or updates one (to add an outcome, the date the commissioner was told, or a
 * resolution). Events can be logged after support ends: a complaint often arrives later.
 */
export function saveEvent(ws: Workspace, input: EventSaveInput): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  notFuture(ws, input.eventOn, 'eventOn', 'The date');
  notBefore(input.eventOn, ep.receivedOn, 'eventOn', 'The date cannot be before the referral arrived.');
  if (input.kind === 'serious_incident') notFuture(ws, input.commissionerToldOn, 'commissionerToldOn', 'The date the commissioner was told');
  if (input.kind === 'complaint') notFuture(ws, input.resolvedOn, 'resolvedOn', 'The resolved date');
  const fields = fieldsOf(input);
  const at = nowIso(ws);
  const by = requireSession(ws).userId;
  let id = 0;
  db.transaction(() => {
    if (input.eventId === null) {
      id = insertEvent(db, ep.household.id, ep.referral.id, fields, at, by);
      audit(ws, { action: 'support.event.add', entity: 'household', entityId: ep.household.id, detail: input.kind });
    } else {
      const existing = getEvent(db, input.eventId);
      if (!existing || existing.household_id !== ep.household.id) throw new AppError('NOT_FOUND', 'That event is not on this record.');
      if (existing.kind !== input.kind) throw new AppError('INVALID_INPUT', 'An event’s kind cannot be changed: add a new one instead.', { kind: 'Cannot change.' });
      updateEvent(db, existing.id, ep.household.id, fields, at, by);
      id = existing.id;
      audit(ws, { action: 'support.event.update', entity: 'household', entityId: ep.household.id, detail: `${input.kind} ${existing.id}` });
    }
  })();
  return { id };
}
