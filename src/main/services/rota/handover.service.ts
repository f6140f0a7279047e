import { AppError } from '../../../shared/errors';
import type { Handover } from '../../../shared/rota/schemas/handover.schema';
import { acknowledge as ackRow, getHandover as getRow, insertHandover, listHandovers as listRows, unreadHandovers, type HandoverRecord } from '../../db/repos/rota/handovers.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { assertLinkableCase, mayReadLinked } from './linked-case';

/**
 * A handover as the signed-in person may see it: whether they have acknowledged it, and each
 * note in full unless it concerns a restricted case they are not named on — then only that such
 * a note is there (its household or unit, case and text withheld). General notes are no case's.
 */
function forMe(ws: Workspace, h: HandoverRecord): Handover {
  const me = requireSession(ws).userId;
  const notes = h.notes.map(({ caseRestricted, ...n }) =>
    mayReadLinked(ws, { caseId: n.caseId, caseRestricted })
      ? { ...n, hidden: false }
      : { targetLabel: null, caseId: null, caseReference: null, note: null, hidden: true },
  );
  return { ...h, notes, acknowledgedByMe: h.acknowledgements.some((a) => a.userId === me) };
}

/**
 * Writes a handover at the end of a shift, as the signed-in person. Text is stored exactly as
 * typed. Each note's case link must name a case that exists and the writer may open.
 */
export function writeHandover(ws: Workspace, input: { generalNotes: string; notes: { targetLabel: string; caseId: number | null; note: string }[] }): Handover {
  const db = requireDb(ws);
  const by = requireSession(ws).userId;
  input.notes.forEach((n, i) => {
    if (n.caseId !== null) assertLinkableCase(ws, n.caseId, `notes.${i}.caseId`);
  });
  let id = 0;
  db.transaction(() => {
    id = insertHandover(db, input, by, nowIso(ws));
    const cases = [...new Set(input.notes.map((n) => n.caseId).filter((c): c is number => c !== null))];
    audit(ws, { action: 'handover.add', entity: 'handover', entityId: id, detail: cases.length ? `cases ${cases.join(',')}` : null });
  })();
  return forMe(ws, getRow(db, id)!);
}

/** One handover. */
export function getHandover(ws: Workspace, input: { id: number }): Handover {
  const h = getRow(requireDb(ws), input.id);
  if (!h) throw new AppError('NOT_FOUND', 'That handover does not exist.');
  return forMe(ws, h);
}

/** Handovers written by others in the last hours that the signed-in person has not acknowledged, oldest first. */
export function listUnread(ws: Workspace, input: { withinHours: number }): Handover[] {
  const since = new Date(ws.deps.clock.now().getTime() - input.withinHours * 3_600_000).toISOString();
  return unreadHandovers(requireDb(ws), requireSession(ws).userId, since).map((h) => forMe(ws, h));
}

/** Records that the signed-in person has read a handover (once; acknowledging again changes nothing). */
export function acknowledgeHandover(ws: Workspace, input: { id: number }): Handover {
  const db = requireDb(ws);
  const me = requireSession(ws).userId;
  const h = getRow(db, input.id);
  if (!h) throw new AppError('NOT_FOUND', 'That handover does not exist.');
  db.transaction(() => {
    if (ackRow(db, h.id, me, nowIso(ws))) audit(ws, { action: 'handover.acknowledge', entity: 'handover', entityId: h.id });
  })();
  return forMe(ws, getRow(db, h.id)!);
}

/** Handovers in a span of time, newest first. */
export function listHandovers(ws: Workspace, input: { from?: string; to?: string; limit: number }): Handover[] {
  return listRows(requireDb(ws), { fromIso: input.from ?? null, toIso: input.to ?? null, limit: input.limit }).map((h) => forMe(ws, h));
}
