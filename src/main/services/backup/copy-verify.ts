import { closeSync, fsyncSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { openDatabase, type Sqlite } from '../../db/connection';
import { NewerSchemaError, NotWaymarkDatabaseError } from '../../db/errors';
import { cipherIntegrity, sqliteIntegrity } from '../../db/integrity';
import { checkPageAuthentication } from '../../db/page-auth';
import { schemaVersion } from '../../db/migrate';
import type { BackupPhase } from '../../../shared/backup/schemas';
import { BackupFailedError, BackupInvalidError } from './backup-errors';
import { copySnapshot } from './snapshot-copy';

/*
 * The slow, file-heavy half of backups and restore: copying the live database and proving a copy
 * is whole. It runs inside the backup worker thread (backup.worker.ts), never on the thread that
 * serves the window, and reports progress through `report`.
 */

/** Progress callback: a phase and how far through the whole job (0–100). */
export type Report = (phase: BackupPhase, percent: number) => void;

/** Rows per table, by table name. */
export type RowCounts = Record<string, number>;

/** What verification learnt about a database file. */
export interface VerifiedFile {
  schemaVersion: number;
  dbId: string;
  rowCounts: RowCounts;
  sha256: string;
  bytes: number;
}

/** What verification must find. */
export interface VerifyExpectations {
  /** The database id the file must carry (from the keyring that goes with it). */
  dbId: string;
  /** The newest schema this build understands: a newer file is refused. */
  maxSchema: number;
  /** Row counts the file must have exactly (the source's, or the manifest's). */
  rowCounts?: RowCounts;
  /** The file's hash must be this (from its manifest). */
  sha256?: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** SQL counting one table's rows. Table names come from sqlite_schema, never from a person. */
function countSql(table: string): string {
  if (!IDENTIFIER.test(table)) throw new BackupInvalidError('The backup contains a table with an unexpected name, so it was not used.');
  // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from sqlite_schema, checked against IDENTIFIER just above
  return `SELECT count(*) AS n FROM main."${table}"`;
}

/** Every table's row count (SQLite's own tables excluded). */
export function tableRowCounts(db: Sqlite): RowCounts {
  // Qualified with main: during a backup a keyed copy is attached beside it.
  const tables = db
    .prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
  const counts: RowCounts = {};
  for (const t of tables) counts[t] = (db.prepare(countSql(t)).get() as { n: number }).n;
  return counts;
}

/** Flushes a file to the disk, so a power cut after the rename cannot leave an empty backup. */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of a file, read in 4 MiB chunks so a large database never sits in memory at once. */
export function sha256File(path: string, onProgress?: (done: number, total: number) => void): { sha256: string; bytes: number } {
  const total = statSync(path).size;
  const hash = createHash('sha256');
  const buf = Buffer.alloc(4 * 1024 * 1024);
  const fd = openSync(path, 'r');
  let done = 0;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, done);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      done += n;
      onProgress?.(done, total);
    }
  } finally {
    closeSync(fd);
  }
  return { sha256: hash.digest('hex'), bytes: done };
}

function sameCounts(a: RowCounts, b: RowCounts): string | null {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const n of [...names].sort()) {
    if (a[n] !== b[n]) return `${n}: ${a[n] ?? 'missing'} rows, expected ${b[n] ?? 'none'}`;
  }
  return null;
}

