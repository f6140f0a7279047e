import type Database from 'better-sqlite3-multiple-ciphers';
import type { Sqlite } from '../../connection';

type Statement = Database.Statement;

/*
 * Prepared statements kept per connection: preparing costs more than running a small insert, and
 * the support repositories run the same few statements many times (the demo seed, long lists).
 * Keyed weakly by the connection, so a locked (closed) database takes its statements with it.
 */
const cache = new WeakMap<Sqlite, Map<string, Statement>>();

/** The prepared statement for `sql` on this connection, prepared once. */
export function cached(db: Sqlite, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.prepare(sql)));
  return s;
}
