import type { Sqlite } from '../../db/connection';
import { BackupFailedError } from './backup-errors';

/*
 * Copies every schema object and row of `main` into an attached, keyed database `bk`, inside one
 * read transaction on `main`, so the copy and the row counts it is checked against come from the
 * same snapshot while other connections keep writing (WAL readers never block writers).
 *
 * Why not VACUUM INTO or the backup API: VACUUM INTO keeps the encryption but cannot run inside
 * a transaction, so its snapshot cannot be tied to counts taken beside it; the backup API refuses
 * to copy between an encrypted database and a new file with this library. This is the approach
 * of SQLCipher's own sqlcipher_export(), which this library does not have.
 */

/** A table as `PRAGMA table_list` describes it. */
interface TableInfo {
  name: string;
  type: 'table' | 'view' | 'shadow' | 'virtual';
  wr: number;
}

/** One schema object. */
interface SchemaObject {
  type: 'table' | 'index' | 'view' | 'trigger';
  name: string;
  sql: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CHUNK_ROWS = 5000;

function ident(name: string): string {
  // Names come from sqlite_schema, not from a person; anything unusual is refused, not quoted.
  if (!IDENTIFIER.test(name)) throw new BackupFailedError(`The database has an object with an unexpected name (${name.slice(0, 40)}); it cannot be backed up by this version.`);
  return `"${name}"`;
}

/** The statement that creates `obj` in the `bk` schema (sqlite_schema normalises the keywords). */
function inBackupSchema(obj: SchemaObject): string {
  const m = /^CREATE (TABLE|VIRTUAL TABLE|UNIQUE INDEX|INDEX|VIEW|TRIGGER) /.exec(obj.sql);
  if (!m) throw new BackupFailedError(`The database has a schema object this version cannot copy (${obj.type} ${obj.name}).`);
  return `${m[0]}bk.${obj.sql.slice(m[0].length)}`;
}

/** The columns a row copy names: every stored column (generated columns are computed again). */
function copyColumns(db: Sqlite, table: string): string[] {
  const cols = db.prepare('SELECT name, hidden FROM pragma_table_xinfo(?, ?)').all(table, 'main') as { name: string; hidden: number }[];
  return cols.filter((c) => c.hidden === 0).map((c) => ident(c.name));
}

/** Copies one table's rows, in rowid chunks where it has rowids, reporting rows done. */
function copyRows(db: Sqlite, table: TableInfo, onRows: (n: number) => void): void {
  const t = ident(table.name);
  const cols = copyColumns(db, table.name).join(', ');
  // Identifiers cannot be bound as parameters; ident() admits only plain names from the schema.
  if (table.wr === 1) {
    // WITHOUT ROWID: one statement (such tables are small lookup tables here).
    // eslint-disable-next-line waymark/no-sql-interpolation -- t and cols come from ident(): plain names from sqlite_schema
    const all = `INSERT INTO bk.${t} (${cols}) SELECT ${cols} FROM main.${t}`;
    onRows(db.prepare(all).run().changes);
    return;
  }
  // Rowids are copied too, so a table without an INTEGER PRIMARY KEY keeps them (VACUUM would not).
  // eslint-disable-next-line waymark/no-sql-interpolation -- t comes from ident(): a plain name from sqlite_schema
  const upToSql = `SELECT max(rowid) AS last, count(*) AS n FROM (SELECT rowid FROM main.${t} WHERE rowid > ? ORDER BY rowid LIMIT ${CHUNK_ROWS})`;
  // eslint-disable-next-line waymark/no-sql-interpolation -- t and cols come from ident(): plain names from sqlite_schema
  const insertSql = `INSERT INTO bk.${t} (rowid, ${cols}) SELECT rowid, ${cols} FROM main.${t} WHERE rowid > ? AND rowid <= ? ORDER BY rowid`;
  const upTo = db.prepare(upToSql);
  const insert = db.prepare(insertSql);
  let after: number | bigint = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const chunk = upTo.get(after) as { last: number | bigint | null; n: number };
    if (chunk.last === null || chunk.n === 0) return;
    insert.run(after, chunk.last);
    onRows(chunk.n);
    after = chunk.last;
  }
}

/**
 * Copies `main` into the attached `bk` and returns the row counts of the snapshot copied. Must be
 * called outside a transaction with foreign keys off (rows are copied table by table). Tables
 * first, then rows, then indexes, triggers and views, so no trigger fires on copied rows.
 */
export function copySnapshot(db: Sqlite, countRows: (db: Sqlite) => Record<string, number>, onProgress: (fraction: number) => void): Record<string, number> {
  // MEMORY: no journal file beside the copy; a failed copy is deleted whole anyway.
  db.pragma('bk.journal_mode = MEMORY');
  let counts: Record<string, number> = {};
  db.transaction(() => {
    // The first read fixes the snapshot: schema, counts and rows all come from it.
    const objects = db.prepare("SELECT type, name, sql FROM main.sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as SchemaObject[];
    const tables = (db.prepare("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as TableInfo[]).filter(
      (t) => t.type !== 'view',
    );
    counts = countRows(db);
    const total = Math.max(1, Object.values(counts).reduce((a, b) => a + b, 0));
    const shadow = new Set(tables.filter((t) => t.type === 'shadow').map((t) => t.name));
    // Virtual tables create their own shadow tables; plain tables are created as they were.
    for (const o of objects.filter((o) => o.type === 'table' && !shadow.has(o.name))) db.exec(inBackupSchema(o));
    let done = 0;
    for (const table of tables) {
      if (table.type === 'virtual') continue; // its rows live in its shadow tables
      if (table.type === 'shadow') {
        // Empty what CREATE VIRTUAL TABLE put there, then copy the original's rows.
        // eslint-disable-next-line waymark/no-sql-interpolation -- a shadow table name from sqlite_schema, checked by ident()
        const clear = `DELETE FROM bk.${ident(table.name)}`;
        db.exec(clear);
      }
      copyRows(db, table, (n) => {
        done += n;
        onProgress(done / total);
      });
    }
    const hasSequence = db.prepare("SELECT 1 FROM main.sqlite_schema WHERE name = 'sqlite_sequence'").get();
    if (hasSequence) db.exec('DELETE FROM bk.sqlite_sequence; INSERT INTO bk.sqlite_sequence SELECT * FROM main.sqlite_sequence');
    for (const type of ['index', 'trigger', 'view'] as const) for (const o of objects.filter((o) => o.type === type)) db.exec(inBackupSchema(o));
    const version = db.pragma('main.user_version', { simple: true }) as number;
    const appId = db.pragma('main.application_id', { simple: true }) as number;
    db.pragma(`bk.user_version = ${Math.trunc(version)}`);
    db.pragma(`bk.application_id = ${Math.trunc(appId)}`);
  })();
  return counts;
}
