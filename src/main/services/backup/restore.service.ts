import type { BackupRestoreResult, BackupVerifyResult } from '../../../shared/backup/schemas';
import { AppError } from '../../../shared/errors';
import { BadCredentialsError } from '../../db/errors';
import { unwrapWithPassword } from '../../db/keyring';
import { readBackupRecord } from '../../db/repos/backup-state.repo';
import { lock } from '../session.service';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { defaultBackupDeps, type BackupDeps } from './backup-deps';
import { runExclusive } from './backup-jobs';
import { assertSameOrganisation, readOfferedSet } from './backup-set';
import { restoreFromBackup } from './restore-core';

/**
 * Checks a backup set without restoring it: the same checks restore makes, in the worker, on the
 * file where it is (opened read-only). Uses the live data key: a set this key cannot open is
 * reported as such.
 */
export async function verifyBackup(ws: Workspace, file: string, deps: BackupDeps = defaultBackupDeps()): Promise<BackupVerifyResult> {
  requireDb(ws);
  const unlocked = ws.unlocked!;
  const set = await readOfferedSet(file);
  assertSameOrganisation(set, unlocked.keyring.dbId);
  return runExclusive(ws, 'verify', async (ctl) => {
    const verified = await ctl.attach(
      deps.runner(
        {
          kind: 'verify',
          path: set.files.db,
          key: unlocked.open.dataKey,
          expect: { dbId: set.keyring.dbId, maxSchema: deps.maxSchema, rowCounts: set.manifest?.rowCounts, sha256: set.manifest?.database.sha256 },
        },
        ctl.progress,
      ),
    ).result;
    if (ws.unlocked === unlocked) audit(ws, { action: 'backup.verify', entity: 'backup', entityId: set.files.name, detail: 'passed' });
    const rows = Object.values(verified.rowCounts).reduce((a, b) => a + b, 0);
    return {
      name: set.files.name,
      schemaVersion: verified.schemaVersion,
      createdAt: set.manifest?.createdAt ?? null,
      tables: Object.keys(verified.rowCounts).length,
      rows,
    };
  });
}

/**
 * Restores a backup over the live database (administrators). The password is asked again and
 * checked against the live keyring: this replaces everyone's records. After a successful restore
 * the workspace is signed out, so everyone signs in to the restored data; a refusal changes
 * nothing and keeps the session.
 */
export async function restoreBackup(ws: Workspace, input: { file: string; password: string }, deps: BackupDeps = defaultBackupDeps()): Promise<BackupRestoreResult> {
  const session = requireSession(ws);
  const db = requireDb(ws);
  const unlocked = ws.unlocked!;
  try {
    (await unwrapWithPassword(unlocked.keyring, session.username, input.password)).dataKey.fill(0);
  } catch (e) {
    if (e instanceof BadCredentialsError) throw new AppError('BAD_CREDENTIALS', 'Your password is not right.', { password: 'Your password is not right.' });
    throw e;
  }
  const carry = readBackupRecord(db);
  let signedOut = false;
  try {
    const outcome = await runExclusive(ws, 'restore', (control) =>
      restoreFromBackup({
        backupFile: input.file,
        target: ws.deps.paths,
        username: session.username,
        password: input.password,
        currentKey: unlocked.open.dataKey,
        currentKeyring: unlocked.keyring,
        expectDbId: unlocked.keyring.dbId,
        now: ws.deps.clock.now(),
        deps,
        control,
        carry,
        beforeSwap: () => {
          try {
            audit(ws, { action: 'backup.restore.start', entity: 'backup', detail: 'the database as it was is kept as a safety copy' });
          } catch {
            /* the restore itself is recorded in the restored database */
          }
          // The renderer is told after the reply has gone out (below), not now.
          lock(ws, 'sign-out', false);
          signedOut = true;
        },
      }),
    );
    return { restoredFrom: outcome.restoredFrom, schemaVersion: outcome.schemaVersion, safetyCopy: outcome.safetyCopy, signedOut: true };
  } finally {
    if (signedOut) ws.deps.onLocked?.('sign-out');
  }
}
