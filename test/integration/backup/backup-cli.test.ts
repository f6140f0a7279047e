import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { unlockWithPassword, vaultPaths } from '../../../src/main/db/vault';
import { cli } from '../../helpers/cli';
import { GOOD_PASSWORD, tempDir, tempWorkspace, TEST_SCRYPT } from '../../helpers/temp-workspace';
import { folderSnapshot } from './helpers';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function office(org = 'Harbour Refuge') {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const db = join(dir, 'office.db');
  expect((await cli(['init', '--db', db, '--org', org, '--admin', 'ada'], [GOOD_PASSWORD, GOOD_PASSWORD])).code).toBe(0);
  const backups = join(dir, 'usb');
  return { dir, db, backups };
}

async function backup(db: string, to: string) {
  const r = await cli(['backup', '--db', db, '--user', 'ada', '--to', to], [GOOD_PASSWORD]);
  const file = /^Backed up to (\S+\.db) /m.exec(r.out)?.[1];
  return { ...r, file: file! };
}

describe('waymark backup and restore', { timeout: 180_000 }, () => {
  it('backs up, and restores over a database that has been destroyed', async () => {
    const o = await office();
    mkdirSync(o.backups);
    const b = await backup(o.db, o.backups);
    expect(b.code).toBe(0);
    expect(b.err).toBe('');
    expect(b.out).toMatch(/^Backed up to .*waymark-\d{8}-\d{6}\.db \(\d+ KB, schema \d+\), verified in [\d.]+ s\.$/m);

    // Disaster: the live file is overwritten.
    writeFileSync(o.db, randomBytes(64 * 1024));
    expect((await cli(['verify', '--db', o.db, '--user', 'ada'], [GOOD_PASSWORD])).code).toBe(1);

    const r = await cli(['restore', '--backup', b.file, '--db', o.db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Restored .*office\.db from waymark-\d{8}-\d{6} \(schema \d+\)\.\nThe database as it was is kept at .*waymark-before-restore-.*\.db\.\n$/);
    const v = await cli(['verify', '--db', o.db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.out).toMatch(/audit chain: Audit chain intact/);
    expect(v.code).toBe(0);
  });

  it('restores onto a new computer with no database and no keyring, using the backup’s own keyring', async () => {
    const o = await office();
    mkdirSync(o.backups);
    const b = await backup(o.db, o.backups);
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const target = join(dir, 'waymark.db');
    const r = await cli(['restore', '--backup', b.file, '--db', target, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/kept at/);
    const u = await unlockWithPassword(vaultPaths(target), 'ada', GOOD_PASSWORD, { scrypt: TEST_SCRYPT });
    u.open.close();
  });

  it('refuses with one line and a non-zero exit, changing nothing', async () => {
    const o = await office();
    const other = await office('Another Refuge');
    mkdirSync(o.backups);
    mkdirSync(other.backups);
    const ours = await backup(o.db, o.backups);
    const theirs = await backup(other.db, other.backups);
    const before = folderSnapshot(o.dir);
    const cases: [string[], string[], number, RegExp][] = [
      [['restore', '--backup', ours.file, '--db', o.db, '--user', 'ada'], ['wrong-password-here'], 1, /do not open this backup’s keyring/],
      [['restore', '--backup', theirs.file, '--db', o.db, '--user', 'ada'], [GOOD_PASSWORD], 1, /another organisation’s keyring/],
      [['restore', '--backup', join(o.backups, 'none.db'), '--db', o.db, '--user', 'ada'], [GOOD_PASSWORD], 1, /not found/],
      [['restore', '--backup', ours.file, '--db', o.db], [GOOD_PASSWORD], 2, /--user is required/],
      [['restore', '--backup', ours.file, '--db', o.db, '--user', 'ada', '--password', 'x'], [], 2, /Unknown option '--password'/],
      [['restore', '--backup', ours.file, '--db', o.db, '--user', 'ada'], [], 2, /expected password/],
      [['backup', '--db', o.db, '--user', 'ada', '--to', join(o.dir, 'missing')], [GOOD_PASSWORD], 1, /not found/],
    ];
    for (const [argv, stdin, code, message] of cases) {
      const r = await cli(argv, stdin);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.err, argv.join(' ')).toMatch(message);
      expect(r.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
    // The failed backup attempt recorded itself for the banner; the files of the set are untouched.
    const after = folderSnapshot(o.dir);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(readdirSync(o.backups).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('only an administrator can make a backup', async () => {
    const o = await office();
    mkdirSync(o.backups);
    expect((await cli(['users', 'add', '--db', o.db, '--user', 'ada', '--new', 'sam', '--role', 'manager'], [GOOD_PASSWORD, 'sams-temporary-pw'])).code).toBe(0);
    const r = await cli(['backup', '--db', o.db, '--user', 'sam', '--to', o.backups], ['sams-temporary-pw']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^waymark backup: (only an administrator|Choose a new password)/);
    expect(readdirSync(o.backups)).toEqual([]);
  });

  it('restore refuses while Waymark has the database open, and nothing changes', async () => {
    const t = tempWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('setup.create', { orgName: 'Harbour Refuge', adminUsername: 'ada', adminDisplayName: 'Ada', password: GOOD_PASSWORD, passwordAgain: GOOD_PASSWORD });
    const folder = join(t.dir, 'usb');
    mkdirSync(folder);
    await t.ok('backup.settings.update', { folder });
    const set = await t.ok<{ file: string }>('backup.run');
    const before = folderSnapshot(t.dir);
    const r = await cli(['restore', '--backup', set.file, '--db', t.ws.deps.paths.dbPath, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/in use by another program/);
    expect(folderSnapshot(t.dir)).toEqual(before);
    // The app carries on.
    await t.ok('settings.update', { orgPhone: '01234 567890' });
    expect(existsSync(`${t.ws.deps.paths.dbPath}-wal`)).toBe(true);
  });
});
