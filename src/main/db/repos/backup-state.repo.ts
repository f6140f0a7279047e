import type { Sqlite } from '../connection';
import {
  BackupFailureSchema,
  BackupScheduleSchema,
  DEFAULT_RETENTION,
  RetentionSchema,
  type BackupFailure,
  type BackupSettings,
} from '../../../shared/backup/schemas';

/*
 * Backup settings live in the settings table (an administrator's choices); the record of the
 * last good backup and the last failure live in meta (facts the app records). Keys are
 * namespaced with "backup." so the general settings screen never sees them.
 */

const FOLDER = 'backup.folder';
const SCHEDULE = 'backup.schedule';
const RETENTION = 'backup.retention';
const LAST_GOOD_AT = 'backup.last_good_at';
const LAST_GOOD_NAME = 'backup.last_good_name';
const LAST_FAILURE = 'backup.last_failure';

function readJson(db: Sqlite, table: 'settings' | 'meta', key: string): unknown {
  const sql = table === 'settings' ? 'SELECT value FROM settings WHERE key = ?' : 'SELECT value FROM meta WHERE key = ?';
  const row = db.prepare(sql).get(key) as { value: string } | undefined;
  if (!row) return undefined;
  try {
    return JSON.parse(row.value) as unknown;
  } catch {
    return undefined;
  }
}

function writeJson(db: Sqlite, table: 'settings' | 'meta', key: string, value: unknown): void {
  const sql =
    table === 'settings'
      ? 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'
      : 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value';
  db.prepare(sql).run(key, JSON.stringify(value));
}

/** The backup settings, with defaults for anything never set (or unreadable). */
export function readBackupSettings(db: Sqlite): BackupSettings {
  const folder = readJson(db, 'settings', FOLDER);
  const schedule = BackupScheduleSchema.safeParse(readJson(db, 'settings', SCHEDULE));
  const retention = RetentionSchema.safeParse(readJson(db, 'settings', RETENTION));
  return {
    folder: typeof folder === 'string' && folder.length > 0 ? folder : null,
    schedule: schedule.success ? schedule.data : 'daily',
    retention: retention.success ? retention.data : DEFAULT_RETENTION,
  };
}

/** Writes the backup settings given. */
export function writeBackupSettings(db: Sqlite, patch: Partial<BackupSettings>): void {
  if (patch.folder !== undefined) writeJson(db, 'settings', FOLDER, patch.folder);
  if (patch.schedule !== undefined) writeJson(db, 'settings', SCHEDULE, patch.schedule);
  if (patch.retention !== undefined) writeJson(db, 'settings', RETENTION, patch.retention);
}

/** The record of past runs. */
export interface BackupRecord {
  lastGoodAt: string | null;
  lastGoodName: string | null;
  lastFailure: BackupFailure | null;
}

/** Reads the record of the last good backup and the last failure. */
export function readBackupRecord(db: Sqlite): BackupRecord {
  const at = readJson(db, 'meta', LAST_GOOD_AT);
  const name = readJson(db, 'meta', LAST_GOOD_NAME);
  const failure = BackupFailureSchema.safeParse(readJson(db, 'meta', LAST_FAILURE));
  return {
    lastGoodAt: typeof at === 'string' ? at : null,
    lastGoodName: typeof name === 'string' ? name : null,
    lastFailure: failure.success ? failure.data : null,
  };
}

/** Records a good backup (and clears the failure banner). */
export function recordBackupSuccess(db: Sqlite, at: string, name: string): void {
  writeJson(db, 'meta', LAST_GOOD_AT, at);
  writeJson(db, 'meta', LAST_GOOD_NAME, name);
  db.prepare('DELETE FROM meta WHERE key = ?').run(LAST_FAILURE);
}

/** Records a failed backup for the banner. */
export function recordBackupFailure(db: Sqlite, failure: BackupFailure): void {
  writeJson(db, 'meta', LAST_FAILURE, failure);
}

/** Copies the record into another database (a restored one keeps knowing when backups last ran). */
export function writeBackupRecord(db: Sqlite, record: BackupRecord): void {
  if (record.lastGoodAt && record.lastGoodName) recordBackupSuccess(db, record.lastGoodAt, record.lastGoodName);
  if (record.lastFailure) recordBackupFailure(db, record.lastFailure);
}

/** A user as restore needs to see them in a backup: enough to prove they can sign in to it. */
export interface AccountInBackup {
  id: number;
  username: string;
  role: string;
  active: boolean;
  keyringSlot: string | null;
}

/** One account of a (possibly older-schema) database, by normalised username. */
export function accountInBackup(db: Sqlite, username: string): AccountInBackup | null {
  const row = db.prepare('SELECT id, username, role, active, keyring_slot FROM users WHERE username = ?').get(username) as
    | { id: number; username: string; role: string; active: number; keyring_slot: string | null }
    | undefined;
  return row ? { id: row.id, username: row.username, role: row.role, active: row.active === 1, keyringSlot: row.keyring_slot } : null;
}

/** The key slots active accounts use (restore keeps only these in a carried-over keyring). */
export function activeKeyringSlots(db: Sqlite): Set<string> {
  const rows = db.prepare('SELECT keyring_slot FROM users WHERE active = 1 AND keyring_slot IS NOT NULL').pluck().all() as string[];
  return new Set(rows);
}
