import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { tempDir } from '../helpers/temp-workspace';

// @journeyapps/sqlcipher is Zetetic's SQLCipher 4 built from source: an independent implementation.
const require = createRequire(import.meta.url);
const sqlcipher = require('@journeyapps/sqlcipher') as {
  Database: new (path: string, cb: (err: Error | null) => void) => {
    serialize(fn: () => void): void;
    run(sql: string, cb?: (err: Error | null) => void): void;
    get(sql: string, params: unknown[], cb: (err: Error | null, row: unknown) => void): void;
    close(cb?: (err: Error | null) => void): void;
  };
};

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('interoperability', () => {
  it('Zetetic SQLCipher 4 opens a Waymark database with the raw data key and reads a planted row', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'interop.db');
    const key = randomBytes(32);
    const hex = key.toString('hex');
    const w = openDatabase(path, Buffer.from(key), { create: true });
    w.db.exec('CREATE TABLE people (name TEXT NOT NULL) STRICT');
    w.db.prepare('INSERT INTO people VALUES (?)').run('Nadia Planted-Row');
    w.db.pragma('wal_checkpoint(TRUNCATE)');
    w.close();

    const row = await new Promise<unknown>((resolve, reject) => {
      const db = new sqlcipher.Database(path, (err) => err && reject(err));
      db.serialize(() => {
        // eslint-disable-next-line waymark/no-sql-interpolation -- PRAGMA key takes no parameters; the hex is the test key
        db.run(`PRAGMA key = "x'${hex}'"`);
        db.get('SELECT name FROM people', [], (err, r) => {
          db.close();
          if (err) reject(err);
          else resolve(r);
        });
      });
    });
    expect(row).toEqual({ name: 'Nadia Planted-Row' });

    const wrong = await new Promise<Error | null>((resolve) => {
      const db = new sqlcipher.Database(path, () => {});
      db.serialize(() => {
        // eslint-disable-next-line waymark/no-sql-interpolation -- PRAGMA key takes no parameters; the hex is random bytes
        db.run(`PRAGMA key = "x'${randomBytes(32).toString('hex')}'"`);
        db.get('SELECT name FROM people', [], (err) => {
          db.close();
          resolve(err);
        });
      });
    });
    expect(wrong?.message).toMatch(/not a database/);
  });
});
