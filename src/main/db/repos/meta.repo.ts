import type { Sqlite } from '../connection';
import { cached } from '../statements';

/** Reads one meta value. */
export function getMeta(db: Sqlite, key: string): string | null {
  const row = cached(db, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes one meta value. */
export function setMeta(db: Sqlite, key: string, value: string): void {
  cached(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
