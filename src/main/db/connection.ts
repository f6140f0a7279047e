import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { KEY_BYTES } from './crypto';
import { DatabaseBusyError, FileMissingError, NotWaymarkDatabaseError } from './errors';

/** A better-sqlite3 connection. */
export type Sqlite = Database.Database;

/** An open, keyed database together with the key that opened it. */
export interface OpenDatabase {
  readonly db: Sqlite;
  readonly path: string;
  /** Closes the connection and zero-fills the data key. Safe to call twice. */
  close(): void;
  /** The data key, for operations that must wrap it again (add a user, rewrap). */
  readonly dataKey: Buffer;
}

/** Options for opening. */
export interface OpenOptions {
  /** Create the file if it does not exist (first-run set-up only). */
  create?: boolean;
  readonly?: boolean;
  /** How long to wait for another connection's lock before reporting DATABASE_BUSY (default 5 s). */
  busyTimeoutMs?: number;
}

/** How long a statement waits for another connection's lock before giving up. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Decrypted pages kept in memory per connection, in KiB (64 MB). A report over ten years of the
 * large demo database touches about 45 MB of pages; with 32 MB it decrypted 26 to 42 MB again on
 * every run. The memory benchmark's shift, which includes that report, stays under 300 MB.
 */
export const PAGE_CACHE_KIB = 65536;

function isSqliteError(e: unknown, ...codes: string[]): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && codes.includes(String((e as { code: unknown }).code));
}

/**
 * Opens a SQLCipher v4 database with a raw 32-byte key. The cipher settings and the key are the
 * first statements on the connection (anything earlier would read the file unkeyed). The key is
 * passed as a Buffer holding SQLCipher's raw-key syntax x'…', which we zero-fill straight after,
 * so no copy of the key lingers in an immutable JavaScript string.
 *
 * Takes ownership of `dataKey`: it is zero-filled when the database closes (or fails to open).
 */
export function openDatabase(path: string, dataKey: Buffer, opts: OpenOptions = {}): OpenDatabase {
  if (dataKey.length !== KEY_BYTES) throw new Error('data key must be 32 bytes');
  if (!opts.create && !existsSync(path)) {
    dataKey.fill(0);
    throw new FileMissingError('The database file');
  }
  let db: Sqlite;
  try {
    db = new Database(path, { fileMustExist: !opts.create, readonly: opts.readonly ?? false });
  } catch (e) {
    dataKey.fill(0);
    throw e;
  }
  const keySyntax = Buffer.alloc(3 + KEY_BYTES * 2);
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    keySyntax.write("x'", 0, 'latin1');
    keySyntax.write(dataKey.toString('hex'), 2, 'latin1');
    keySyntax.write("'", 2 + KEY_BYTES * 2, 'latin1');
    db.key(keySyntax);
    keySyntax.fill(0);
    // Set before the first read, so a moment's lock by another process (a checkpoint, a backup
    // tool) is waited out rather than reported as busy.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS))}`);
    // The first read proves the key: a wrong key or a non-database reads as SQLITE_NOTADB.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    // In WAL mode SQLite defaults to NORMAL, which can lose the last few commits in a power cut
    // (never corrupt the file). A referral taken at 3 a.m. must survive the PC being switched off,
    // so every commit is flushed to disk: one fsync per save is cheap at this app's write rate.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    // Every page read is decrypted; keep up to PAGE_CACHE_KIB of decrypted pages (SQLite's
    // default is 2 MB) so a report over years of records, or a screen read again, does not decrypt
    // the same pages again. Freed when the database is locked (closed).
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  } catch (e) {
    keySyntax.fill(0);
    try {
      db.close();
    } catch {
      /* already unusable */
    }
    dataKey.fill(0);
    if (isSqliteError(e, 'SQLITE_NOTADB', 'SQLITE_CORRUPT')) throw new NotWaymarkDatabaseError();
    if (isSqliteError(e, 'SQLITE_BUSY', 'SQLITE_LOCKED')) throw new DatabaseBusyError();
    throw e;
  }
  let closed = false;
  return {
    db,
    path,
    dataKey,
    close() {
      if (closed) return;
      closed = true;
      try {
        db.close();
      } finally {
        dataKey.fill(0);
      }
    },
  };
}
