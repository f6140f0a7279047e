import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { cipherIntegrity, sqliteIntegrity } from '../../../src/main/db/integrity';
import { unlockWithPassword, vaultPaths } from '../../../src/main/db/vault';
import { backupNow } from '../../../src/main/services/backup/backup.service';
import { tableRowCounts } from '../../../src/main/services/backup/copy-verify';
import { BackupManifestSchema } from '../../../src/shared/backup/manifest';
import type { BackupRunResult, BackupStatus } from '../../../src/shared/backup/schemas';
import { addStaff, signInAs } from '../../helpers/staff';
import { GOOD_PASSWORD, TEST_SCRYPT } from '../../helpers/temp-workspace';
import { backupWorkspace, fileHash, inlineDeps } from './helpers';

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

describe('backups', { timeout: 180_000 }, () => {
  it('an administrator backs up to the chosen folder: an encrypted, verified copy with its keyring and a manifest', async () => {
    const t = await fresh();
    await addStaff(t, 'sam', 'support_worker', 'Sam Okafor');
    const live = tableRowCounts(t.ws.unlocked!.open.db);
    const r = await t.ok<BackupRunResult>('backup.run');

    expect(r.name).toBe('waymark-20261120-100000');
    expect(readdirSync(t.folder).sort()).toEqual([`${r.name}.db`, `${r.name}.db.keyring`, `${r.name}.manifest.json`]);
    // Encrypted: no SQLite header, and no plain open.
    expect(readFileSync(r.file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(() => new Database(r.file, { readonly: true }).prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow();
    const manifestText = readFileSync(join(t.folder, `${r.name}.manifest.json`), 'utf8');
    const manifest = BackupManifestSchema.parse(JSON.parse(manifestText));
    expect(manifest).toMatchObject({ schemaVersion: r.schemaVersion, dbId: t.ws.unlocked!.keyring.dbId, createdAt: '2026-11-20T10:00:00.000Z' });
    expect(manifest.database.sha256).toBe(fileHash(r.file));
    expect(manifest.keyring.sha256).toBe(fileHash(`${r.file}.keyring`));
    expect(manifest.rowCounts).toEqual(live);
    // Nothing personal in the manifest: no name, username or organisation anywhere in it.
    for (const personal of ['Harbour Refuge', 'Sam Okafor', 'Ada Admin', '"sam"', '"admin"']) expect(manifestText).not.toContain(personal);

    // Same key: the keyring written beside it opens it with a staff password.
    const opened = await unlockWithPassword(vaultPaths(r.file), 'admin', GOOD_PASSWORD, { scrypt: TEST_SCRYPT });
    try {
      expect(cipherIntegrity(opened.open.db).ok).toBe(true);
      expect(sqliteIntegrity(opened.open.db).ok).toBe(true);
      const copied = tableRowCounts(opened.open.db);
      expect(copied).toEqual(live);
    } finally {
      opened.open.close();
    }

    const status = await t.ok<BackupStatus>('backup.status');
    expect(status).toMatchObject({ running: false, lastGoodAt: '2026-11-20T10:00:00.000Z', ageHours: 0, stale: false, failing: false });
    expect(status.details).toMatchObject({ folder: t.folder, lastGoodName: r.name, lastFailure: null });
    const audit = t.ws.unlocked!.open.db.prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'backup.create'").all();
    expect(audit).toEqual([{ entity_id: r.name, detail: 'manual; 0 older set(s) rotated out' }]);
  });

  it('every member of staff sees how old the last backup is; only administrators see the folder and the error', async () => {
    const t = await fresh();
    await addStaff(t, 'nina', 'night_worker');
    await t.ok('backup.run');
    t.clock.advance(25 * 3_600_000);
    await signInAs(t, 'nina');
    const status = await t.ok<BackupStatus>('backup.status');
    expect(status).toMatchObject({ ageHours: 25, stale: true, failing: false, details: null });
    for (const channel of ['backup.run', 'backup.list', 'backup.settings.get', 'backup.settings.update', 'backup.restore', 'backup.verify']) {
      const r = await t.router.call(channel, {});
      expect(r, channel).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('a failed backup shows a banner for everyone until a backup succeeds; nothing is left in the folder', async () => {
    const t = await fresh();
    const missing = join(t.dir, 'unplugged-usb');
    await t.ok('backup.settings.update', { folder: t.folder });
    // The drive is unplugged after it was chosen.
    t.ws.unlocked!.open.db.prepare("UPDATE settings SET value = ? WHERE key = 'backup.folder'").run(JSON.stringify(missing));
    const r = await t.router.call('backup.run', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/not found.*has not been changed/) } });
    let status = await t.ok<BackupStatus>('backup.status');
    expect(status).toMatchObject({ failing: true, stale: true, lastGoodAt: null });
    expect(status.details?.lastFailure).toMatchObject({ code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/unplugged-usb/) });
    expect(t.ws.unlocked!.open.db.prepare("SELECT detail FROM audit_log WHERE action = 'backup.failed'").pluck().all()).toEqual(['manual; BACKUP_FOLDER_UNAVAILABLE']);

    await t.ok('backup.settings.update', { folder: t.folder });
    t.clock.advance(60_000);
    await t.ok('backup.run');
    status = await t.ok<BackupStatus>('backup.status');
    expect(status).toMatchObject({ failing: false, stale: false, details: { lastFailure: null } });
  });

  it('refuses a folder that is missing, is a file, is the database’s own folder, or is not a full path', async () => {
    const t = await fresh();
    const file = join(t.dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const cases: [unknown, string, RegExp][] = [
      [join(t.dir, 'nope'), 'BACKUP_FOLDER_UNAVAILABLE', /not found/],
      [file, 'BACKUP_FOLDER_UNAVAILABLE', /is a file, not a folder/],
      [t.dir, 'INVALID_INPUT', /different folder/],
      ['backups', 'INVALID_INPUT', /full path/],
      ['', 'INVALID_INPUT', /Choose a folder/],
    ];
    for (const [folder, code, message] of cases) {
      const r = await t.router.call('backup.settings.update', { folder });
      expect(r, String(folder)).toMatchObject({ ok: false, error: { code, fields: { folder: expect.stringMatching(message) } } });
    }
    expect(await t.ok('backup.settings.get')).toMatchObject({ folder: t.folder, schedule: 'daily', retention: { daily: 14, weekly: 8, monthly: 12 } });
    expect(await t.ok('backup.settings.update', { schedule: 'weekly', retention: { daily: 7, weekly: 4, monthly: 6 } })).toMatchObject({
      folder: t.folder,
      schedule: 'weekly',
      retention: { daily: 7, weekly: 4, monthly: 6 },
    });
    expect(await t.ok('backup.settings.update', { folder: null })).toMatchObject({ folder: null });
    expect(await t.router.call('backup.run', {})).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE', message: expect.stringMatching(/No backup folder/) } });
  });

  it('rotation keeps the sets the retention settings ask for and deletes the rest, never touching other files', async () => {
    const t = await fresh();
    await t.ok('backup.settings.update', { retention: { daily: 2, weekly: 3, monthly: 2 } });
    writeFileSync(join(t.folder, 'notes.txt'), 'the office’s own file');
    const made: string[] = [];
    // The copy runs on this thread here: this test is about which sets are kept.
    for (let day = 0; day < 12; day++) {
      made.push((await backupNow(t.ws, { trigger: 'manual' }, inlineDeps())).name);
      t.clock.advance(86_400_000);
    }
    const listed = (await t.ok<{ name: string }[]>('backup.list')).map((s) => s.name);
    // 20 Nov (Fri) … 1 Dec (Tue): two newest days (1 Dec, 30 Nov), the newest of three ISO weeks
    // (1 Dec, 29 Nov, 22 Nov) and of two months (1 Dec, 30 Nov).
    expect(listed).toEqual([made[11], made[10], made[9], made[2]]);
    expect(existsSync(join(t.folder, 'notes.txt'))).toBe(true);
    expect(readdirSync(t.folder).filter((n) => n.startsWith('waymark-'))).toHaveLength(4 * 3);
  });

  it('two backups at once: the second is refused while the first runs', async () => {
    const t = await fresh();
    const first = t.router.call('backup.run', {});
    const second = await t.router.call('backup.run', {});
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await first).ok).toBe(true);
  });

  it('locking during a backup stops it: the worker’s copy of the key is dropped and nothing is kept', async () => {
    const t = await fresh();
    const db = t.ws.unlocked!.open.db;
    // Enough data that the copy is still running when the lock comes.
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) INSERT INTO meta (key, value) SELECT 'filler-' || i, hex(randomblob(1000)) FROM n");
    const run = t.router.call('backup.run', {});
    await new Promise((r) => setTimeout(r, 50));
    await t.ok('session.lock');
    expect(await run).toMatchObject({ ok: false, error: { code: 'BACKUP_FAILED', message: expect.stringMatching(/locked/) } });
    expect(readdirSync(t.folder)).toEqual([]);
  });

  it('a backup taken while records are being saved is a consistent snapshot', async () => {
    const t = await fresh();
    const db = t.ws.unlocked!.open.db;
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO meta (key, value) SELECT 'filler-' || i, hex(randomblob(500)) FROM n");
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(`during-${written++}`, 'x');
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const r = await t.ok<BackupRunResult>('backup.run');
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    // The copy was verified against counts taken in the same snapshot: open it and check again.
    const copy = openDatabase(r.file, Buffer.from(t.ws.unlocked!.open.dataKey), { readonly: true });
    try {
      const manifest = BackupManifestSchema.parse(JSON.parse(readFileSync(join(t.folder, `${r.name}.manifest.json`), 'utf8')));
      expect(tableRowCounts(copy.db)).toEqual(manifest.rowCounts);
    } finally {
      copy.close();
    }
  });
});
