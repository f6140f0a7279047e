import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { backupNow } from '../../services/backup/backup.service';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, type CliIo } from '../io';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * `waymark backup --db FILE --user USERNAME --to DIR`: an administrator's password on stdin. Makes
 * one verified backup set in DIR (the same code as the app's button) and rotates older sets by
 * the retention settings stored in the database.
 */
export async function backupCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const o = options(argv, { db: { type: 'string' }, user: { type: 'string' }, to: { type: 'string' } }, ['db', 'user', 'to']);
  const reader = lineReader(io);
  let password: string;
  try {
    password = await reader.next('Password: ');
  } finally {
    reader.close();
  }
  requireDbFile(o.db!);
  const ctx = cliContext(o.db!, env);
  try {
    const session = await ctx.call('session.signIn', { username: o.user!, password });
    if (session.role !== 'administrator') throw new AppError('FORBIDDEN', 'only an administrator can make a backup');
    const r = await backupNow(ctx.ws, { folder: resolve(o.to!), trigger: 'cli' });
    io.stdout.write(`Backed up to ${r.file} (${size(r.sizeBytes)}, schema ${r.schemaVersion}), verified in ${(r.durationMs / 1000).toFixed(1)} s.\n`);
    if (r.removed.length) io.stdout.write(`Rotation removed ${r.removed.length} older set(s): ${r.removed.join(', ')}.\n`);
    return 0;
  } finally {
    ctx.close();
  }
}
