import { closeSync, existsSync, openSync, readSync, rmSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { openDatabase, type OpenDatabase, type Sqlite } from './connection';
import type { ScryptParams } from './crypto';
import { KeyringError, NewerSchemaError, NotWaymarkDatabaseError } from './errors';
import { createKeyring, unwrapWithPassword, unwrapWithRecovery, type Keyring } from './keyring';
import { keyringPathFor, readKeyringFile, writeKeyringFile } from './keyring-file';
import { migrate, schemaVersion, type MigrationState } from './migrate';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';
import { generateRecoveryKey } from './recovery-key';
import { getMeta, setMeta } from './repos/meta.repo';
import { insertUser } from './repos/users.repo';

/*
 * The vault ties the keyring to its database: creating both at first run, and unlocking the
 * database with a password or the recovery key. It is the only code that turns a secret into an
 * open connection.
 */

/** Where a vault's files are. */
export interface VaultPaths {
  dbPath: string;
  keyringPath: string;
}

/** Paths for a database file and the keyring beside it. */
export function vaultPaths(dbPath: string): VaultPaths {
  return { dbPath, keyringPath: keyringPathFor(dbPath) };
}

/** Options that tests and benchmarks may change. */
export interface VaultOptions {
  scrypt?: ScryptParams;
  migrations?: readonly Migration[];
  /** How long to wait for another process's lock (tests shorten it). */
  busyTimeoutMs?: number;
}

/** An unlocked vault. */
export interface Unlocked {
  open: OpenDatabase;
  keyring: Keyring;
  slotId: string | null;
  migration: MigrationState;
}

/** Whether first-run set-up has happened for these paths. */
export function vaultExists(paths: VaultPaths): boolean {
  return existsSync(paths.dbPath) || existsSync(paths.keyringPath);
}

/** Refuses when first-run set-up has already happened for these paths. */
export function assertNotSetUp(paths: VaultPaths): void {
  if (vaultExists(paths)) throw new AppError('ALREADY_SET_UP', 'Waymark is already set up here. Sign in instead.');
}

/** Creates a new database and keyring with the first administrator. */
export async function createVault(
  paths: VaultPaths,
  args: { orgName: string; username: string; displayName: string; password: string; role?: Role },
  clock: Clock,
  opts: VaultOptions = {},
): Promise<{ unlocked: Unlocked; recoveryKey: string; userId: number }> {
  assertNotSetUp(paths);
  const dataKey = randomBytes(32);
  const dbId = randomUUID();
  const recoveryKey = generateRecoveryKey();
  const { keyring, userSlotId } = await createKeyring(
    { dbId, dataKey, username: args.username, password: args.password, recoveryKey },
    { scrypt: opts.scrypt },
  );
  let open: OpenDatabase | null = null;
  try {
    open = openDatabase(paths.dbPath, Buffer.from(dataKey), { create: true, busyTimeoutMs: opts.busyTimeoutMs });
    const migration = migrate(open.db, opts.migrations ?? MIGRATIONS, { allowEmpty: true });
    const now = clock.now().toISOString();
    let userId = 0;
    open.db.transaction(() => {
      setMeta(open!.db, 'app', 'waymark');
      setMeta(open!.db, 'db_id', dbId);
      setMeta(open!.db, 'created_at', now);
      setMeta(open!.db, 'org_name', args.orgName);
      userId = insertUser(open!.db, {
        username: args.username,
        displayName: args.displayName,
        role: args.role ?? 'administrator',
        mustChangePassword: false,
        keyringSlot: userSlotId,
        createdAt: now,
      });
    })();
    writeKeyringFile(paths.keyringPath, keyring);
    return { unlocked: { open, keyring, slotId: userSlotId, migration }, recoveryKey, userId };
  } catch (e) {
    open?.close();
    // A half-made vault would block set-up forever: remove what we wrote.
    for (const p of [paths.dbPath, `${paths.dbPath}-wal`, `${paths.dbPath}-shm`, paths.keyringPath]) rmSync(p, { force: true });
    throw e;
  } finally {
    dataKey.fill(0);
  }
}

/**
 * Checks an opened database is the keyring's database and brings its schema up to date. A newer
 * schema is refused before anything is written.
 */
export function checkAndMigrate(db: Sqlite, keyring: Keyring, migrations: readonly Migration[] = MIGRATIONS): MigrationState {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : LATEST_VERSION;
  const version = schemaVersion(db);
  if (version > latest) throw new NewerSchemaError(version, latest);
  if (version === 0) throw new NotWaymarkDatabaseError();
  let app: string | null;
  let dbId: string | null;
  try {
    app = getMeta(db, 'app');
    dbId = getMeta(db, 'db_id');
  } catch {
    throw new NotWaymarkDatabaseError();
  }
  if (app !== 'waymark') throw new NotWaymarkDatabaseError();
  if (dbId !== keyring.dbId) throw new KeyringError('KEYRING_MISMATCH', 'This keyring belongs to a different Waymark database.');
  return migrate(db, migrations);
}

/** Opens with a data key already unwrapped, checking identity and schema. */
export function openWithKey(paths: VaultPaths, keyring: Keyring, dataKey: Buffer, opts: VaultOptions = {}): Unlocked & { slotId: null } {
  const open = openDatabase(paths.dbPath, dataKey, { busyTimeoutMs: opts.busyTimeoutMs });
  try {
    const migration = checkAndMigrate(open.db, keyring, opts.migrations);
    return { open, keyring, slotId: null, migration };
  } catch (e) {
    open.close();
    throw e;
  }
}

/**
 * The keyring opened but its key does not fit the file. Either the file is not a Waymark
 * database at all (an unencrypted SQLite file says so in its header) or the keyring beside it
 * belongs to another database: we cannot tell which without the right key, so we say both.
 */
function explainKeyMisfit(paths: VaultPaths, e: unknown): unknown {
  if (!(e instanceof NotWaymarkDatabaseError)) return e;
  if (isPlainSqlite(paths.dbPath)) return new NotWaymarkDatabaseError('This file is an unencrypted SQLite database, not a Waymark database.');
  return new KeyringError('KEYRING_MISMATCH', 'This file is not the database this keyring belongs to (or is not a Waymark database at all).');
}

/** Whether a file starts with SQLite's plaintext header (a Waymark file never does). */
export function isPlainSqlite(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(16);
      readSync(fd, head, 0, 16, 0);
      return head.toString('latin1') === 'SQLite format 3\0';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Unlocks with a username and password. */
export async function unlockWithPassword(paths: VaultPaths, username: string, password: string, opts: VaultOptions = {}): Promise<Unlocked> {
  const keyring = readKeyringFile(paths.keyringPath);
  const { slotId, dataKey } = await unwrapWithPassword(keyring, username, password);
  let open: OpenDatabase;
  try {
    open = openDatabase(paths.dbPath, dataKey, { busyTimeoutMs: opts.busyTimeoutMs });
  } catch (e) {
    throw explainKeyMisfit(paths, e);
  }
  try {
    const migration = checkAndMigrate(open.db, keyring, opts.migrations);
    return { open, keyring, slotId, migration };
  } catch (e) {
    open.close();
    throw e;
  }
}

/** Unlocks with the recovery key. */
export async function unlockWithRecovery(paths: VaultPaths, recoveryKey: string, opts: VaultOptions = {}): Promise<Unlocked> {
  const keyring = readKeyringFile(paths.keyringPath);
  const dataKey = await unwrapWithRecovery(keyring, recoveryKey);
  let open: OpenDatabase;
  try {
    open = openDatabase(paths.dbPath, dataKey, { busyTimeoutMs: opts.busyTimeoutMs });
  } catch (e) {
    throw explainKeyMisfit(paths, e);
  }
  try {
    const migration = checkAndMigrate(open.db, keyring, opts.migrations);
    return { open, keyring, slotId: null, migration };
  } catch (e) {
    open.close();
    throw e;
  }
}

/** Saves a changed keyring. */
export function saveKeyring(paths: VaultPaths, keyring: Keyring): void {
  writeKeyringFile(paths.keyringPath, keyring);
}
