import { createHash } from 'node:crypto';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import type { BackupManifest } from '../../../shared/backup/manifest';
import { planRotation } from '../../../shared/backup/rotation';
import type { BackupRunResult, BackupSetSummary, Retention } from '../../../shared/backup/schemas';
import { AppError } from '../../../shared/errors';
import { parseKeyring } from '../../db/keyring';
import { readBackupSettings, recordBackupFailure, recordBackupSuccess } from '../../db/repos/backup-state.repo';
import { audit, nowIso, requireDb, type Workspace } from '../workspace';
import { defaultBackupDeps, type BackupDeps } from './backup-deps';
import { BackupFailedError, BackupFolderError, explainFolderFailure } from './backup-errors';
import {
  assertFolderUsable,
  deleteSet,
  freeSetName,
  fsyncFolder,
  listSets,
  setFiles,
  sweepStaleTemps,
  tempPath,
  writeFileDurably,
  type FoundSet,
} from './backup-files';
import { runExclusive } from './backup-jobs';

/** Who asked for a backup: recorded in the audit log. */
export type BackupTrigger = 'manual' | 'scheduled' | 'cli';

/** The set as the renderer lists it. */
export function summariseSet(set: FoundSet): BackupSetSummary {
  return {
    name: set.files.name,
    file: set.files.db,
    createdAt: set.manifest.createdAt,
    sizeBytes: set.manifest.database.bytes,
    schemaVersion: set.manifest.schemaVersion,
    appVersion: set.manifest.appVersion,
  };
}

/** The folder to use: the one given, else the one in settings, else a clear refusal. */
function folderFor(ws: Workspace, folder: string | undefined): string {
  const chosen = folder ?? readBackupSettings(requireDb(ws)).folder;
  if (!chosen) throw new BackupFolderError('No backup folder has been chosen yet. An administrator chooses one in Backups.');
  return chosen;
}

/** Anything that is not already one of our errors becomes a plain "backup failed". */
function asBackupError(e: unknown, folder: string): AppError {
  const explained = explainFolderFailure(e, folder);
  if (explained instanceof AppError) return explained;
  const code = typeof e === 'object' && e !== null && 'code' in e ? ` (${String((e as { code: unknown }).code)})` : '';
  return new BackupFailedError(`The backup failed unexpectedly${code}. Nothing was kept; the database has not been changed.`);
}

/** Deletes older sets of this database as the retention settings say; never the one just made. */
async function rotate(folder: string, dbId: string, keepName: string, retention: Retention): Promise<string[]> {
  const sets = (await listSets(folder)).filter((s) => s.manifest.dbId === dbId);
  const plan = planRotation(
    sets.map((s) => ({ name: s.files.name, createdAt: s.manifest.createdAt })),
    retention,
  );
  const removed: string[] = [];
  for (const name of plan.remove) {
    if (name === keepName) continue;
    await deleteSet(setFiles(folder, name));
    removed.push(name);
  }
  return removed;
}

/**
 * Makes a backup set now: the encrypted database is copied and verified in a worker thread
 * (reopened with the key, cipher_integrity_check, integrity_check, row counts equal to the
 * source's at the moment of the copy), then its keyring and manifest are written, and only then
 * are the temporary files renamed to their real names. Older sets are rotated away. The outcome
 * is recorded for the home screen and in the audit log; on failure nothing is left in the folder
 * and the live database is not touched beyond that record.
 */
