import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FileMissingError } from './errors';
import { parseKeyring, serialiseKeyring, type Keyring } from './keyring';

/** The keyring lives beside its database: `waymark.db` → `waymark.db.keyring`. */
export function keyringPathFor(dbPath: string): string {
  return `${dbPath}.keyring`;
}

/** Reads and validates a keyring file. */
export function readKeyringFile(path: string): Keyring {
  if (!existsSync(path)) throw new FileMissingError('The keyring file beside the database');
  return parseKeyring(readFileSync(path, 'utf8'));
}

/**
 * Writes a keyring atomically: a temporary file is written and flushed, then renamed over the
 * old one, and the folder is flushed, so a crash leaves either the old keyring or the new one.
 */
export function writeKeyringFile(path: string, keyring: Keyring): void {
  const tmp = join(dirname(path), `.${Date.now()}-${process.pid}.keyring.tmp`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, serialiseKeyring(keyring));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dirFd = openSync(dirname(path), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some platforms (Windows) cannot open a directory to flush it; the rename is still atomic.
  }
}
