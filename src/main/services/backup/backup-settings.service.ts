import { dirname, resolve } from 'node:path';
import { backupAge } from '../../../shared/backup/schedule';
import type { BackupSettings, BackupSettingsUpdate, BackupStatus } from '../../../shared/backup/schemas';
import { AppError } from '../../../shared/errors';
import { readBackupRecord, readBackupSettings, writeBackupSettings } from '../../db/repos/backup-state.repo';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { BackupFolderError } from './backup-errors';
import { assertFolderUsable } from './backup-files';
import { currentJob } from './backup-jobs';

/** The backup settings. */
export function getBackupSettings(ws: Workspace): BackupSettings {
  return readBackupSettings(requireDb(ws));
}

/**
 * Changes the backup settings. A new folder is tried straight away (written to and removed), so
 * the administrator learns now, not at two in the morning, that the drive is read-only. The
 * folder holding the live database is refused: a backup beside the original is lost with it.
 */
export async function updateBackupSettings(ws: Workspace, patch: BackupSettingsUpdate): Promise<BackupSettings> {
  const db = requireDb(ws);
  const keys = (Object.keys(patch) as (keyof BackupSettingsUpdate)[]).filter((k) => patch[k] !== undefined);
  if (keys.length === 0) throw new AppError('INVALID_INPUT', 'Nothing to change.');
  if (typeof patch.folder === 'string') {
    if (resolve(patch.folder) === resolve(dirname(ws.deps.paths.dbPath))) {
      throw new AppError('INVALID_INPUT', 'Choose a different folder from the one holding the database itself, ideally on another drive.', {
        folder: 'Choose a different folder from the one holding the database itself, ideally on another drive.',
      });
    }
    try {
      await assertFolderUsable(patch.folder, 0);
    } catch (e) {
      if (e instanceof BackupFolderError) throw new AppError('BACKUP_FOLDER_UNAVAILABLE', e.message, { folder: e.message });
      throw e;
    }
  }
  db.transaction(() => {
    writeBackupSettings(db, patch);
    audit(ws, { action: 'backup.settings.update', entity: 'settings', detail: keys.sort().join(', ') });
  })();
  return readBackupSettings(db);
}

/**
 * Backup health for the home screen. Everyone sees how old the last good backup is and whether
 * the last attempt failed; only administrators get the folder and the failure's wording.
 */
export function backupStatus(ws: Workspace): BackupStatus {
  const db = requireDb(ws);
  const session = requireSession(ws);
  const record = readBackupRecord(db);
  const job = currentJob(ws);
  const { ageHours, stale } = backupAge(record.lastGoodAt, ws.deps.clock.now());
  const failing = record.lastFailure !== null && (!record.lastGoodAt || record.lastFailure.at >= record.lastGoodAt);
  const settings = readBackupSettings(db);
  return {
    running: job !== null,
    kind: job?.kind ?? null,
    phase: job?.phase ?? null,
    percent: job ? Math.round(job.percent) : null,
    lastGoodAt: record.lastGoodAt,
    ageHours,
    stale,
    failing,
    details:
      session.role === 'administrator'
        ? { folder: settings.folder, schedule: settings.schedule, lastGoodName: record.lastGoodName, lastFailure: failing ? record.lastFailure : null }
        : null,
  };
}
