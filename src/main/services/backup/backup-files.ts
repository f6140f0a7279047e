import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BackupManifestSchema, type BackupManifest } from '../../../shared/backup/manifest';
import { keyringPathFor } from '../../db/keyring-file';
import { BackupFolderError, explainFolderFailure } from './backup-errors';

/*
 * The files of a backup set and how they are named, written and found. A set is
 *   waymark-YYYYMMDD-HHMMSS.db            the encrypted copy (same key as the live database)
 *   waymark-YYYYMMDD-HHMMSS.db.keyring    its keyring (the same name rule as beside the live file)
 *   waymark-YYYYMMDD-HHMMSS.manifest.json versions, row counts and hashes; written last, so a set
 *                                         without one is not a set
 * with the time in UTC (a name must not repeat in the hour the clocks go back).
 */

/** The prefix of every file Waymark writes in a backup folder. */
const PREFIX = 'waymark-';
/** Work in progress: deleted on failure, renamed on success, swept up if a crash left one. */
const TEMP_PREFIX = '.waymark-';
const TEMP_SUFFIX = '.tmp';
const MANIFEST_SUFFIX = '.manifest.json';
const SET_NAME = /^waymark-\d{8}-\d{6}(?:-\d+)?$/;

/** A set's base name for a moment: `waymark-20261120-100000`. */
export function setNameFor(at: Date): string {
  const iso = at.toISOString(); // 2026-11-20T10:00:00.000Z
  return `${PREFIX}${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

/** The three files of a set. */
export interface SetFiles {
  name: string;
  db: string;
  keyring: string;
  manifest: string;
}

/** The files of a named set in a folder. */
export function setFiles(folder: string, name: string): SetFiles {
  const db = join(folder, `${name}.db`);
  return { name, db, keyring: keyringPathFor(db), manifest: join(folder, `${name}${MANIFEST_SUFFIX}`) };
}

/** The set a `.db` path belongs to (for restore and verify, which are given the database file). */
export function setFilesForDb(dbFile: string): SetFiles {
  const name = basename(dbFile).replace(/\.db$/i, '');
  return { name, db: dbFile, keyring: keyringPathFor(dbFile), manifest: join(dirname(dbFile), `${name}${MANIFEST_SUFFIX}`) };
}

/** A name for a new set that no existing file uses (two backups in one second get -2, -3…). */
export function freeSetName(folder: string, at: Date): string {
  const base = setNameFor(at);
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : `${base}-${i}`;
    const f = setFiles(folder, name);
    if (!existsSync(f.db) && !existsSync(f.keyring) && !existsSync(f.manifest)) return name;
  }
}

/** A temporary path in the folder for one part of a set being written. */
export function tempPath(folder: string, name: string, part: 'db' | 'keyring' | 'manifest'): string {
  return join(folder, `${TEMP_PREFIX}${name.slice(PREFIX.length)}-${randomBytes(4).toString('hex')}.${part}${TEMP_SUFFIX}`);
}

/**
 * Checks the folder can take a backup of about `bytes`: it exists, is a folder, can be written
 * (a small probe file is written, flushed and removed) and has room. Turns each failure into a
 * sentence an administrator can act on.
 */
export function assertFolderUsable(folder: string, bytes: number): void {
  let st;
  try {
    st = statSync(folder);
  } catch (e) {
    throw explainFolderFailure(e, folder);
  }
  if (!st.isDirectory()) throw explainFolderFailure(Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), folder);
  const probe = join(folder, `${TEMP_PREFIX}probe-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const fd = openSync(probe, 'wx', 0o600);
    try {
      writeSync(fd, 'waymark');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw explainFolderFailure(e, folder);
  } finally {
    rmSync(probe, { force: true });
  }
  try {
    const fs = statfsSync(folder);
    const free = Number(fs.bavail) * Number(fs.bsize);
    // Room for the copy with a margin; the exact size is only known once it is written.
    const needed = Math.ceil(bytes * 1.1) + 64 * 1024;
    if (free < needed) {
      throw new BackupFolderError(
        `The backup folder ${folder} is full: the backup needs about ${mib(needed)} and ${mib(free)} is free. Free some space or choose another folder. The database has not been changed.`,
      );
    }
  } catch (e) {
    if (e instanceof BackupFolderError) throw e;
    // statfs is not available everywhere (some network shares): the write itself will tell.
  }
}

function mib(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Writes a small file under a temporary name and flushes it. */
export function writeFileDurably(path: string, content: string | Buffer): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries, so renames survive a power cut (not possible on Windows; harmless). */
export function fsyncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder for flushing; its renames are already durable.
  }
}

/**
 * Removes temporary files a crashed backup left behind. Only our own names, and only ones older
 * than a day: on a shared network folder another office PC may be writing one right now.
 */
export function sweepStaleTemps(folder: string, now: Date): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(TEMP_PREFIX) || !n.endsWith(TEMP_SUFFIX)) continue;
    const p = join(folder, n);
    try {
      if (now.getTime() - statSync(p).mtimeMs > 24 * 3_600_000) rmSync(p, { force: true });
    } catch {
      /* gone already */
    }
  }
}

/** Reads and checks a set's manifest, or null if it is missing or not ours. */
export function readManifest(path: string): BackupManifest | null {
  try {
    const parsed = BackupManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A complete set found in a folder. */
export interface FoundSet {
  files: SetFiles;
  manifest: BackupManifest;
}

/**
 * The complete sets in a folder, newest first: a valid manifest with its database and keyring
 * present. Anything else in the folder is left alone and not listed.
 */
export function listSets(folder: string): FoundSet[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (e) {
    throw explainFolderFailure(e, folder);
  }
  const sets: FoundSet[] = [];
  for (const n of names) {
    if (!n.endsWith(MANIFEST_SUFFIX)) continue;
    const name = n.slice(0, -MANIFEST_SUFFIX.length);
    if (!SET_NAME.test(name)) continue;
    const files = setFiles(folder, name);
    const manifest = readManifest(files.manifest);
    if (!manifest || !existsSync(files.db) || !existsSync(files.keyring)) continue;
    sets.push({ files, manifest });
  }
  return sets.sort((a, b) => (a.manifest.createdAt < b.manifest.createdAt ? 1 : a.manifest.createdAt > b.manifest.createdAt ? -1 : 0));
}

/** Deletes a set: the manifest first, so a half-deleted set is never taken for a whole one. */
export function deleteSet(files: SetFiles): void {
  rmSync(files.manifest, { force: true });
  rmSync(files.db, { force: true });
  rmSync(files.keyring, { force: true });
}
