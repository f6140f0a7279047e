import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../src/main/db/connection';
import { MIGRATIONS } from '../../src/main/db/migrations';
import type { Migration } from '../../src/main/db/migrations/migration';

/*
 * A shipped migration must never change. Databases in refuges already ran it; editing it would
 * give new installations a different schema from old ones, with nothing to bring the old ones
 * level. A change of schema is always a new, numbered migration (see 011-import-keys-strict.ts).
 *
 * So each shipped migration's SQL is fingerprinted here: every statement it passes to exec() and
 * prepare(), and every row it binds, in order. Comments and formatting of the TypeScript around
 * the SQL may change; the SQL may not. If this test fails, undo the edit to the old migration and
 * write a new one instead. Never update a checksum below to make it pass. Add a migration's line
 * in the release that ships it.
 */
const SHIPPED: ReadonlyArray<readonly [version: number, name: string, sha256: string]> = [
  [1, 'core', 'cd7081635278ade4b003ef57d3b06bc0fde7ad717b30b122f19c4dcfb2f0c624'],
  [2, 'cases', 'a1b3c332014fa6bb9d4e1ada2e0e3b89a7af87abda0cb95017ee78928f06268e'],
  [3, 'rota', '7cf0092d59c3f3e7c66c60d55f8c088ea52a4ec4c4f10a3cbfc8eafbfd441ef9'],
  [4, 'allocation', '44382299b5c3835d1de343378b04493d0a067fd530de63aec42ba4fabc2febd0'],
  [5, 'support', '4ee91747c7012cb230eeb88cedf8819bfee3d3afc156c77d0f0c7e5cb90d388e'],
  [6, 'sanctuary-staff-records', '0419d177c40823bca743fa800b3d41431e6ee84ffe2e9e5d4c18344b38222c67'],
  [7, 'allocation-indexes', '943f943c6745ed23c036c9218a1401469a1c234a7b98ac2214fc318655129b0d'],
  [8, 'import-keys', 'ce04a80b9a0a998dc9f39166aa4b63509d91713f6756bfce8465c5d8db693900'],
  [9, 'person-corrections', 'a53a36f2115284b8ac051c1c7916192b73be70cb4ad5ddf8b04d78c26837e34f'],
  [10, 'report-indexes', '7b54d29ed33f6a7a4443a24966f084f94163201deac08fb38581ffa37eb01c7f'],
];

/**
 * Everything a migration asks of the database, recorded by a stand-in connection. It has only
 * exec and prepare(...).run: a migration that starts doing anything else (reading data, say)
 * fails here and its fingerprint has to be thought about, not silently skipped.
 */
function recordedSql(m: Migration): unknown[] {
  const log: unknown[] = [];
  const db = {
    exec(sql: string) {
      log.push(['exec', sql]);
      return db;
    },
    prepare(sql: string) {
      log.push(['prepare', sql]);
      return {
        run(...params: unknown[]) {
          log.push(['run', params]);
          return { changes: 1, lastInsertRowid: 0 };
        },
      };
    },
  };
  m.up(db as unknown as Sqlite);
  return log;
}

const fingerprint = (m: Migration) => createHash('sha256').update(JSON.stringify(recordedSql(m))).digest('hex');

describe('shipped migrations', () => {
  it('lists every shipped migration, 1 to 10 at least, in order', () => {
    expect(SHIPPED.map(([v]) => v)).toEqual(SHIPPED.map((_, i) => i + 1));
    expect(SHIPPED.length).toBeGreaterThanOrEqual(10);
    expect(MIGRATIONS.length).toBeGreaterThanOrEqual(SHIPPED.length);
  });

  it.each(SHIPPED)('migration %i (%s) still runs exactly the SQL it shipped with', (version, name, sha256) => {
    const m = MIGRATIONS[version - 1]!;
    expect([m.version, m.name]).toEqual([version, name]);
    expect(fingerprint(m)).toBe(sha256);
  });

  it('notices an edit: one changed character gives a different fingerprint', () => {
    const m = MIGRATIONS[7]!;
    const edited: Migration = { ...m, up: (db) => m.up({ ...db, exec: (sql: string) => db.exec(sql.replace('imported_at', 'imported_on')) } as unknown as Sqlite) };
    expect(fingerprint(edited)).not.toBe(SHIPPED[7]![2]);
  });
});
