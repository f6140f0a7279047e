import type Database from 'better-sqlite3-multiple-ciphers';
import type { Sqlite } from './connection';

type Statement = Database.Statement;

/*
 * Prepared statements kept per connection. Preparing costs more than running a small query, and
 * an unfinalised statement holds native memory that V8's garbage collector cannot see: preparing
 * afresh on every call let a ten-year demo seed grow past 3 GB. Keyed weakly by the connection,
 * so a locked (closed) database takes its statements with it. Never call pluck(), raw() or
 * expand() on a cached statement: that would change it for every later caller.
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
