import { AppError } from '../../../shared/errors';
import { isOutOfHours } from '../../../shared/rota/out-of-hours';
import type { PhoneCall } from '../../../shared/rota/schemas/phone-log.schema';
import { closeFollowUp as closeRow, getCall, insertCall, listCalls as listCallRows, openFollowUps, updateCall, type CallFields, type CallRecord } from '../../db/repos/rota/phone-log.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { assertLinkableCase } from './linked-case';
import { isRotaManager } from './rota-access';

/** A call can be logged a little ahead of the PC's clock (clocks drift), but not in the future. */
const CLOCK_SLACK_MS = 5 * 60_000;

type CallInput = Omit<CallFields, 'at'> & { at?: string };

function withHours(c: CallRecord): PhoneCall {
  return { ...c, outOfHours: isOutOfHours(Date.parse(c.at)) };
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
  return withHours(mustGet(ws, id));
}

/** Corrects a call's record: the person who logged it, or a manager. */
export function correctCall(ws: Workspace, input: CallInput & { id: number }): PhoneCall {
  const db = requireDb(ws);
  const call = mustGet(ws, input.id);
  if (call.loggedByUserId !== requireSession(ws).userId && !isRotaManager(ws)) {
    throw new AppError('FORBIDDEN', 'Only the person who logged a call, or a manager, can correct it.');
  }
  if (call.followUpClosedAt && !input.followUpNeeded) {
    throw new AppError('CONFLICT', 'This call’s follow-up has been closed, so it stays marked as needing one.', { followUpNeeded: 'The follow-up was closed.' });
  }
  const fields = fieldsOf(ws, { ...input, at: input.at ?? call.at });
  // Only a new or changed link is checked: a correction by a manager not named on a restricted
  // case the call was already linked to keeps that link as it was.
  if (fields.caseId !== null && fields.caseId !== call.caseId) assertLinkableCase(ws, fields.caseId, 'caseId');
  db.transaction(() => {
    updateCall(db, input.id, fields);
    audit(ws, { action: 'phoneLog.update', entity: 'phone_call', entityId: input.id, detail: caseDetail(fields.caseId) });
  })();
  return withHours(mustGet(ws, input.id));
}

/** Closes a call's follow-up, with what was done. */
export function closeFollowUp(ws: Workspace, input: { id: number; note: string }): PhoneCall {
  const db = requireDb(ws);
  const call = mustGet(ws, input.id);
  if (!call.followUpNeeded) throw new AppError('CONFLICT', 'That call did not need a follow-up.');
  if (call.followUpClosedAt) throw new AppError('CONFLICT', `That follow-up was already closed by ${call.followUpClosedByName ?? 'someone'}.`);
  db.transaction(() => {
    closeRow(db, input.id, requireSession(ws).userId, nowIso(ws), input.note);
    audit(ws, { action: 'phoneLog.followUpClose', entity: 'phone_call', entityId: input.id });
  })();
  return withHours(mustGet(ws, input.id));
}

/** Calls in a span of time (or about one case), newest first. */
export function listCalls(ws: Workspace, input: { from?: string; to?: string; caseId?: number; limit: number }): PhoneCall[] {
  return listCallRows(requireDb(ws), { fromIso: input.from ?? null, toIso: input.to ?? null, caseId: input.caseId ?? null, limit: input.limit }).map(withHours);
}

/** Follow-ups not yet closed, oldest first, however old. */
export function listFollowUps(ws: Workspace): PhoneCall[] {
  return openFollowUps(requireDb(ws)).map(withHours);
}
