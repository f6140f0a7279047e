import type { Sqlite } from './connection';
import { checkPageAuthentication } from './page-auth';

/** The result of an integrity check. */
export interface IntegrityResult {
  ok: boolean;
  problems: string[];
}

/**
 * SQLCipher's own page-level HMAC check: any row returned names a damaged page. Note that this
 * library accepts the pragma but does not run it (it always answers with no rows), so on its own
 * it proves nothing: use pageIntegrity, which checks every page's HMAC itself.
 */
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

/**
 * Every page's HMAC, checked independently of the library (see page-auth.ts). The write-ahead log
 * is checkpointed first so the file on disk holds every committed page.
 */
export function pageIntegrity(db: Sqlite, path: string, dataKey: Buffer): IntegrityResult & { pages: number } {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const r = checkPageAuthentication(path, dataKey);
  const problems = [...r.badPages.map((p) => `page ${p} fails its HMAC`), ...(r.problem ? [r.problem] : [])];
  return { ok: r.ok, problems, pages: r.pages };
}
