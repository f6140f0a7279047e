import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { openDatabase } from '../../db/connection';
import { BadCredentialsError, DatabaseBusyError } from '../../db/errors';
import { findUserSlot, normaliseUsername, unwrapWithPassword, type Keyring } from '../../db/keyring';
import { writeKeyringFile } from '../../db/keyring-file';
import { appendAudit } from '../../db/repos/audit.repo';
import { accountInBackup, activeKeyringSlots, writeBackupRecord, type BackupRecord } from '../../db/repos/backup-state.repo';
import { openWithKey, type VaultPaths } from '../../db/vault';
import type { BackupDeps } from './backup-deps';
import { BackupFailedError, BackupInvalidError, explainFolderFailure } from './backup-errors';
import { fsyncFolder, fsyncPath, setNameFor } from './backup-files';
import { assertSameOrganisation, readOfferedSet, type OfferedSet } from './backup-set';
import type { JobControl } from './backup-jobs';
import type { VerifiedFile } from './copy-verify';
import { pruneSafetyCopies } from './safety-copies';

/** Everything a restore needs; the app and the CLI fill it differently. */
export interface RestoreRequest {
  /** The backup's `.db` file. */
  backupFile: string;
  /** The live database and keyring to replace (they may be missing or unusable). */
  target: VaultPaths;
  /** An administrator in the backup, and their password (checked against a keyring, never stored). */
  username: string;
  password: string;
  /** The data key of the open live database (the app), tried before the backup's own keyring. */
  currentKey: Buffer | null;
  /** The live keyring, if it can be read: kept (pruned) when it opens the backup, so passwords changed since stay changed. */
  currentKeyring: Keyring | null;
  /** A backup of another database id is refused; null when the live keyring is unreadable (disaster recovery). */
  expectDbId: string | null;
  now: Date;
  deps: BackupDeps;
  control: JobControl;
  /** Runs once everything is verified, before any file changes: the app closes its database here. */
  beforeSwap?: () => void;
  /** The live database's backup record, carried into the restored one. */
  carry?: BackupRecord | null;
}

/** What a restore did. */
export interface RestoreOutcome {
  restoredFrom: string;
  schemaVersion: number;
  safetyCopy: string | null;
}

/** Opens a file with a key just far enough to know the key fits (page 1 decrypts and authenticates). */
function keyOpens(path: string, key: Buffer): boolean {
  try {
    openDatabase(path, Buffer.from(key), { readonly: true }).close();
    return true;
  } catch {
    // Wrong key, not a database, or a file SQLite cannot open at all: the key does not fit.
    return false;
  }
}

async function unwrapBackupKey(set: OfferedSet, username: string, password: string): Promise<Buffer> {
  try {
    return (await unwrapWithPassword(set.keyring, username, password)).dataKey;
  } catch (e) {
    if (e instanceof BadCredentialsError) {
      throw new AppError(
        'BAD_CREDENTIALS',
        'That username and password do not open this backup’s keyring. Use an administrator’s password as it was when the backup was made.',
      );
    }
    throw e;
  }
}

/**
 * Chooses the keyring to install with the restored database, proving first that the person
 * restoring can sign in to the result (otherwise a restore could lock the office out). The live
 * keyring is preferred: passwords changed since the backup stay changed, and accounts removed
 * since stay removed. Either keyring is pruned to the slots the restored accounts use, so a person
 * added after the backup can be added again.
 */
async function keyringForRestored(file: string, key: Buffer, username: string, password: string, candidates: Keyring[]): Promise<Keyring> {
  const open = openDatabase(file, Buffer.from(key), { readonly: true });
  let account;
  let slots: Set<string>;
  try {
    account = accountInBackup(open.db, username);
    slots = activeKeyringSlots(open.db);
  } finally {
    open.close();
  }
  if (!account || !account.active || account.role !== 'administrator') {
    throw new AppError('FORBIDDEN', 'You are not an active administrator in this backup, so restoring it would lock you out. Nothing was changed.');
  }
  for (const keyring of candidates) {
    const slot = findUserSlot(keyring, username);
    if (!slot || slot.id !== account.keyringSlot) continue;
    let unwrapped: Buffer;
    try {
      unwrapped = (await unwrapWithPassword(keyring, username, password)).dataKey;
    } catch (e) {
      if (e instanceof BadCredentialsError) continue;
      throw e;
    }
    const fits = unwrapped.length === key.length && timingSafeEqual(unwrapped, key);
    unwrapped.fill(0);
    if (fits) return { ...keyring, slots: keyring.slots.filter((s) => s.kind === 'recovery' || slots.has(s.id)) };
  }
  throw new AppError(
    'BAD_CREDENTIALS',
    'Your password does not open this backup: it was different when the backup was made. Use that password (with “waymark restore” if needed). Nothing was changed.',
  );
}

/**
 * Refuses to swap while another program has the live database open: only a connection that is
 * alone can switch it out of WAL mode. A file this key cannot open (damaged, or the disaster being
 * recovered from) cannot be checked and is replaced.
 */
function assertNotHeldElsewhere(dbPath: string, key: Buffer): void {
  if (!existsSync(dbPath)) return;
  let open;
  try {
    open = openDatabase(dbPath, Buffer.from(key), { busyTimeoutMs: 1000 });
  } catch (e) {
    if (e instanceof DatabaseBusyError) throw e;
    return;
  }
  try {
    const mode = open.db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new DatabaseBusyError();
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'code' in e && String((e as { code: unknown }).code).startsWith('SQLITE_BUSY')) throw new DatabaseBusyError();
    throw e;
  } finally {
    open.close();
  }
}

const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