/** The first problem SQLite's structural check names, short enough for a sentence. */
function firstProblem(problems: string[]): string {
  const line = problems.join('\n').split('\n').find((l) => l.trim() && !l.startsWith('***')) ?? 'unknown problem';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/**
 * Proves a database file is whole: its hash is the manifest's (when there is one); every page
 * passes SQLCipher's HMAC check (made in Node, see page-auth.ts: this library ignores PRAGMA
 * cipher_integrity_check); it opens with the key; SQLite's structural check passes; it is a
 * Waymark database of this organisation and of a schema this build understands; and (when given)
 * its row counts are the expected ones. Opened read-only: verification never changes the file.
 */
export function verifyDatabaseFile(path: string, key: Buffer, expect: VerifyExpectations, report: Report, span: [number, number] = [0, 100]): VerifiedFile {
  const at = (f: number) => span[0] + (span[1] - span[0]) * f;
  let hashed: { sha256: string; bytes: number } | null = null;
  if (expect.sha256) {
    // Cheapest and most certain first: a file that changed since its manifest was written.
    report('hashing', at(0));
    hashed = sha256File(path, (done, total) => report('hashing', at(0.2 * (total ? done / total : 1))));
    if (hashed.sha256 !== expect.sha256) throw new BackupInvalidError('The backup file has changed since it was made (its checksum does not match its manifest).');
  }
  report('checking-encryption', at(0.2));
  const pages = checkPageAuthentication(path, key, (done, total) => report('checking-encryption', at(0.2 + 0.3 * (done / total))));
  if (!pages.ok) {
    const which = pages.badPages.length ? ` (page ${pages.badPages.slice(0, 5).join(', ')}${pages.badPages.length > 5 ? ', …' : ''})` : '';
    throw new BackupInvalidError(`The backup is damaged or was not made with this organisation’s key: ${pages.problem}${which}.`);
  }
  let open;
  try {
    open = openDatabase(path, Buffer.from(key), { readonly: true });
  } catch (e) {
    if (e instanceof NotWaymarkDatabaseError) {
      throw new BackupInvalidError('This backup cannot be opened with this organisation’s key: it is damaged, or it is not a Waymark backup of this organisation.');
    }
    throw e;
  }
  try {
    const db = open.db;
    // A no-op with this library (see above), kept for builds where SQLCipher implements it.
    const cipher = cipherIntegrity(db);
    if (!cipher.ok) throw new BackupInvalidError(`The backup is damaged: ${cipher.problems.length} page(s) fail the encryption check.`);
    report('checking-integrity', at(0.5));
    let integrity;
    try {
      integrity = sqliteIntegrity(db);
    } catch (e) {
      throw new BackupInvalidError(`The backup is damaged: the database structure check could not finish (${e instanceof Error ? e.message : 'error'}).`);
    }
    if (!integrity.ok) throw new BackupInvalidError(`The backup is damaged: the database structure check failed (${firstProblem(integrity.problems)}).`);
    report('counting-rows', at(0.8));
    const version = schemaVersion(db);
    if (version > expect.maxSchema) throw new NewerSchemaError(version, expect.maxSchema);
    let app: string | undefined;
    let dbId: string | undefined;
    try {
      app = (db.prepare("SELECT value FROM main.meta WHERE key = 'app'").pluck().get() as string | undefined) ?? undefined;
      dbId = (db.prepare("SELECT value FROM main.meta WHERE key = 'db_id'").pluck().get() as string | undefined) ?? undefined;
    } catch {
      throw new BackupInvalidError('This file is not a Waymark backup.');
    }
    if (version === 0 || app !== 'waymark' || !dbId) throw new BackupInvalidError('This file is not a Waymark backup.');
    if (dbId !== expect.dbId) throw new BackupInvalidError('The database inside this backup does not match the keyring beside it.');
    const rowCounts = tableRowCounts(db);
    if (expect.rowCounts) {
      const diff = sameCounts(rowCounts, expect.rowCounts);
      if (diff) throw new BackupInvalidError(`The backup is incomplete: ${diff}.`);
    }
    if (!hashed) {
      report('hashing', at(0.9));
      hashed = sha256File(path, (done, total) => report('hashing', at(0.9 + 0.1 * (total ? done / total : 1))));
    }
    report('hashing', at(1));
    return { schemaVersion: version, dbId, rowCounts, sha256: hashed.sha256, bytes: hashed.bytes };
  } finally {
    open.close();
  }
}

/**
 * Copies the live database to `target`, encrypted with the same key, and proves the copy whole.
 * The copy is made from one read snapshot (see snapshot-copy.ts) whose row counts are taken in
 * the same transaction, so "row counts equal to the source at the moment of copy" is exact even
 * while people keep saving records. The copy is in rollback-journal mode: one self-contained file.
 */
export function copyDatabase(sourcePath: string, key: Buffer, target: string, expectDbId: string, maxSchema: number, report: Report): VerifiedFile {
  report('preparing', 0);
  rmSync(target, { force: true });
  // ATTACH opens with the source connection's flags, which do not include "create": an empty
  // file is a valid new database. Owner-only, like the live files.
  closeSync(openSync(target, 'wx', 0o600));
  const source = openDatabase(sourcePath, Buffer.from(key));
  let counts: RowCounts;
  try {
    const db = source.db;
    // Rows are copied table by table, so references may point forward for a moment.
    db.pragma('foreign_keys = OFF');
    // Full-text indexes keep their data in shadow tables, which SQLite's defensive mode (on by
    // default in this library) makes read-only; this private connection copies them as they are.
    db.unsafeMode(true);
    // The attached copy is keyed exactly like the source (same cipher settings, same raw key),
    // passed as bytes that are wiped at once, as connection.ts does, never as a string.
    const keySyntax = Buffer.concat([Buffer.from("x'", 'latin1'), Buffer.from(key.toString('hex'), 'latin1'), Buffer.from("'", 'latin1')]);
    try {
      db.prepare('ATTACH DATABASE ? AS bk KEY ?').run(target, keySyntax);
    } finally {
      keySyntax.fill(0);
    }
    try {
      report('copying', 1);
      counts = copySnapshot(db, (d) => tableRowCounts(d), (f) => report('copying', 1 + 49 * f));
    } finally {
      db.exec('DETACH DATABASE bk');
    }
  } finally {
    source.close();
  }
  fsyncFile(target);
  try {
    return verifyDatabaseFile(target, key, { dbId: expectDbId, maxSchema, rowCounts: counts }, report, [50, 96]);
  } catch (e) {
    if (e instanceof BackupInvalidError) throw new BackupFailedError(`The new backup failed its check and was deleted: ${e.message} The live database may need checking: run “waymark verify”.`);
    throw e;
  }
}
