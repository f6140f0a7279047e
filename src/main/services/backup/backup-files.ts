import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, readdir, readFile, rm, stat, statfs } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BackupManifestSchema, type BackupManifest } from '../../../shared/backup/manifest';
import { keyringPathFor } from '../../db/keyring-file';
import { BackupFolderError, explainFolderFailure } from './backup-errors';

/*
 * The files of a backup set and how they are named, written and found. Everything that touches
 * the backup folder is asynchronous (libuv's thread pool): a slow USB stick or network share, or
 * an fsync queued behind a large copy, must not stall the thread that answers the window.
 * A set is
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
export async function assertFolderUsable(folder: string, bytes: number): Promise<void> {
  let st;
  try {
    st = await stat(folder);
  } catch (e) {
    throw explainFolderFailure(e, folder);
  }
  if (!st.isDirectory()) throw explainFolderFailure(Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), folder);
  const probe = join(folder, `${TEMP_PREFIX}probe-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  try {
    await writeFileDurably(probe, 'waymark');
  } catch (e) {
    throw explainFolderFailure(e, folder);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  let free: number;
  try {
    const fs = await statfs(folder);
    free = Number(fs.bavail) * Number(fs.bsize);
  } catch {
    // statfs is not available everywhere (some network shares): the write itself will tell.
    return;
  }
  // Room for the copy with a margin; the exact size is only known once it is written.
  const needed = Math.ceil(bytes * 1.1) + 64 * 1024;
  if (free < needed) {
    throw new BackupFolderError(
      `The backup folder ${folder} is full: the backup needs about ${mib(needed)} and ${mib(free)} is free. Free some space or choose another folder. The database has not been changed.`,
    );
  }
}

function mib(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Writes a small file under a new name and flushes it to the disk. */
export async function writeFileDurably(path: string, content: string | Buffer): Promise<void> {
  const fh = await open(path, 'wx', 0o600);
  try {
    await fh.writeFile(content);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Flushes a file already written (by SQLite or a copy) to the disk. */
export async function fsyncPath(path: string): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Flushes a folder's entries, so renames survive a power cut (not possible on Windows; harmless). */
export async function fsyncFolder(folder: string): Promise<void> {
  try {
    const fh = await open(folder, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Windows cannot open a folder for flushing; its renames are already durable.
  }
}

/**
 * Removes temporary files a crashed backup left behind. Only our own names, and only ones older
 * than a day: on a shared network folder another office PC may be writing one right now.
 */
export async function sweepStaleTemps(folder: string, now: Date): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(TEMP_PREFIX) || !n.endsWith(TEMP_SUFFIX)) continue;
    const p = join(folder, n);
    try {
      if (now.getTime() - (await stat(p)).mtimeMs > 24 * 3_600_000) await rm(p, { force: true });
    } catch {
      /* gone already */
    }
  }
}

/** Reads and checks a set's manifest, or null if it is missing or not ours. */
export async function readManifest(path: string): Promise<BackupManifest | null> {
  try {
    const parsed = BackupManifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
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
export async function listSets(folder: string): Promise<FoundSet[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (e) {
    throw explainFolderFailure(e, folder);
  }
  const present = new Set(names);
  const sets: FoundSet[] = [];
  for (const n of names) {
    if (!n.endsWith(MANIFEST_SUFFIX)) continue;
    const name = n.slice(0, -MANIFEST_SUFFIX.length);
    if (!SET_NAME.test(name)) continue;
    const files = setFiles(folder, name);
    if (!present.has(`${name}.db`) || !present.has(`${name}.db.keyring`)) continue;
    const manifest = await readManifest(files.manifest);
    if (manifest) sets.push({ files, manifest });
  }
  return sets.sort((a, b) => (a.manifest.createdAt < b.manifest.createdAt ? 1 : a.manifest.createdAt > b.manifest.createdAt ? -1 : 0));
}

/** Deletes a set: the manifest first, so a half-deleted set is never taken for a whole one. */
export async function deleteSet(files: SetFiles): Promise<void> {
  await rm(files.manifest, { force: true });
  await rm(files.db, { force: true });
  await rm(files.keyring, { force: true });
}
