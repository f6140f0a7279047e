import { appendAudit, type AuditEvent } from '../audit.repo';
import type { Sqlite } from '../../connection';

/*
 * Removing old audit entries from a log that refuses DELETE by trigger. The trigger is there so
 * no code path can quietly edit history; retention is the one sanctioned exception, so the purge
 * — inside its single transaction — drops the trigger, deletes the OLDEST contiguous run of rows
 * (never a gap in the middle), recreates the trigger from the exact SQL it read, and appends an
 * `audit.reanchored` entry naming the first surviving row and the prev_hash it carries. If
 * anything fails the transaction rolls back and the trigger is back as it was (DDL is
 * transactional in SQLite). verifyAuditChain accepts a chain that starts at a row other than 1
 * only when a later, itself hash-chained, re-anchor entry vouches for exactly that row and hash;
 * deleting early rows by hand (with the key and an external tool) still shows as broken.
 */

/** The action of the entry that re-anchors the chain. */
export const REANCHOR_ACTION = 'audit.reanchored';

/** The last id of the oldest run of entries written before `cutoffIso`, or null if none. */
export function auditDueThroughId(db: Sqlite, cutoffIso: string): number | null {
  const firstKept = db.prepare('SELECT MIN(id) AS id FROM audit_log WHERE at > ?').get(cutoffIso) as { id: number | null };
  const row = (
    firstKept.id === null
      ? db.prepare('SELECT MAX(id) AS id FROM audit_log WHERE at <= ?').get(cutoffIso)
      : db.prepare('SELECT MAX(id) AS id FROM audit_log WHERE id < ? AND at <= ?').get(firstKept.id, cutoffIso)
  ) as { id: number | null };
  return row.id;
}

/** How many entries have ids up to `throughId`. */
export function countAuditThrough(db: Sqlite, throughId: number): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM audit_log WHERE id <= ?').get(throughId) as { n: number }).n;
}

/**
 * Deletes entries with ids up to `throughId` and re-anchors the chain. Call inside a transaction,
 * after the purge's own entry is written (so at least one row survives). Returns rows deleted.
 */
export function pruneAuditThrough(db: Sqlite, throughId: number, at: string, who: Pick<AuditEvent, 'userId' | 'username'>): number {
  if (!db.inTransaction) throw new Error('pruneAuditThrough must run inside a transaction');
  const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'audit_log_no_delete'").get() as { sql: string } | undefined;
  if (!trigger) throw new Error('the audit log delete trigger is missing');
  db.exec('DROP TRIGGER audit_log_no_delete');
  const deleted = db.prepare('DELETE FROM audit_log WHERE id <= ?').run(throughId).changes;
  db.exec(trigger.sql);
  const first = db.prepare('SELECT id, prev_hash FROM audit_log ORDER BY id LIMIT 1').get() as { id: number; prev_hash: string } | undefined;
  if (!first) throw new Error('pruning would empty the audit log');
  appendAudit(db, at, {
    ...who,
    action: REANCHOR_ACTION,
    entity: 'audit_log',
    entityId: first.id,
    detail: JSON.stringify({ firstId: first.id, prevHash: first.prev_hash, removed: deleted }),
  });
  return deleted;
}
