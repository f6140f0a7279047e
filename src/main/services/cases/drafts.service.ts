import { deleteDraft, getDraft, saveDraft } from '../../db/repos/cases/drafts.repo';
import { nowIso, requireDb, requireSession, type Workspace } from '../workspace';

/*
 * Half-filled forms are kept in the encrypted database as the worker types, so locking or closing
 * the app loses nothing. Each person has their own draft of each kind; saving a referral removes
 * it. Drafts are not audited per keystroke (that would flood the log); the referral is.
 */

/** Saves the signed-in person's draft. */
export function saveMyDraft(ws: Workspace, kind: 'referral', payload: string): { done: true } {
  saveDraft(requireDb(ws), requireSession(ws).userId, kind, payload, nowIso(ws));
  return { done: true };
}

/** The signed-in person's draft, or null. */
export function getMyDraft(ws: Workspace, kind: 'referral'): { kind: string; payload: string; updatedAt: string } | null {
  const d = getDraft(requireDb(ws), requireSession(ws).userId, kind);
  return d ? { kind, payload: d.payload, updatedAt: d.updated_at } : null;
}

/** Discards the signed-in person's draft. */
export function discardMyDraft(ws: Workspace, kind: 'referral'): { done: true } {
  deleteDraft(requireDb(ws), requireSession(ws).userId, kind);
  return { done: true };
}
