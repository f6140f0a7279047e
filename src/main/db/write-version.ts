import type { Sqlite } from './connection';
import { cached } from './statements';

/*
 * A value that changes whenever a committed write could have changed the records, so something
 * worked out from them (the reports' loaded facts) can be kept until it does.
 *
 * Two parts, because SQLite tells a connection about other connections' commits but not its own:
 * - PRAGMA data_version changes when another connection (the CLI, a restore tool) commits;
 * - this connection's own writes are counted by TEMP triggers on every table, which bump a
 *   counter in a TEMP table. Temporary objects belong to this connection only: nothing is added
 *   to the file's schema, and a write made by another connection fires nothing here (the pragma
 *   covers it). A write rolled back takes its bump with it, and the records are then as they were.
 *
 * The audit log is left out: reading a report writes an audit row, and counting that as a change
 * would make every report its own invalidation. Nothing kept by this version may therefore be
 * read from the audit log (the case files' note releases, which are, are read afresh each time).
 */

/**
 * Tables whose writes never change what is worked out from the records: the audit log, and the
 * reports' snapshot and change log (written with the records, or rebuilt from them).
 */
const NOT_COUNTED = new Set(['audit_log', 'report_snapshot', 'report_changes']);

/** The schema version each connection's triggers were installed for. */
const installed = new WeakMap<Sqlite, number>();

/** Installs the counting triggers on this connection's tables (they last as long as it does). */
function install(db: Sqlite): void {
  const schema = db.prepare(`SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string; sql: string }[];
  // A virtual table (the people search index) cannot have triggers, and its shadow tables
  // (named after it) are written only through it: what feeds it is counted on its source table.
  const virtual = schema.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const tables = schema.map((t) => t.name).filter((name) => !virtual.some((v) => name === v || name.startsWith(`${v}_`)));
  db.transaction(() => {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS waymark_write_count (n INTEGER NOT NULL)');
    if (db.prepare('SELECT count(*) FROM temp.waymark_write_count').pluck().get() === 0) db.exec('INSERT INTO temp.waymark_write_count (n) VALUES (0)');
    for (const table of tables) {
      if (NOT_COUNTED.has(table)) continue;
      // Table names come from the schema itself, quoted as identifiers (never from input).
      const quoted = `"${table.replaceAll('"', '""')}"`;
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        const trigger = `"waymark_write_${table.replaceAll('"', '""')}_${op.toLowerCase()}"`;
        // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from sqlite_schema, double-quoted; the index and the operation are ours
        db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${trigger} AFTER ${op} ON main.${quoted}
                 BEGIN UPDATE temp.waymark_write_count SET n = n + 1; END`);
      }
    }
  })();
}

/**
 * The connection's write version: equal on two reads only if no write was committed in between
 * (by this connection or another). The first call installs the counting; writes before it are
 * irrelevant, since nothing can have been kept from before it.
 */
export function writeVersion(db: Sqlite): string {
  // A table created since the triggers were installed gets its own (and the change of schema is a
  // change of version in itself).
  const schema = db.pragma('schema_version', { simple: true }) as number;
  if (installed.get(db) !== schema) {
    install(db);
    installed.set(db, db.pragma('schema_version', { simple: true }) as number);
  }
  const own = (cached(db, 'SELECT n FROM temp.waymark_write_count').get() as { n: number }).n;
  const others = db.pragma('data_version', { simple: true }) as number;
  return `${schema}.${others}.${own}`;
}
