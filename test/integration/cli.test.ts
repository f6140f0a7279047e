import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { GOOD_PASSWORD, tempDir } from '../helpers/temp-workspace';
import { unlockWithPassword, vaultPaths } from '../../src/main/db/vault';
import { LATEST_VERSION } from '../../src/main/db/migrations';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function initDb() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const db = join(dir, 'office.db');
  const r = await cli(['init', '--db', db, '--org', 'Harbour Refuge', '--admin', 'ada'], [GOOD_PASSWORD, GOOD_PASSWORD]);
  return { dir, db, r };
}

describe('waymark command line', () => {
  it('init creates the database and keyring and prints the recovery key on its own line', async () => {
    const { db, r } = await initDb();
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Recovery key: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/m);
    const v = await cli(['verify', '--db', db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.code).toBe(0);
    expect(v.out.trim().split('\n')).toEqual([
      'ok   keyring: slot unwrapped, database id matches',
      'ok   cipher_integrity_check: ok',
      expect.stringMatching(/^ok {3}page authentication: every page's HMAC verified \(\d+ pages\)$/),
      'ok   integrity_check: ok',
      `ok   migrations: schema ${LATEST_VERSION} of ${LATEST_VERSION}`,
      expect.stringMatching(/^ok {3}audit chain: Audit chain intact \(\d+ rows\)\.$/),
    ]);
  });

  it('init refuses mismatched passwords, a weak password, and an existing database', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const db = join(dir, 'x.db');
    expect((await cli(['init', '--db', db, '--org', 'O', '--admin', 'ada'], [GOOD_PASSWORD, 'different-password'])).err).toMatch(/do not match/);
    const weak = await cli(['init', '--db', db, '--org', 'O', '--admin', 'ada'], ['password1234', 'password1234']);
    expect(weak.code).toBe(1);
    expect(weak.err).toMatch(/commonly used/);
    const again = await initDb();
    const twice = await cli(['init', '--db', again.db, '--org', 'O', '--admin', 'bob'], [GOOD_PASSWORD, GOOD_PASSWORD]);
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/already set up/);
  });

  it('users add creates an account that must change its password; only an administrator may', async () => {
    const { db } = await initDb();
    const r = await cli(['users', 'add', '--db', db, '--user', 'ada', '--new', 'sam', '--role', 'support_worker'], [GOOD_PASSWORD, 'sams-temporary-pw']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Added sam \(support_worker\)/);
    const u = await unlockWithPassword(vaultPaths(db), 'sam', 'sams-temporary-pw');
    const row = u.open.db.prepare('SELECT role, must_change_password FROM users WHERE username = ?').get('sam');
    u.open.close();
    expect(row).toEqual({ role: 'support_worker', must_change_password: 1 });
    await cli(['users', 'add', '--db', db, '--user', 'ada', '--new', 'kim', '--role', 'manager'], [GOOD_PASSWORD, GOOD_PASSWORD]);
    const byManager = await cli(['users', 'add', '--db', db, '--user', 'kim', '--new', 'lee', '--role', 'manager'], [GOOD_PASSWORD, GOOD_PASSWORD]);
    expect(byManager.code).toBe(1);
    expect(byManager.err).toMatch(/password|role/i);
  });

  it('gives one clear line and a non-zero exit for each kind of bad start', async () => {
    const { dir, db } = await initDb();
    const cases: [string[], string[], RegExp][] = [
      [['verify', '--db', db, '--user', 'ada'], ['wrong-password-x'], /username and password do not match/],
      [['verify', '--db', join(dir, 'missing.db'), '--user', 'ada'], [GOOD_PASSWORD], /no database at/],
      [['verify', '--db', db, '--user', 'ada'], [], /expected password on standard input/],
      [['verify', '--db', db], [GOOD_PASSWORD], /--user is required/],
      [['verify', '--db', db, '--user', 'ada', '--password', 'x'], [], /Unknown option|standard input/],
      [['users', 'add', '--db', db, '--user', 'ada', '--new', 'x', '--role', 'boss'], [], /--role must be one of/],
      [['frobnicate'], [], /unknown command/],
    ];
    for (const [argv, input, message] of cases) {
      const r = await cli(argv, input);
      expect(r.code, argv.join(' ')).not.toBe(0);
      expect(r.err.trim().split('\n'), argv.join(' ')).toHaveLength(1);
      expect(r.err, argv.join(' ')).toMatch(message);
    }
  });

  it('refuses a file that is not a Waymark database, and a newer schema', async () => {
    const { dir, db } = await initDb();
    const plain = join(dir, 'plain.db');
    new Database(plain).exec('CREATE TABLE t (x TEXT)');
    writeFileSync(`${plain}.keyring`, '{"format":"waymark-keyring"}');
    const notKeyring = await cli(['verify', '--db', plain, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(notKeyring.err).toMatch(/not a Waymark keyring/);
    const { readFileSync } = await import('node:fs');
    writeFileSync(`${plain}.keyring`, readFileSync(`${db}.keyring`));
    const notDb = await cli(['verify', '--db', plain, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(notDb.code).toBe(1);
    expect(notDb.err).toMatch(/unencrypted SQLite database, not a Waymark database/);

    const u = await unlockWithPassword(vaultPaths(db), 'ada', GOOD_PASSWORD);
    u.open.db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    u.open.close();
    const newer = await cli(['verify', '--db', db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(newer.code).toBe(1);
    expect(newer.err).toMatch(/newer version of Waymark/);
  });
});

describe('waymark verify on a damaged file', () => {
  it('names the damaged page and exits non-zero', async () => {
    const { db } = await initDb();
    // Find a page nothing reads or writes at sign-in (an empty table's root), and flush the log.
    const u = await unlockWithPassword(vaultPaths(db), 'ada', GOOD_PASSWORD);
    u.open.db.pragma('wal_checkpoint(TRUNCATE)');
    const { pageno } = u.open.db.prepare("SELECT pageno FROM dbstat WHERE name = 'court_orders'").get() as { pageno: number };
    u.open.close();
    const { openSync, writeSync, closeSync } = await import('node:fs');
    const fd = openSync(db, 'r+');
    writeSync(fd, Buffer.from([0xde, 0xad, 0xbe, 0xef]), 0, 4, (pageno - 1) * 4096 + 1000);
    closeSync(fd);
    const v = await cli(['verify', '--db', db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.code).toBe(1);
    expect(v.out).toContain(`FAIL page authentication: page ${pageno} fails its HMAC`);
  });
});
