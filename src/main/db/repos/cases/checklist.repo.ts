import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/*
 * A loaded checklist wording lives in the settings table (an administrator's choice) under one
 * namespaced key, so the general settings screen never sees it. No row: the shipped checklist.
 */
const KEY = 'risk.checklist';

/** The stored definition's JSON, or null when the shipped checklist is in use. */
export function readChecklistJson(db: Sqlite): string | null {
  const row = cached(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  return row?.value ?? null;
}

/** Stores a definition (replacing any loaded before). */
export function writeChecklistJson(db: Sqlite, json: string): void {
  cached(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, json);
}

/** Goes back to the shipped checklist. */
export function clearChecklist(db: Sqlite): void {
  cached(db, 'DELETE FROM settings WHERE key = ?').run(KEY);
}
