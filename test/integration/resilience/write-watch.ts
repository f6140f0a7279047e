import type { Sqlite } from '../../../src/main/db/connection';

/*
 * "A call that failed wrote no row", checked cheaply enough for hundreds of thousands of calls.
 * Counting every table before and after each call costs more than most calls do. Instead, SQLite
 * says for nothing whether anything was written: total_changes() counts the rows this connection
 * inserted, updated or deleted (rolled back or not), and PRAGMA data_version moves when another
 * connection commits. While neither has moved, no row can have changed, so the counts taken when
 * they last moved still hold; only when one has moved are the tables counted again.
 */

/** Rows per table, by table name. */
export type RowCounts = Record<string, number>;

/** Where the database stood before a call: its write marker and its rows per table. */
export interface WriteMark {
  readonly marker: string;
  readonly counts: RowCounts;
}

/** Counts the rows of every ordinary table in one statement. */
export function rowCounter(db: Sqlite): () => RowCounts {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  // Table names come from sqlite_schema: one statement counting them all.
  // eslint-disable-next-line waymark/no-sql-interpolation -- table names from sqlite_schema, double-quoted
  const stmt = db.prepare(`SELECT ${tables.map((n, i) => `(SELECT count(*) FROM "${n}") AS c${i}`).join(', ')}`);
  return () => {
    const row = stmt.get() as Record<string, number>;
    return Object.fromEntries(tables.map((n, i) => [n, row[`c${i}`]!]));
  };
}

/**
 * Watches the database `currentDb` returns (looked up on every use, so a reopened database is
 * followed): `mark()` before a call, `countsIfWritten(mark)` after it.
 */
export function writeWatch(currentDb: () => Sqlite) {
  let db: Sqlite | null = null;
  let readMarker: () => string = () => '';
  let count: () => RowCounts = () => ({});
  let last: WriteMark | null = null;

  function follow(): void {
    const now = currentDb();
    if (now === db) return;
    db = now;
    const stmt = now.prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version');
    readMarker = () => {
      const r = stmt.get() as { changes: number; version: number };
      return `${r.changes}/${r.version}`;
    };
    count = rowCounter(now);
    last = null;
  }

  return {
    /** Where the database stands now (counted again only if something was written since last time). */
    mark(): WriteMark {
      follow();
      const marker = readMarker();
      if (!last || last.marker !== marker) last = { marker, counts: count() };
      return last;
    },
    /** Null when nothing at all was written since `before`; otherwise the rows per table now. */
    countsIfWritten(before: WriteMark): RowCounts | null {
      follow();
      return readMarker() === before.marker ? null : count();
    },
  };
}
