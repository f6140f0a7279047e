import type { Sqlite } from '../connection';
import { cached } from '../statements';

/** Reads every stored setting as parsed JSON. */
export function readSettings(db: Sqlite): Record<string, unknown> {
  const rows = cached(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

/** Writes settings (each value stored as JSON). */
export function writeSettings(db: Sqlite, values: Record<string, unknown>): void {
  const stmt = cached(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [k, v] of Object.entries(values)) if (v !== undefined) stmt.run(k, JSON.stringify(v));
}
