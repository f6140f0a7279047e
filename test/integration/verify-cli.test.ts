import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockWithPassword, vaultPaths } from '../../src/main/db/vault';
import { cli } from '../helpers/cli';
import { GOOD_PASSWORD, TEST_SCRYPT, tempDir } from '../helpers/temp-workspace';

/*
 * `waymark verify` is how an administrator checks the audit trail has not been edited. Someone
 * with the data key and a SQLite tool can drop the append-only triggers and change a row; the
 * hash chain must still give them away, and the command must say which row and exit non-zero.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function officeDatabase() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const db = join(dir, 'office.db');
  expect((await cli(['init', '--db', db, '--org', 'Harbour Refuge', '--admin', 'ada'], [GOOD_PASSWORD, GOOD_PASSWORD])).code).toBe(0);
  // More history: each command signs in and records what it did.
  expect((await cli(['users', 'add', '--db', db, '--user', 'ada', '--new', 'sam', '--role', 'support_worker'], [GOOD_PASSWORD, 'sams-temporary-pw'])).code).toBe(0);
  expect((await cli(['users', 'add', '--db', db, '--user', 'ada', '--new', 'kim', '--role', 'manager'], [GOOD_PASSWORD, 'kims-temporary-pw'])).code).toBe(0);
  return db;
}

/** Opens the file the way an outsider with the key would: another library connection, no Waymark code. */
async function externalConnection(dbPath: string): Promise<Database.Database> {
  const u = await unlockWithPassword(vaultPaths(dbPath), 'ada', GOOD_PASSWORD, { scrypt: TEST_SCRYPT });
  const hexKey = Buffer.from(u.open.dataKey).toString('hex');
  u.open.close();
  const ext = new Database(dbPath);
  ext.pragma("cipher = 'sqlcipher'");
  ext.pragma('legacy = 4');
  ext.key(Buffer.from(`x'${hexKey}'`));
  return ext;
}

describe('waymark verify on the audit chain', () => {
  it('passes an untouched chain', async () => {
    const db = await officeDatabase();
    const v = await cli(['verify', '--db', db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^ok {3}audit chain: Audit chain intact \(\d+ rows\)\.$/m);
  });

  it('names the first altered row and exits non-zero when a row was edited from outside', async () => {
    const db = await officeDatabase();
    const ext = await externalConnection(db);
    const target = ext.prepare("SELECT id, detail FROM audit_log WHERE action = 'user.add' ORDER BY id LIMIT 1").get() as { id: number; detail: string | null };
    const last = (ext.prepare('SELECT max(id) AS n FROM audit_log').get() as { n: number }).n;
    expect(target.id).toBeLessThan(last); // rows after it must not be blamed
    // The append-only trigger stops a plain UPDATE; someone with the key drops it first.
    expect(() => ext.prepare("UPDATE audit_log SET detail = 'role manager' WHERE id = ?").run(target.id)).toThrow(/append-only/);
    ext.exec('DROP TRIGGER audit_log_no_update');
    ext.prepare("UPDATE audit_log SET detail = 'role administrator' WHERE id = ?").run(target.id);
    ext.close();

    const v = await cli(['verify', '--db', db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.code).not.toBe(0);
    const chainLine = v.out.split('\n').find((l) => l.includes('audit chain'));
    expect(chainLine).toMatch(/^FAIL audit chain: /);
    expect(chainLine).toMatch(new RegExp(`\\brow ${target.id}\\b`));
    // The other checks still ran and passed: only the chain is broken.
    expect(v.out).toMatch(/^ok {3}integrity_check: ok$/m);
  });

  it('names the missing row and exits non-zero when a row was deleted from outside', async () => {
    const db = await officeDatabase();
    const ext = await externalConnection(db);
    ext.exec('DROP TRIGGER audit_log_no_delete');
    ext.prepare('DELETE FROM audit_log WHERE id = 2').run();
    ext.close();

    const v = await cli(['verify', '--db', db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.code).not.toBe(0);
    expect(v.out).toMatch(/^FAIL audit chain: .*\brow 2 is missing\b/m);
  });
});
