import { resolve } from 'node:path';
import { systemClock } from '../../../shared/clock';
import type { Keyring } from '../../db/keyring';
import { readKeyringFile } from '../../db/keyring-file';
import { vaultPaths } from '../../db/vault';
import { defaultBackupDeps } from '../../services/backup/backup-deps';
import type { JobControl } from '../../services/backup/backup-jobs';
import { restoreFromBackup } from '../../services/backup/restore-core';
import { options } from '../args';
import type { CliEnv } from '../context';
import { lineReader, type CliIo } from '../io';

/**
 * `waymark restore --backup FILE --db FILE --user USERNAME`: the password of an administrator *in
 * the backup* on stdin. The database being replaced may be damaged or gone, so the backup is
 * opened with its own keyring; the live keyring, when it can be read, must be of the same
 * organisation and is kept if the password opens it. Nothing changes unless every check passes;
 * the replaced database is kept beside it as waymark-before-restore-….db. Waymark must be closed.
 */
export async function restoreCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const o = options(argv, { backup: { type: 'string' }, db: { type: 'string' }, user: { type: 'string' } }, ['backup', 'db', 'user']);
  const reader = lineReader(io);
  let password: string;
  try {
    password = await reader.next('Password of an administrator in the backup: ');
  } finally {
    reader.close();
  }
  const target = vaultPaths(resolve(o.db!));
  let currentKeyring: Keyring | null = null;
  try {
    currentKeyring = readKeyringFile(target.keyringPath);
  } catch {
    // Missing or damaged: this may be the disaster being recovered from.
  }
  const control: JobControl = { progress: () => {}, attach: (h) => h };
  const outcome = await restoreFromBackup({
    backupFile: resolve(o.backup!),
    target,
    username: o.user!,
    password,
    currentKey: null,
    currentKeyring,
    expectDbId: currentKeyring?.dbId ?? null,
    now: (env.clock ?? systemClock).now(),
    deps: defaultBackupDeps(),
    control,
  });
  io.stdout.write(`Restored ${target.dbPath} from ${outcome.restoredFrom} (schema ${outcome.schemaVersion}).\n`);
  if (outcome.safetyCopy) io.stdout.write(`The database as it was is kept at ${outcome.safetyCopy}.\n`);
  return 0;
}
