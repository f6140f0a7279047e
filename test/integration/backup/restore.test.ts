import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { findUserSlot } from '../../../src/main/db/keyring';
import { readKeyringFile } from '../../../src/main/db/keyring-file';
import { LATEST_VERSION } from '../../../src/main/db/migrations';
import { schemaVersion } from '../../../src/main/db/migrate';
import { BackupManifestSchema } from '../../../src/shared/backup/manifest';
import type { BackupRestoreResult, BackupRunResult, BackupStatus } from '../../../src/shared/backup/schemas';
import { addStaff, signInAs } from '../../helpers/staff';
import { GOOD_PASSWORD, TEST_SCRYPT, tempDir } from '../../helpers/temp-workspace';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { vaultPaths } from '../../../src/main/db/vault';
import { createAppRouter } from '../../../src/main/ipc/app-router';
import { backupNow } from '../../../src/main/services/backup/backup.service';
import { loadCommonPasswords } from '../../../src/main/services/common-passwords';
import { lock } from '../../../src/main/services/session.service';
import { setUp } from '../../../src/main/services/setup.service';
import { createWorkspace } from '../../../src/main/services/workspace';
import { fixedClock } from '../../../src/shared/clock';
import { backupWorkspace, fileHash, folderSnapshot } from './helpers';

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

const NEW_PASSWORD = 'harbour-lantern-violet-9';

function names(t: Awaited<ReturnType<typeof fresh>>): string[] {
  return (t.ws.unlocked!.open.db.prepare('SELECT username FROM users ORDER BY username').pluck().all() as string[]).sort();
}

/** Copies a set's files to another folder, to damage or alter them there. */
function copySet(r: BackupRunResult, to: string): string {
  mkdirSync(to, { recursive: true });
  const base = r.name;
  const from = join(r.file, '..');
  for (const f of [`${base}.db`, `${base}.db.keyring`, `${base}.manifest.json`]) copyFileSync(join(from, f), join(to, f));
  return join(to, `${base}.db`);
}

