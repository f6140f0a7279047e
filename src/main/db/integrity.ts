import type { Sqlite } from './connection';

/** The result of an integrity check. */
export interface IntegrityResult {
  ok: boolean;
  problems: string[];
}

/** SQLCipher's page-level HMAC check: any row returned names a damaged page. */
export function cipherIntegrity(db: Sqlite): IntegrityResult {
  const rows = db.pragma('cipher_integrity_check') as Record<string, unknown>[];
  const problems = rows.map((r) => String(Object.values(r)[0]));
  return { ok: problems.length === 0, problems };
}

/** SQLite's structural check: a single "ok" row when healthy. */
export function sqliteIntegrity(db: Sqlite): IntegrityResult {
  const rows = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const ok = rows.length === 1 && rows[0] === 'ok';
  return { ok, problems: ok ? [] : rows };
}
