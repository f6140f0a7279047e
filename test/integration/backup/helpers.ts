import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_VERSION } from '../../../src/main/app-version';
import type { Sqlite } from '../../../src/main/db/connection';
import { LATEST_VERSION } from '../../../src/main/db/migrations';
import type { BackupDeps } from '../../../src/main/services/backup/backup-deps';
import { copyDatabase, verifyDatabaseFile } from '../../../src/main/services/backup/copy-verify';
import { setUpWorkspace } from '../../helpers/temp-workspace';

/** A signed-in administrator's workspace with a backup folder chosen. */
export async function backupWorkspace(opts: { start?: string } = {}) {
  const t = await setUpWorkspace(opts);
  const folder = join(t.dir, 'backups');
  mkdirSync(folder);
  await t.ok('backup.settings.update', { folder });
  return { ...t, folder };
}

/** SHA-256 of a file, or 'absent'. */
export function fileHash(path: string): string {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';
}

/** Every file in a folder with its hash: proves "nothing changed" after a refusal. */
export function folderSnapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      // -shm is SQLite's shared-memory index, which readers update; it holds no data.
      .filter((e) => e.isFile() && !e.name.endsWith('-shm'))
      .map((e) => e.name)
      .sort()
      .map((n) => [n, fileHash(join(dir, n))]),
  );
}

/**
 * A hash of every row of every table (rows sorted, so no table needs a rowid): proves the records
 * are untouched even when the file itself legitimately changed (a failure recorded for the
 * banner). `except` drops rows the caller expects to change.
 */
export function contentHash(db: Sqlite, except: (table: string, row: Record<string, unknown>) => boolean = () => false): string {
  const h = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    h.update(`#${t}\n`);
    // Table names come from sqlite_schema, not from input.
    // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from sqlite_schema, not from input
    const sql = `SELECT * FROM "${t}"`;
    const rows = (db.prepare(sql).all() as Record<string, unknown>[])
      .filter((row) => !except(t, row))
      .map((row) => JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? v.toString() : v)))
      .sort();
    for (const r of rows) h.update(r + '\n');
  }
  return h.digest('hex');
}

/**
 * Rows that record backups themselves (the banner's record and its audit entries) and the
 * session around them (signing in and out to look): everything else must not change.
 */
export function isBackupBookkeeping(table: string, row: Record<string, unknown>): boolean {
  if (table === 'meta') return String(row.key).startsWith('backup.');
  if (table === 'audit_log') return /^(backup\.|sign-in|sign-out|lock)/.test(String(row.action));
  if (table === 'users') delete row.last_sign_in_at; // signing in to look touches it
  return false;
}

/**
 * Backup dependencies that run the copy and verify jobs on this thread: the same functions the
 * worker runs, without a thread's start-up time, for tests about what happens around them.
 */
export function inlineDeps(): BackupDeps {
  return {
    appVersion: APP_VERSION,
    maxSchema: LATEST_VERSION,
    runner: (job, onProgress) => {
      const key = Buffer.from(job.key);
      const result = (async () => {
        try {
          return job.kind === 'copy'
            ? copyDatabase(job.sourcePath, key, job.target, job.dbId, job.maxSchema, onProgress)
            : verifyDatabaseFile(job.path, key, job.expect, onProgress);
        } finally {
          key.fill(0);
        }
      })();
      return { result, cancel: () => {} };
    },
  };
}
