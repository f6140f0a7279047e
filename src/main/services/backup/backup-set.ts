import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import type { BackupManifest } from '../../../shared/backup/manifest';
import { KeyringError } from '../../db/errors';
import { parseKeyring, type Keyring } from '../../db/keyring';
import { readManifest, setFilesForDb, type SetFiles } from './backup-files';
import { BackupInvalidError } from './backup-errors';

/** A backup set as found on disk, before its database is opened. */
export interface OfferedSet {
  files: SetFiles;
  keyring: Keyring;
  /** Null for a set whose manifest was lost: the integrity checks still decide. */
  manifest: BackupManifest | null;
}

/**
 * Reads what is beside a backup's database file and checks it hangs together: the file exists,
 * its keyring is there and well formed, and the manifest (if any) names the same database id and
 * the keyring's exact bytes. Nothing is opened with a key yet and nothing is written.
 */
export async function readOfferedSet(dbFile: string): Promise<OfferedSet> {
  if (!isAbsolute(dbFile)) throw new BackupInvalidError('Give the full path of the backup file.');
  let st;
  try {
    st = await stat(dbFile);
  } catch {
    throw new BackupInvalidError('That backup file was not found. Check the drive is plugged in.');
  }
  if (!st.isFile()) throw new BackupInvalidError('That is a folder, not a backup file. Choose the backup’s .db file.');
  const files = setFilesForDb(dbFile);
  if (!existsSync(files.keyring)) throw new BackupInvalidError('The keyring file that belongs beside this backup is missing, so it cannot be used.');
  let keyringText: Buffer;
  let keyring: Keyring;
  try {
    keyringText = await readFile(files.keyring);
    keyring = parseKeyring(keyringText.toString('utf8'));
  } catch (e) {
    if (e instanceof KeyringError || e instanceof SyntaxError) throw new BackupInvalidError('The keyring beside this backup is damaged, so it cannot be used.');
    throw new BackupInvalidError('The keyring beside this backup could not be read.');
  }
  let manifest: BackupManifest | null = null;
  if (existsSync(files.manifest)) {
    manifest = await readManifest(files.manifest);
    if (!manifest) throw new BackupInvalidError('The manifest of this backup is damaged, so it cannot be trusted.');
    if (manifest.dbId !== keyring.dbId) throw new BackupInvalidError('The manifest and the keyring of this backup belong to different databases.');
    const keyringHash = createHash('sha256').update(keyringText).digest('hex');
    if (keyringHash !== manifest.keyring.sha256) throw new BackupInvalidError('The keyring beside this backup has changed since the backup was made.');
  }
  return { files, keyring, manifest };
}

/** Refuses a set of another organisation (a different database id). */
export function assertSameOrganisation(set: OfferedSet, dbId: string): void {
  if (set.keyring.dbId !== dbId) {
    throw new KeyringError(
      'KEYRING_MISMATCH',
      'This backup belongs to another organisation’s keyring (a different Waymark database), so it cannot be restored here. Nothing was changed.',
    );
  }
}
