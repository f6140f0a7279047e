import { DEFAULT_RETENTION_SCHEDULE, RetentionScheduleSchema, type RetentionSchedule } from '../../../../shared/retention/schedule';
import type { Sqlite } from '../../connection';

/* The retention schedule lives in the settings table under its own namespaced key. */

const KEY = 'retention.schedule';

/** The schedule, with defaults for anything never set (or unreadable). */
export function readRetentionSchedule(db: Sqlite): RetentionSchedule {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  let stored: unknown;
  try {
    stored = row ? (JSON.parse(row.value) as unknown) : {};
  } catch {
    stored = {};
  }
  const parsed = RetentionScheduleSchema.safeParse({ ...DEFAULT_RETENTION_SCHEDULE, ...(typeof stored === 'object' && stored !== null ? stored : {}) });
  return parsed.success ? parsed.data : DEFAULT_RETENTION_SCHEDULE;
}

/** Stores the schedule. */
export function writeRetentionSchedule(db: Sqlite, s: RetentionSchedule): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(s));
}
