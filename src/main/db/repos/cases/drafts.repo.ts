import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** Saves (replaces) a person's draft of a form. */
export function saveDraft(db: Sqlite, userId: number, kind: string, payload: string, at: string): void {
  cached(db, 
    'INSERT INTO drafts (user_id, kind, payload, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (user_id, kind) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at',
  ).run(userId, kind, payload, at);
}

/** A person's draft, or null. */
export function getDraft(db: Sqlite, userId: number, kind: string): { payload: string; updated_at: string } | null {
  return (cached(db, 'SELECT payload, updated_at FROM drafts WHERE user_id = ? AND kind = ?').get(userId, kind) as { payload: string; updated_at: string } | undefined) ?? null;
}

/** Discards a draft. */
export function deleteDraft(db: Sqlite, userId: number, kind: string): void {
  cached(db, 'DELETE FROM drafts WHERE user_id = ? AND kind = ?').run(userId, kind);
}
