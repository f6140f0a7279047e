import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../../src/main/db/connection';
import { migrate, schemaVersion } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { setUpWorkspace, tempDir } from '../helpers/temp-workspace';

/*
 * Every table is STRICT (shared/DESIGN.md §4): a value of the wrong type is refused, not stored
 * as whatever it happens to be. Migration 11 rebuilt import_keys, the one table made without it;
 * migration 12's rebuilt phone_calls and handover_notes stay STRICT (on-call-links-migration.test.ts).
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

interface TableListRow {
  name: string;
  type: 'table' | 'view' | 'virtual' | 'shadow';
  strict: number;
}

function tableList(db: Sqlite): TableListRow[] {
  return db.prepare("SELECT name, type, strict FROM pragma_table_list WHERE schema = 'main' ORDER BY name").all() as TableListRow[];
}

function freshDatabase(): Sqlite {
  const { dir, cleanup } = tempDir();
  const open = openDatabase(join(dir, 'm.db'), randomBytes(32), { create: true });
  cleanups.push(() => open.close(), cleanup);
  return open.db;
}

type ImportKey = { kind: string; external_key: string; target_id: number; imported_at: string };
const KEYS: ImportKey[] = [
  { kind: 'cases', external_key: 'row:17|Amira K', target_id: 3, imported_at: '2026-11-01T09:00:00.000Z' },
  { kind: 'staff', external_key: 'name:jo bloggs|07700900123', target_id: 12, imported_at: '2026-11-01T09:00:01.000Z' },
  { kind: 'units', external_key: 'F2', target_id: 4, imported_at: '2026-11-02T14:30:00.000Z' },
];

describe('STRICT tables', () => {
  it('every table of a freshly set-up database is STRICT, apart from what SQLite itself owns', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    const rows = tableList(t.ws.unlocked!.open.db);
    expect(rows.filter((r) => r.type === 'table').length).toBeGreaterThan(40);
    // SQLite's own tables (sqlite_schema, sqlite_sequence…), and the full-text index: a virtual
    // table and the shadow tables its module creates, which SQLite does not let be STRICT.
    const sqliteOwned = (r: TableListRow) => r.name.startsWith('sqlite_') || r.type === 'virtual' || r.type === 'shadow';
    const notStrict = rows.filter((r) => r.type === 'table' && r.strict !== 1 && !sqliteOwned(r)).map((r) => r.name);
    expect(notStrict).toEqual([]);
    expect(rows.find((r) => r.name === 'import_keys')).toMatchObject({ type: 'table', strict: 1 });
    // The exceptions really are only the full-text index's.
    expect(rows.filter((r) => r.type === 'virtual' || r.type === 'shadow').every((r) => r.name.startsWith('people_fts'))).toBe(true);
  });

  it('migration 11 rebuilds import_keys as STRICT and keeps every row', () => {
    const db = freshDatabase();
    migrate(db, MIGRATIONS.slice(0, 10), { allowEmpty: true });
    expect(schemaVersion(db)).toBe(10);
    expect(tableList(db).find((r) => r.name === 'import_keys')).toMatchObject({ strict: 0 });
    const insert = db.prepare('INSERT INTO import_keys (kind, external_key, target_id, imported_at) VALUES (:kind, :external_key, :target_id, :imported_at)');
    for (const k of KEYS) insert.run(k);

    migrate(db, MIGRATIONS.slice(0, 11));
    expect(schemaVersion(db)).toBe(11);
    expect(tableList(db).find((r) => r.name === 'import_keys')).toMatchObject({ type: 'table', strict: 1 });
    expect(db.prepare('SELECT kind, external_key, target_id, imported_at FROM import_keys ORDER BY kind').all()).toEqual(KEYS);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'import_keys_strict'").get()).toEqual({ n: 0 });

    // Now a wrong type is refused instead of stored, and the key and the check still hold.
    expect(() => db.prepare("INSERT INTO import_keys VALUES ('cases', 'row:18', 'not a number', '2026-11-03T00:00:00.000Z')").run()).toThrow(/cannot store TEXT value in INTEGER column/);
    expect(() => db.prepare("INSERT INTO import_keys VALUES ('cases', 'row:17|Amira K', 5, '2026-11-03T00:00:00.000Z')").run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare("INSERT INTO import_keys VALUES ('rooms', 'R1', 5, '2026-11-03T00:00:00.000Z')").run()).toThrow(/CHECK/);
    // The repository's own upsert still works against the rebuilt table.
    db.prepare('INSERT OR REPLACE INTO import_keys (kind, external_key, target_id, imported_at) VALUES (?, ?, ?, ?)').run('units', 'F2', 9, '2026-11-04T00:00:00.000Z');
    expect(db.prepare("SELECT target_id FROM import_keys WHERE kind = 'units' AND external_key = 'F2'").get()).toEqual({ target_id: 9 });
  });

  it('the integer ids written before migration 11 come through as integers, even if stored as text', () => {
    const db = freshDatabase();
    migrate(db, MIGRATIONS.slice(0, 10), { allowEmpty: true });
    // The old table's INTEGER affinity kept '7' as 7 already; the STRICT copy must accept it.
    db.prepare("INSERT INTO import_keys VALUES ('cases', 'row:2', '7', '2026-11-01T00:00:00.000Z')").run();
    migrate(db, MIGRATIONS);
    expect(db.prepare("SELECT target_id, typeof(target_id) AS t FROM import_keys WHERE external_key = 'row:2'").get()).toEqual({ target_id: 7, t: 'integer' });
  });
});
