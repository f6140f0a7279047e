import { AppError } from '../../../shared/errors';
import { isOutOfHours } from '../../../shared/rota/out-of-hours';
import type { PhoneCall } from '../../../shared/rota/schemas/phone-log.schema';
import { closeFollowUp as closeRow, getCall, insertCall, listCalls as listCallRows, openFollowUps, updateCall, type CallFields, type CallRecord } from '../../db/repos/rota/phone-log.repo';
import { getHousehold } from '../../db/repos/cases/households.repo';
import { openCase } from '../cases/case-access';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { assertLinkableCase, assertReadableLink, mayReadLinked } from './linked-case';
import { isRotaManager } from './rota-access';

/** A call can be logged a little ahead of the PC's clock (clocks drift), but not in the future. */
const CLOCK_SLACK_MS = 5 * 60_000;

type CallInput = Omit<CallFields, 'at'> & { at?: string };

/**
 * A call as the signed-in person may see it: in full, or — when it concerns a restricted case
 * they are not named on — its time, who rang, who logged it and its follow-up's state, with which
 * case and everything said and done withheld.
 */
function forReader(ws: Workspace, c: CallRecord): PhoneCall {
  const { caseRestricted: _restricted, ...call } = c;
  const outOfHours = isOutOfHours(Date.parse(c.at));
  if (mayReadLinked(ws, c)) return { ...call, outOfHours, hidden: false };
  return {
    ...call,
    caseId: null,
    caseReference: null,
    actionTaken: null,
    managerCalled: null,
    policeCalled: null,
    followUpNote: null,
    followUpClosingNote: null,
    outOfHours,
    hidden: true,
  };
}

function mustGet(ws: Workspace, id: number): CallRecord {
  const c = getCall(requireDb(ws), id);
  if (!c) throw new AppError('NOT_FOUND', 'That call is not in the log.');
  return c;
}

function fieldsOf(ws: Workspace, input: CallInput): CallFields {
  const at = input.at ? new Date(input.at) : ws.deps.clock.now();
  if (at.getTime() > ws.deps.clock.now().getTime() + CLOCK_SLACK_MS) throw new AppError('INVALID_INPUT', 'A call cannot be logged in the future.', { at: 'Enter the time the call came in.' });
  return { ...input, at: at.toISOString() };
}

function caseDetail(caseId: number | null): string | null {
  return caseId !== null ? `case ${caseId}` : null;
}

/** Logs a call (at the time given, or now), linked to a case that exists and the caller may open, or none. */
export function logCall(ws: Workspace, input: CallInput): PhoneCall {
  const db = requireDb(ws);
  const by = requireSession(ws).userId;
  const fields = fieldsOf(ws, input);
  if (fields.caseId !== null) assertLinkableCase(ws, fields.caseId, 'caseId');
  let id = 0;
  db.transaction(() => {
    id = insertCall(db, fields, by, nowIso(ws));
    audit(ws, { action: 'phoneLog.add', entity: 'phone_call', entityId: id, detail: caseDetail(fields.caseId) });
  })();
  return forReader(ws, mustGet(ws, id));
}

/** Corrects a call's record: the person who logged it, or a manager. */
export function correctCall(ws: Workspace, input: CallInput & { id: number }): PhoneCall {
  const db = requireDb(ws);
  const call = mustGet(ws, input.id);
  if (call.loggedByUserId !== requireSession(ws).userId && !isRotaManager(ws)) {
    throw new AppError('FORBIDDEN', 'Only the person who logged a call, or a manager, can correct it.');
  }
  // Someone who cannot read the call (its case is restricted and they are not named on it, even
  // the manager or the person who logged it) would be overwriting what they cannot see.
  assertReadableLink(ws, call);
  if (call.followUpClosedAt && !input.followUpNeeded) {
    throw new AppError('CONFLICT', 'This call’s follow-up has been closed, so it stays marked as needing one.', { followUpNeeded: 'The follow-up was closed.' });
  }
  const fields = fieldsOf(ws, { ...input, at: input.at ?? call.at });
  // Only a new or changed link is checked: the call's own link was checked above.
  if (fields.caseId !== null && fields.caseId !== call.caseId) assertLinkableCase(ws, fields.caseId, 'caseId');
  db.transaction(() => {
    updateCall(db, input.id, fields);
    audit(ws, { action: 'phoneLog.update', entity: 'phone_call', entityId: input.id, detail: caseDetail(fields.caseId) });
  })();
  return forReader(ws, mustGet(ws, input.id));
}

/** Closes a call's follow-up, with what was done. */
export function closeFollowUp(ws: Workspace, input: { id: number; note: string }): PhoneCall {
  const db = requireDb(ws);
  const call = mustGet(ws, input.id);
  // Closing a follow-up you cannot read would mark as done what you do not know was asked.
  assertReadableLink(ws, call);
  if (!call.followUpNeeded) throw new AppError('CONFLICT', 'That call did not need a follow-up.');
  if (call.followUpClosedAt) throw new AppError('CONFLICT', `That follow-up was already closed by ${call.followUpClosedByName ?? 'someone'}.`);
  db.transaction(() => {
    closeRow(db, input.id, requireSession(ws).userId, nowIso(ws), input.note);
    audit(ws, { action: 'phoneLog.followUpClose', entity: 'phone_call', entityId: input.id });
  })();
  return forReader(ws, mustGet(ws, input.id));
}

/** Calls in a span of time (or about one case), newest first, each as the reader may see it. */
export function listCalls(ws: Workspace, input: { from?: string; to?: string; caseId?: number; limit: number }): PhoneCall[] {
  const db = requireDb(ws);
  // The calls about one case are part of its record: asking for a restricted case's is refused
  // (and audited) like opening it, since even their times and callers would say what it holds.
  if (input.caseId !== undefined && getHousehold(db, input.caseId)) openCase(ws, input.caseId);
  return listCallRows(db, { fromIso: input.from ?? null, toIso: input.to ?? null, caseId: input.caseId ?? null, limit: input.limit }).map((c) => forReader(ws, c));
}

/** Follow-ups not yet closed, oldest first, however old, each as the reader may see it. */
export function listFollowUps(ws: Workspace): PhoneCall[] {
  return openFollowUps(requireDb(ws)).map((c) => forReader(ws, c));
}
