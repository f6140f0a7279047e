import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../../shared/schemas/audit';
import type { Sqlite } from '../connection';
import { cached } from '../statements';

/*
 * The audit log is append-only (triggers refuse UPDATE and DELETE) and hash-chained: each row's
 * hash covers its own fields and the previous row's hash, so an edit made by someone with the key
 * and an external tool (who can drop the triggers) still shows as a broken link.
 */

/** The hash the first row chains from. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller records. */
export interface AuditEvent {
  userId: number | null;
  username: string | null;
  action: string;
  entity?: string | null;
  entityId?: string | number | null;
  detail?: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  detail: string | null;
  prev_hash: string;
  hash: string;
}

/** The hash of one row given the previous row's hash. */
export function rowHash(prevHash: string, r: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const canonical = JSON.stringify([r.id, r.at, r.user_id, r.username, r.action, r.entity, r.entity_id, r.detail]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Appends one entry. Call inside the transaction of the change it records. */
export function appendAudit(db: Sqlite, at: string, e: AuditEvent): number {
  const last = cached(db, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
  const id = (last?.id ?? 0) + 1;
  const row = {
    id,
    at,
    user_id: e.userId,
    username: e.username,
    action: e.action,
    entity: e.entity ?? null,
    entity_id: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
    detail: e.detail ?? null,
  };
  const prev = last?.hash ?? GENESIS_HASH;
  cached(db, 
    'INSERT INTO audit_log (id, at, user_id, username, action, entity, entity_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(row.id, row.at, row.user_id, row.username, row.action, row.entity, row.entity_id, row.detail, prev, rowHash(prev, row));
  return id;
}

/** Filters for listing. */
export interface AuditFilter {
  userId?: number;
  action?: string;
  entity?: string;
  fromIso?: string;
  toIso?: string;
  beforeId?: number;
  limit: number;
}

/** Lists entries, newest first. Every filter is optional: a NULL parameter matches everything. */
export function listAudit(db: Sqlite, f: AuditFilter): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, user_id, username, action, entity, entity_id, detail FROM audit_log
       WHERE (:userId IS NULL OR user_id = :userId)
         AND (:action IS NULL OR action = :action)
         AND (:entity IS NULL OR entity = :entity)
         AND (:fromIso IS NULL OR at >= :fromIso)
         AND (:toIso IS NULL OR at < :toIso)
         AND (:beforeId IS NULL OR id < :beforeId)
       ORDER BY id DESC LIMIT :limit`,
    )
    .all({
      userId: f.userId ?? null,
      action: f.action ?? null,
      entity: f.entity ?? null,
      fromIso: f.fromIso ?? null,
      toIso: f.toIso ?? null,
      beforeId: f.beforeId ?? null,
      limit: f.limit,
    }) as Omit<AuditRow, 'prev_hash' | 'hash'>[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: r.detail,
  }));
}

/** Distinct action names, for the filter list. */
export function auditActions(db: Sqlite): string[] {
  return (cached(db, 'SELECT DISTINCT action FROM audit_log ORDER BY action').all() as { action: string }[]).map((r) => r.action);
}

/** The result of walking the chain. */
export interface ChainCheck {
  ok: boolean;
  rows: number;
  firstBrokenId: number | null;
  message: string;
}

/**
 * Where the chain starts: row 1 from the genesis hash, or — after retention removed the oldest
 * entries (see retention/audit-prune.repo.ts) — the first surviving row, with the prev_hash that a
 * later `audit.reanchored` entry (itself part of the chain, so it cannot be forged without a break)
 * recorded for exactly that row.
 */
function chainAnchor(db: Sqlite): { id: number; prevHash: string } {
  const first = cached(db, 'SELECT id, prev_hash FROM audit_log ORDER BY id LIMIT 1').get() as { id: number; prev_hash: string } | undefined;
  if (!first || first.id === 1) return { id: 1, prevHash: GENESIS_HASH };
  const anchors = cached(db, "SELECT detail FROM audit_log WHERE action = 'audit.reanchored' ORDER BY id DESC").all() as { detail: string | null }[];
  for (const a of anchors) {
    try {
      const d = JSON.parse(a.detail ?? '') as { firstId?: unknown; prevHash?: unknown };
      if (d.firstId === first.id && d.prevHash === first.prev_hash) return { id: first.id, prevHash: first.prev_hash };
    } catch {
      // Not an anchor we can read: keep looking.
    }
  }
  return { id: 1, prevHash: GENESIS_HASH };
}

/** Walks the whole chain and reports the first row whose link does not hold. */
export function verifyAuditChain(db: Sqlite): ChainCheck {
  const anchor = chainAnchor(db);
  let prev = anchor.prevHash;
  let rows = 0;
  let expectedId = anchor.id;
  for (const r of cached(db, 'SELECT * FROM audit_log ORDER BY id').iterate() as IterableIterator<AuditRow>) {
    rows++;
    if (r.id !== expectedId) {
      return { ok: false, rows, firstBrokenId: r.id, message: `Audit chain broken: row ${expectedId} is missing (next row is ${r.id}).` };
    }
    if (r.prev_hash !== prev || rowHash(prev, r) !== r.hash) {
      return { ok: false, rows, firstBrokenId: r.id, message: `Audit chain broken at row ${r.id} (${r.at}, ${r.action}): it was altered after it was written.` };
    }
    prev = r.hash;
    expectedId++;
  }
  return { ok: true, rows, firstBrokenId: null, message: `Audit chain intact (${rows} rows).` };
}
