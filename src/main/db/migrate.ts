import type { Sqlite } from './connection';
import { NewerSchemaError, NotWaymarkDatabaseError } from './errors';
import type { Migration } from './migrations/migration';

/** The schema state of a database. */
export interface MigrationState {
  version: number;
  latest: number;
  applied: number[];
}

/** Reads the schema version without changing anything. */
export function schemaVersion(db: Sqlite): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a database up to date. All pending migrations run in one transaction, so a failure in
 * any of them leaves the file exactly as it was. A database newer than this build is refused
 * before anything is written.
 */
export function migrate(db: Sqlite, migrations: readonly Migration[], opts: { allowEmpty?: boolean } = {}): MigrationState {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} is numbered ${m.version}, expected ${i + 1}`);
  });
  const current = schemaVersion(db);
  if (current > latest) throw new NewerSchemaError(current, latest);
  if (current === 0 && !opts.allowEmpty) {
    // An empty keyed file is not a Waymark database: only first-run set-up may create one.
    throw new NotWaymarkDatabaseError();
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return { version: current, latest, applied: [] };
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      // user_version lives in the file header and is covered by the transaction.
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { version: latest, latest, applied: pending.map((m) => m.version) };
}
