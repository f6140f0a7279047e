import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { sqliteIntegrity } from '../../../src/main/db/integrity';
import { checkPageAuthentication } from '../../../src/main/db/page-auth';
import { lock, signIn } from '../../../src/main/services/session.service';
import { GOOD_PASSWORD } from '../../helpers/temp-workspace';
import { backupWorkspace, contentHash, isBackupBookkeeping } from './helpers';

/*
 * A backup folder that is missing, is really a file, is read-only or is full: the backup fails
 * with a sentence that says which, leaves nothing behind, and the database's records are
 * untouched (only the failure itself is recorded, for the banner).
 *
 * Read-only and full are real file systems: a tmpfs mounted in a private mount namespace
 * (`unshare -rm`, no root needed where user namespaces are allowed) for a child process that
 * runs the backup. Where that is not possible the two tests are skipped, and say so.
 */

const FIXTURE = resolve(__dirname, 'fixtures/backup-child.ts');

function canMountPrivately(): boolean {
  if (process.platform !== 'linux') return false;
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs "$d" && umount "$d" && rmdir "$d"'], { encoding: 'utf8' });
  return r.status === 0;
}
const PRIVATE_MOUNTS = canMountPrivately();

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function fresh() {
  const t = await backupWorkspace();
  cleanups.push(t.cleanup);
  return t;
}

type T = Awaited<ReturnType<typeof fresh>>;

/** Runs the backup in a child whose `folder` is a fresh tmpfs with the given mount options. */
function backupOnMount(t: T, folder: string, mountOptions: string, mode?: string): { ok: boolean; code?: string; message?: string; left: string[] } {
  mkdirSync(folder, { recursive: true });
  const script = `mount -t tmpfs -o "${mountOptions}" tmpfs "$1" && shift && exec "$@"`;
  const r = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', folder, process.execPath, '--import', 'tsx', FIXTURE, t.ws.deps.paths.dbPath, folder, ...(mode ? [mode] : [])], {
    input: GOOD_PASSWORD + '\n',
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`backup child failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as { ok: boolean; code?: string; message?: string; left: string[] };
}

/** The live database's records (minus backup bookkeeping) and its health, after the workspace closed. */
function liveState(t: T): { records: string; integrity: boolean; pages: boolean } {
  const key = Buffer.from(t.ws.unlocked!.open.dataKey);
  lock(t.ws, 'sign-out', false);
  const o = openDatabase(t.ws.deps.paths.dbPath, Buffer.from(key), { readonly: true });
  try {
    return {
      records: contentHash(o.db, isBackupBookkeeping),
      integrity: sqliteIntegrity(o.db).ok,
      pages: checkPageAuthentication(t.ws.deps.paths.dbPath, key).ok,
    };
  } finally {
    o.close();
    key.fill(0);
  }
}

async function reopen(t: T) {
  await signIn(t.ws, { username: 'admin', password: GOOD_PASSWORD });
}

describe('a backup folder that cannot be used', { timeout: 180_000 }, () => {
  it('missing (a USB drive not plugged in): a clear error, the database untouched', async () => {
    const t = await fresh();
    // Chosen while it was plugged in; unplugged since.
    t.ws.unlocked!.open.db.prepare("UPDATE settings SET value = ? WHERE key = 'backup.folder'").run(JSON.stringify(join(t.dir, 'E-drive')));
    const before = liveState(t);
    await reopen(t);
    const r = await t.router.call('backup.run', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/was not found\. Plug in the drive/) } });
    expect(liveState(t)).toEqual(before);
  });

  it('a file where the folder should be: a clear error, the database untouched', async () => {
    const t = await fresh();
    const file = join(t.dir, 'backups-file');
    writeFileSync(file, 'not a folder');
    t.ws.unlocked!.open.db.prepare("UPDATE settings SET value = ? WHERE key = 'backup.folder'").run(JSON.stringify(file));
    const before = liveState(t);
    await reopen(t);
    expect(await t.router.call('backup.run', {})).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/is a file, not a folder/) } });
    expect(liveState(t)).toEqual(before);
  });

  it.skipIf(!PRIVATE_MOUNTS)('read-only (a read-only file system): a clear error, nothing left, the database untouched', async () => {
    const t = await fresh();
    const before = liveState(t);
    const r = backupOnMount(t, join(t.dir, 'readonly'), 'ro,size=4m');
    expect(r).toMatchObject({ ok: false, code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/cannot write to the backup folder .* read-only/), left: [] });
    await reopen(t);
    expect(liveState(t)).toEqual(before);
  });

  it.skipIf(!PRIVATE_MOUNTS)('full before it starts (64 KB free): a clear error, nothing left, the database untouched', async () => {
    const t = await fresh();
    const before = liveState(t);
    const r = backupOnMount(t, join(t.dir, 'tiny'), 'size=64k');
    expect(r).toMatchObject({ ok: false, code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/is full: the backup needs about .* free/), left: [] });
    await reopen(t);
    expect(liveState(t)).toEqual(before);
  });

  it.skipIf(!PRIVATE_MOUNTS)('full part-way through the copy: a clear error, the half-written copy removed, the database untouched', async () => {
    const t = await fresh();
    const before = liveState(t);
    const r = backupOnMount(t, join(t.dir, 'filling'), 'size=8m', 'fill-during');
    expect(r).toMatchObject({ ok: false, code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/is full\. Free some space/), left: [] });
    await reopen(t);
    expect(liveState(t)).toEqual(before);
  });
});