/** Keeps the database as it was (with any WAL) and its keyring beside it, for a way back. */
async function makeSafetyCopy(target: VaultPaths, now: Date): Promise<string> {
  const folder = dirname(target.dbPath);
  const base = setNameFor(now).replace(/^waymark-/, 'waymark-before-restore-');
  let name = base;
  for (let i = 2; existsSync(join(folder, `${name}.db`)); i++) name = `${base}-${i}`;
  const db = join(folder, `${name}.db`);
  await copyFile(target.dbPath, db);
  await fsyncPath(db);
  if (existsSync(`${target.dbPath}-wal`)) await copyFile(`${target.dbPath}-wal`, `${db}-wal`);
  if (existsSync(target.keyringPath)) await copyFile(target.keyringPath, `${db}.keyring`);
  return db;
}

/** Puts the safety copy back after a restored file failed to open. */
async function rollBack(target: VaultPaths, safetyCopy: string | null): Promise<void> {
  for (const s of SIDE_FILES) await rm(`${target.dbPath}${s}`, { force: true });
  if (!safetyCopy) {
    await rm(target.dbPath, { force: true });
    return;
  }
  await copyFile(safetyCopy, target.dbPath);
  if (existsSync(`${safetyCopy}-wal`)) await copyFile(`${safetyCopy}-wal`, `${target.dbPath}-wal`);
  if (existsSync(`${safetyCopy}.keyring`)) await copyFile(`${safetyCopy}.keyring`, target.keyringPath);
}

/**
 * Restores a backup set over the live database. In order: the set is read and checked (keyring,
 * manifest, organisation, schema); the backup is copied into the database's folder under a
 * temporary name and that copy is verified in the worker (so what is verified is exactly what is
 * installed); the keyring to install is chosen and the restorer's sign-in proven; only then are
 * files changed: a safety copy of the live database, the swap, and a reopen (which migrates an
 * older backup and records the restore in its audit log). Any refusal before the swap leaves the
 * live files exactly as they were.
 */
export async function restoreFromBackup(req: RestoreRequest): Promise<RestoreOutcome> {
  const username = normaliseUsername(req.username);
  const { control, deps } = req;
  control.progress('preparing', 0);
  const set = await readOfferedSet(req.backupFile);
  if (req.expectDbId) assertSameOrganisation(set, req.expectDbId);
  if (set.manifest && set.manifest.schemaVersion > deps.maxSchema) {
    throw new AppError(
      'NEWER_SCHEMA',
      `This backup was made by a newer version of Waymark (schema ${set.manifest.schemaVersion}; this version understands up to ${deps.maxSchema}). Nothing was changed.`,
    );
  }
  const folder = dirname(req.target.dbPath);
  const temp = join(folder, `.waymark-restore-${randomBytes(4).toString('hex')}.db.tmp`);
  let key: Buffer | null = null;
  try {
    try {
      await copyFile(set.files.db, temp);
      await fsyncPath(temp);
    } catch (e) {
      throw explainFolderFailure(e, folder);
    }
    if (req.currentKey && keyOpens(temp, req.currentKey)) key = Buffer.from(req.currentKey);
    else {
      key = await unwrapBackupKey(set, username, req.password);
      if (!keyOpens(temp, key)) throw new BackupInvalidError('This backup cannot be opened even with its own keyring: it is damaged. Nothing was changed.');
    }
    const handle = control.attach(
      deps.runner(
        {
          kind: 'verify',
          path: temp,
          key,
          expect: { dbId: set.keyring.dbId, maxSchema: deps.maxSchema, rowCounts: set.manifest?.rowCounts, sha256: set.manifest?.database.sha256 },
        },
        (phase, percent) => control.progress(phase, 5 + percent * 0.85),
      ),
    );
    const verified: VerifiedFile = await handle.result;
    const candidates = [req.currentKeyring, set.keyring].filter((k): k is Keyring => k !== null && k.dbId === set.keyring.dbId);
    const keyring = await keyringForRestored(temp, key, username, req.password, candidates);

    control.progress('swapping', 92);
    req.beforeSwap?.();
    assertNotHeldElsewhere(req.target.dbPath, key);
    const safetyCopy = existsSync(req.target.dbPath) ? await makeSafetyCopy(req.target, req.now) : null;
    for (const s of SIDE_FILES) await rm(`${req.target.dbPath}${s}`, { force: true });
    await rename(temp, req.target.dbPath);
    writeKeyringFile(req.target.keyringPath, keyring);
    await fsyncFolder(folder);

    control.progress('finishing', 96);
    try {
      const reopened = openWithKey(req.target, keyring, Buffer.from(key));
      try {
        const db = reopened.open.db;
        const account = accountInBackup(db, username)!;
        db.transaction(() => {
          appendAudit(db, req.now.toISOString(), {
            userId: account.id,
            username: account.username,
            action: 'backup.restore',
            entity: 'backup',
            entityId: set.files.name,
            detail: `restored from ${set.files.name} (schema ${verified.schemaVersion}${reopened.migration.applied.length ? `, migrated to ${reopened.migration.version}` : ''})`,
          });
          if (req.carry) writeBackupRecord(db, req.carry);
        })();
      } finally {
        reopened.open.close();
      }
    } catch (e) {
      await rollBack(req.target, safetyCopy);
      throw new BackupFailedError(
        `The restored database could not be opened (${e instanceof AppError ? e.message : 'unexpected error'}); the database as it was has been put back.`,
      );
    }
    // Housekeeping only: a restore that worked is not failed by an old copy that will not go.
    await pruneSafetyCopies(folder, req.now, safetyCopy).catch(() => undefined);
    return { restoredFrom: set.files.name, schemaVersion: verified.schemaVersion, safetyCopy };
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
    key?.fill(0);
  }
}
