import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { migrate, schemaVersion } from '../../src/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import type { Migration } from '../../src/main/db/migrations/migration';
import { GOOD_PASSWORD, setUpWorkspace, tempDir } from '../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('migrations', () => {
  it('numbers migrations 1..N with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  it('refuses a database from a newer version and leaves the file byte-for-byte untouched', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    const db = t.ws.unlocked!.open.db;
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    await t.ok('session.signOut');
    const before = [sha(t.ws.deps.paths.dbPath), sha(t.ws.deps.paths.keyringPath)];
    const r = await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NEWER_SCHEMA');
      expect(r.error.message).toMatch(/newer version of Waymark/);
    }
    expect([sha(t.ws.deps.paths.dbPath), sha(t.ws.deps.paths.keyringPath)]).toEqual(before);
  });

  it('a failing migration rolls back every pending migration and the version', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const open = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
    cleanups.push(() => open.close());
    const first: Migration = { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT') };
    migrate(open.db, [first], { allowEmpty: true });
    const second: Migration = { version: 2, name: 'two', up: (db) => db.exec('CREATE TABLE b (x INTEGER) STRICT; INSERT INTO a VALUES (1)') };
    const third: Migration = {
      version: 3,
      name: 'three',
      up: (db) => {
        db.exec('CREATE TABLE c (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(open.db, [first, second, third])).toThrow('boom');
    expect(schemaVersion(open.db)).toBe(1);
    const tables = (open.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['a']);
    expect(open.db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
    // And it succeeds once the migration is fixed.
    migrate(open.db, [first, second, { ...third, up: (db) => db.exec('CREATE TABLE c (x INTEGER) STRICT') }]);
    expect(schemaVersion(open.db)).toBe(3);
  });

  it('refuses an unencrypted SQLite file and a file of random bytes as "not a Waymark database"', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('session.signOut');
    const path = t.ws.deps.paths.dbPath;
    const plain = new Database(join(t.dir, 'plain.db'));
    plain.exec('CREATE TABLE x (y TEXT)');
    plain.close();
    writeFileSync(path, readFileSync(join(t.dir, 'plain.db')));
    for (const suffix of ['-wal', '-shm']) writeFileSync(path + suffix, '');
    const r1 = await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    expect(r1.ok ? null : r1.error.code).toBe('NOT_A_WAYMARK_DATABASE');
    writeFileSync(path, randomBytes(8192));
    const r2 = await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    expect(r2.ok ? null : r2.error.message).toMatch(/not the database this keyring belongs to|not a Waymark database/);
  });

  it('refuses a keyring that belongs to another database', async () => {
    const a = await setUpWorkspace();
    const b = await setUpWorkspace();
    cleanups.push(a.cleanup, b.cleanup);
    await a.ok('session.signOut');
    await b.ok('session.signOut');
    writeFileSync(a.ws.deps.paths.keyringPath, readFileSync(b.ws.deps.paths.keyringPath));
    const r = await a.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    expect(r.ok ? null : r.error.code).toBe('KEYRING_MISMATCH');
  });
});
