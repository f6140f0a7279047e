import type { Sqlite } from '../../connection';

/** The record an earlier import made for an old sheet's key, or null. */
export function importedTarget(db: Sqlite, kind: string, externalKey: string): number | null {
  const row = db.prepare('SELECT target_id FROM import_keys WHERE kind = ? AND external_key = ?').get(kind, externalKey) as { target_id: number } | undefined;
  return row?.target_id ?? null;
}

/** Every key already imported for a kind (one read for a whole preview). */
export function importedKeys(db: Sqlite, kind: string): Set<string> {
  const rows = db.prepare('SELECT external_key FROM import_keys WHERE kind = ?').all(kind) as { external_key: string }[];
  return new Set(rows.map((r) => r.external_key));
}

/** Remembers which record an old sheet's key became. */
export function rememberImport(db: Sqlite, kind: string, externalKey: string, targetId: number, at: string): void {
  db.prepare('INSERT OR REPLACE INTO import_keys (kind, external_key, target_id, imported_at) VALUES (?, ?, ?, ?)').run(kind, externalKey, targetId, at);
}
