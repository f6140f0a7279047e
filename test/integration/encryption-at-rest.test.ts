import { randomBytes } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { GOOD_PASSWORD, setUpWorkspace, tempDir } from '../helpers/temp-workspace';

const PLANTED = 'Zéphyrine Quillfeather-Okonkwo';
let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('encryption at rest', () => {
  it('the database and its WAL hold no SQLite header and no planted name', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    // Plant a name through a real service so it lands in the database and its write-ahead log.
    await t.ok('users.add', { username: 'planted', displayName: PLANTED, role: 'support_worker', temporaryPassword: GOOD_PASSWORD });
    const dbPath = t.ws.deps.paths.dbPath;
    const wal = `${dbPath}-wal`;
    expect(existsSync(wal)).toBe(true);
    const needles = [Buffer.from('SQLite format 3'), Buffer.from(PLANTED, 'utf8'), Buffer.from('Quillfeather')];
    for (const file of [dbPath, wal]) {
      const bytes = readFileSync(file);
      expect(bytes.length).toBeGreaterThan(0);
      for (const n of needles) expect(bytes.includes(n), `${file} contains ${n.toString()}`).toBe(false);
    }
    // And the name really is there when read with the key.
    const row = t.ws.unlocked!.open.db.prepare('SELECT display_name FROM users WHERE username = ?').get('planted') as { display_name: string };
    expect(row.display_name).toBe(PLANTED);
  });

  it('a wrong key cannot read the database', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'x.db');
    const key = randomBytes(32);
    const db = openDatabase(path, Buffer.from(key), { create: true });
    db.db.exec('CREATE TABLE t (name TEXT) STRICT');
    db.db.prepare('INSERT INTO t VALUES (?)').run(PLANTED);
    db.close();
    expect(() => openDatabase(path, randomBytes(32))).toThrow(/not a Waymark database/);
    const again = openDatabase(path, Buffer.from(key));
    expect((again.db.prepare('SELECT name FROM t').get() as { name: string }).name).toBe(PLANTED);
    again.close();
  });

  it('zero-fills the data key when the database closes', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const key = randomBytes(32);
    const db = openDatabase(join(dir, 'k.db'), key, { create: true });
    expect(key.equals(Buffer.alloc(32))).toBe(false);
    db.close();
    expect(key.equals(Buffer.alloc(32))).toBe(true);
  });
});

describe('durability', () => {
  it('flushes every commit to disk (synchronous FULL), so a power cut loses nothing saved', async () => {
    const t = await setUpWorkspace();
    try {
      expect(t.ws.unlocked!.open.db.pragma('synchronous', { simple: true })).toBe(2);
      expect(t.ws.unlocked!.open.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      t.cleanup();
    }
  });
});