describe('restore', { timeout: 180_000 }, () => {
  it('an administrator restores a backup: the records are as they were, everyone is signed out, and a safety copy is kept', async () => {
    const t = await fresh();
    await addStaff(t, 'sam', 'support_worker');
    const backup = await t.ok<BackupRunResult>('backup.run');
    t.clock.advance(3_600_000);
    // After the backup: someone new joins, and the administrator changes their password.
    await addStaff(t, 'zoe', 'manager');
    await t.ok('session.changePassword', { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD, newPasswordAgain: NEW_PASSWORD });
    expect(names(t)).toEqual(['admin', 'sam', 'zoe']);
    const statusBefore = await t.ok<BackupStatus>('backup.status');

    const r = await t.ok<BackupRestoreResult>('backup.restore', { file: backup.file, password: NEW_PASSWORD });
    expect(r).toMatchObject({ restoredFrom: backup.name, schemaVersion: LATEST_VERSION, signedOut: true, safetyCopy: expect.stringMatching(/waymark-before-restore-20261120-110000\.db$/) });
    expect(t.ws.session).toBeNull();
    expect(t.locks).toContain('sign-out');

    // The password changed since the backup still works (the live keyring was kept)…
    await t.ok('session.signIn', { username: 'admin', password: NEW_PASSWORD });
    expect(names(t)).toEqual(['admin', 'sam']);
    // …zoe, added after the backup, is gone from the keyring too, so she can be added again.
    expect(findUserSlot(readKeyringFile(t.ws.deps.paths.keyringPath), 'zoe')).toBeNull();
    await addStaff(t, 'zoe', 'manager');
    const restoreAudit = t.ws.unlocked!.open.db.prepare("SELECT username, entity_id, detail FROM audit_log WHERE action = 'backup.restore'").all();
    expect(restoreAudit).toEqual([{ username: 'admin', entity_id: backup.name, detail: `restored from ${backup.name} (schema ${LATEST_VERSION})` }]);
    // The record of backups is the office's, not the backup's: it carries over.
    expect((await t.ok<BackupStatus>('backup.status')).lastGoodAt).toBe(statusBefore.lastGoodAt);

    // The safety copy is the database as it was just before, with its keyring.
    const safety = openDatabase(r.safetyCopy!, Buffer.from(t.ws.unlocked!.open.dataKey), { readonly: true });
    try {
      expect(safety.db.prepare('SELECT username FROM users ORDER BY username').pluck().all()).toEqual(['admin', 'sam', 'zoe']);
    } finally {
      safety.close();
    }
    expect(existsSync(`${r.safetyCopy}.keyring`)).toBe(true);
    expect(readdirSync(t.dir).filter((n) => n.includes('restore-') && n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses, and changes nothing, for a wrong password, another organisation, a damaged, incomplete or newer backup, or a missing keyring', async () => {
    const t = await fresh();
    const backup = await t.ok<BackupRunResult>('backup.run');
    const other = await backupWorkspace();
    cleanups.push(other.cleanup);
    const foreign = await other.ok<BackupRunResult>('backup.run');

    const work = join(t.dir, 'work');
    const damaged = copySet(backup, join(work, 'damaged'));
    const bytes = readFileSync(damaged);
    bytes.fill(0x41, 8192, 8192 + 64); // inside the third page
    writeFileSync(damaged, bytes);
    const damagedNoManifest = copySet(backup, join(work, 'damaged-no-manifest'));
    writeFileSync(damagedNoManifest, bytes);
    rmSync(damagedNoManifest.replace(/\.db$/, '.manifest.json'));
    const truncated = copySet(backup, join(work, 'truncated'));
    truncateSync(truncated, 4096 * 2);
    const noKeyring = copySet(backup, join(work, 'no-keyring'));
    rmSync(`${noKeyring}.keyring`);

    // A genuine set from a newer Waymark: schema one higher, manifest to match.
    const newer = copySet(backup, join(work, 'newer'));
    const o = openDatabase(newer, Buffer.from(t.ws.unlocked!.open.dataKey));
    o.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    o.db.pragma('journal_mode = DELETE');
    o.close();
    const manifestPath = newer.replace(/\.db$/, '.manifest.json');
    const manifest = BackupManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, schemaVersion: LATEST_VERSION + 1, database: { ...manifest.database, sha256: fileHash(newer) } }));
    const newerNoManifest = copySet(backup, join(work, 'newer-no-manifest'));
    copyFileSync(newer, newerNoManifest);
    rmSync(newerNoManifest.replace(/\.db$/, '.manifest.json'));

    const cases: [string, unknown, string, RegExp][] = [
      ['wrong password', { file: backup.file, password: 'not-my-password' }, 'BAD_CREDENTIALS', /not right/],
      ['another organisation', { file: foreign.file, password: GOOD_PASSWORD }, 'KEYRING_MISMATCH', /another organisation’s keyring/],
      ['damaged, with manifest', { file: damaged, password: GOOD_PASSWORD }, 'BACKUP_INVALID', /checksum/],
      ['damaged, no manifest', { file: damagedNoManifest, password: GOOD_PASSWORD }, 'BACKUP_INVALID', /damaged/],
      ['truncated', { file: truncated, password: GOOD_PASSWORD }, 'BACKUP_INVALID', /./],
      ['no keyring', { file: noKeyring, password: GOOD_PASSWORD }, 'BACKUP_INVALID', /keyring .* is missing/],
      ['newer, manifest says so', { file: newer, password: GOOD_PASSWORD }, 'NEWER_SCHEMA', /newer version/],
      ['newer, found on opening', { file: newerNoManifest, password: GOOD_PASSWORD }, 'NEWER_SCHEMA', /newer version/],
      ['missing file', { file: join(work, 'nothing.db'), password: GOOD_PASSWORD }, 'BACKUP_INVALID', /not found/],
      ['a folder', { file: work, password: GOOD_PASSWORD }, 'BACKUP_INVALID', /folder/],
      ['relative path', { file: 'waymark.db', password: GOOD_PASSWORD }, 'BACKUP_INVALID', /full path/],
    ];
    for (const [label, input, code, message] of cases) {
      const before = folderSnapshot(t.dir);
      const r = await t.router.call('backup.restore', input);
      expect(r, label).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
      expect(folderSnapshot(t.dir), label).toEqual(before);
      expect(t.ws.session, label).not.toBeNull();
    }
    expect(t.errors).toEqual([]);
  });

  it('an administrator added after the backup cannot restore it (they would be locked out)', async () => {
    const t = await fresh();
    const backup = await t.ok<BackupRunResult>('backup.run');
    await addStaff(t, 'ola', 'administrator');
    await signInAs(t, 'ola');
    const before = folderSnapshot(t.dir);
    const r = await t.router.call('backup.restore', { file: backup.file, password: GOOD_PASSWORD });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/not an active administrator in this backup/) } });
    expect(folderSnapshot(t.dir)).toEqual(before);
  });

  it('a backup from an older version is restored and brought up to date', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const clock = fixedClock('2026-11-20T10:00:00Z');
    const paths = vaultPaths(join(dir, 'waymark.db'));
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    const workspace = (migrations?: typeof MIGRATIONS) =>
      createWorkspace({ paths, clock, vault: { scrypt: TEST_SCRYPT, migrations }, commonPasswords: loadCommonPasswords() });
    // An office on the previous version makes a backup…
    const oldWs = workspace(MIGRATIONS.slice(0, -1));
    await setUp(oldWs, { orgName: 'Harbour Refuge', orgAddress: '', orgPhone: '', orgEmail: '', adminUsername: 'admin', adminDisplayName: 'Ada', password: GOOD_PASSWORD, passwordAgain: GOOD_PASSWORD });
    expect(schemaVersion(oldWs.unlocked!.open.db)).toBe(LATEST_VERSION - 1);
    const backup = await backupNow(oldWs, { folder, trigger: 'manual' });
    expect(backup.schemaVersion).toBe(LATEST_VERSION - 1);
    lock(oldWs, 'sign-out', false);
    // …then upgrades, and later restores that backup.
    const ws = workspace();
    const router = createAppRouter(ws, () => {});
    expect(await router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).toMatchObject({ ok: true });
    expect(schemaVersion(ws.unlocked!.open.db)).toBe(LATEST_VERSION);
    const r = await router.call('backup.restore', { file: backup.file, password: GOOD_PASSWORD });
    expect(r).toMatchObject({ ok: true, value: { schemaVersion: LATEST_VERSION - 1 } });
    expect(await router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).toMatchObject({ ok: true });
    const db = ws.unlocked!.open.db;
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT detail FROM audit_log WHERE action = 'backup.restore'").pluck().get()).toBe(
      `restored from ${backup.name} (schema ${LATEST_VERSION - 1}, migrated to ${LATEST_VERSION})`,
    );
    lock(ws, 'sign-out', false);
  });

  it('a set with schema 0 is not a Waymark backup', async () => {
    const t = await fresh();
    const backup = await t.ok<BackupRunResult>('backup.run');
    const odd = copySet(backup, join(t.dir, 'odd'));
    const o = openDatabase(odd, Buffer.from(t.ws.unlocked!.open.dataKey));
    o.db.pragma('user_version = 0');
    o.db.pragma('journal_mode = DELETE');
    o.close();
    rmSync(odd.replace(/\.db$/, '.manifest.json'));
    const before = folderSnapshot(t.dir);
    expect(await t.router.call('backup.restore', { file: odd, password: GOOD_PASSWORD })).toMatchObject({ ok: false, error: { code: 'BACKUP_INVALID', message: expect.stringMatching(/not a Waymark backup/) } });
    expect(folderSnapshot(t.dir)).toEqual(before);
    expect(t.ws.session).not.toBeNull();
  });

  it('a restore is refused while a backup is running', async () => {
    const t = await fresh();
    const backup = await t.ok<BackupRunResult>('backup.run');
    const running = t.router.call('backup.run', {});
    const r = await t.router.call('backup.restore', { file: backup.file, password: GOOD_PASSWORD });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await running).ok).toBe(true);
    expect(schemaVersion(t.ws.unlocked!.open.db)).toBe(LATEST_VERSION);
  });
});
