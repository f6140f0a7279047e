import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/*
 * The reports' snapshot and change log (migration 13): explicit SQL only; what they mean and
 * when they are rebuilt is fact-store.ts's business.
 */

/** What the snapshot was built from, without its data. */
export interface SnapshotMeta {
  format: number;
  schema: number;
  throughSeq: number;
  builtAt: string;
}

export function snapshotMeta(db: Sqlite): SnapshotMeta | undefined {
  return cached(db, 'SELECT format, schema, through_seq AS throughSeq, built_at AS builtAt FROM report_snapshot WHERE id = 1').get() as SnapshotMeta | undefined;
}

/** The snapshot's encoded records (undefined when there is none). */
export function snapshotData(db: Sqlite): Uint8Array | undefined {
  const row = cached(db, 'SELECT data FROM report_snapshot WHERE id = 1').get() as { data: Uint8Array } | undefined;
  return row?.data;
}

/** Replaces the snapshot and clears the change log up to what it holds. */
export function writeSnapshot(db: Sqlite, meta: SnapshotMeta, data: Uint8Array): void {
  cached(
    db,
    `INSERT INTO report_snapshot (id, format, schema, through_seq, built_at, data) VALUES (1, :format, :schema, :throughSeq, :builtAt, :data)
     ON CONFLICT (id) DO UPDATE SET format = excluded.format, schema = excluded.schema, through_seq = excluded.through_seq, built_at = excluded.built_at, data = excluded.data`,
  ).run({ ...meta, data });
  cached(db, 'DELETE FROM report_changes WHERE seq <= ?').run(meta.throughSeq);
}

/** Deletes the snapshot (the next report rebuilds it). */
export function dropSnapshot(db: Sqlite): void {
  cached(db, 'DELETE FROM report_snapshot').run();
}

/** The last change logged (0 before any): it never decreases, since the log's seq is AUTOINCREMENT. */
export function lastChangeSeq(db: Sqlite): number {
  const row = cached(db, "SELECT seq FROM sqlite_sequence WHERE name = 'report_changes'").get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** The households whose records changed after `seq` (through `through`); `unknown` when a change could not name its household. */
export function changedSince(db: Sqlite, seq: number, through: number): { households: number[]; unknown: boolean } {
  const rows = cached(db, 'SELECT DISTINCT household_id FROM report_changes WHERE seq > ? AND seq <= ? -- raw').raw().all(seq, through) as [number | null][];
  const households: number[] = [];
  let unknown = false;
  for (const [id] of rows) {
    if (id === null) unknown = true;
    else households.push(id);
  }
  return { households, unknown };
}

/** How many households changed after `seq` (a NULL, "unknown", counts as one). */
export function countChangedSince(db: Sqlite, seq: number): number {
  return (cached(db, 'SELECT count(DISTINCT coalesce(household_id, -1)) AS n FROM report_changes WHERE seq > ?').get(seq) as { n: number }).n;
}
