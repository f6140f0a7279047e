import type { Sqlite } from '../connection';

/** Reads one meta value. */
export function getMeta(db: Sqlite, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes one meta value. */
export function setMeta(db: Sqlite, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