export async function backupNow(ws: Workspace, opts: { folder?: string; trigger: BackupTrigger }, deps: BackupDeps = defaultBackupDeps()): Promise<BackupRunResult> {
  const db = requireDb(ws);
  const unlocked = ws.unlocked!;
  const folder = folderFor(ws, opts.folder);
  const startedAt = ws.deps.clock.now();
  const t0 = performance.now();
  return runExclusive(ws, 'backup', async (ctl) => {
    const temps: string[] = [];
    try {
      await sweepStaleTemps(folder, startedAt);
      await assertFolderUsable(folder, (await stat(ws.deps.paths.dbPath)).size);
      const name = freeSetName(folder, startedAt);
      const files = setFiles(folder, name);
      const tmpDb = tempPath(folder, name, 'db');
      const tmpKeyring = tempPath(folder, name, 'keyring');
      const tmpManifest = tempPath(folder, name, 'manifest');
      temps.push(tmpDb, tmpKeyring, tmpManifest);

      const dbId = unlocked.keyring.dbId;
      const job = deps.runner(
        { kind: 'copy', sourcePath: ws.deps.paths.dbPath, target: tmpDb, dbId, maxSchema: deps.maxSchema, key: unlocked.open.dataKey },
        ctl.progress,
      );
      const copy = await ctl.attach(job).result;

      ctl.progress('finishing', 98);
      // The keyring as it is on disk now: the same data key, so it opens the copy.
      const keyringBytes = await readFile(ws.deps.paths.keyringPath);
      if (parseKeyring(keyringBytes.toString('utf8')).dbId !== copy.dbId) throw new BackupFailedError('The keyring beside the database belongs to another database. Nothing was kept.');
      await writeFileDurably(tmpKeyring, keyringBytes);
      const manifest: BackupManifest = {
        format: 'waymark-backup',
        version: 1,
        appVersion: deps.appVersion,
        schemaVersion: copy.schemaVersion,
        dbId: copy.dbId,
        createdAt: startedAt.toISOString(),
        database: { name: `${name}.db`, bytes: copy.bytes, sha256: copy.sha256 },
        keyring: { name: `${name}.db.keyring`, bytes: keyringBytes.length, sha256: createHash('sha256').update(keyringBytes).digest('hex') },
        rowCounts: copy.rowCounts,
      };
      await writeFileDurably(tmpManifest, JSON.stringify(manifest, null, 2) + '\n');
      // Verified: now the set gets its real names, the manifest last (it is what makes a set).
      await rename(tmpDb, files.db);
      await rename(tmpKeyring, files.keyring);
      await rename(tmpManifest, files.manifest);
      await fsyncFolder(folder);

      const removed = await rotate(folder, dbId, name, readBackupSettings(db).retention);
      if (ws.unlocked === unlocked) {
        db.transaction(() => {
          recordBackupSuccess(db, startedAt.toISOString(), name);
          audit(ws, { action: 'backup.create', entity: 'backup', entityId: name, detail: `${opts.trigger}; ${removed.length} older set(s) rotated out` });
        })();
      }
      return {
        name,
        file: files.db,
        createdAt: startedAt.toISOString(),
        sizeBytes: copy.bytes,
        schemaVersion: copy.schemaVersion,
        appVersion: deps.appVersion,
        durationMs: Math.round(performance.now() - t0),
        removed,
      };
    } catch (e) {
      for (const t of temps) await rm(t, { force: true }).catch(() => undefined);
      const err = asBackupError(e, folder);
      // A locked workspace has no database to record in; the next run will try again.
      if (ws.unlocked === unlocked) {
        try {
          db.transaction(() => {
            recordBackupFailure(db, { at: nowIso(ws), code: err.code, message: err.message });
            audit(ws, { action: 'backup.failed', entity: 'backup', detail: `${opts.trigger}; ${err.code}` });
          })();
        } catch {
          // Recording must not hide the real failure (the database itself may be the problem).
        }
      }
      throw err;
    }
  });
}

/** The sets of this organisation in the backup folder (or another folder), newest first. */
export async function listBackups(ws: Workspace, folder?: string): Promise<BackupSetSummary[]> {
  const dir = folderFor(ws, folder);
  const dbId = ws.unlocked!.keyring.dbId;
  return (await listSets(dir))
    .filter((s) => s.manifest.dbId === dbId)
    .map(summariseSet);
}
