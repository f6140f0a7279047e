import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** Filters, already normalised by the service. */
export interface CaseListFilter {
  /** Accent-free lower-case text to find in a name or alias, or null. */
  text: string | null;
  /** A reference prefix (upper case), or null. */
  reference: string | null;
  /** An exact date of birth, or null. */
  dateOfBirth: string | null;
  status: string | null;
  riskLevel: 'standard' | 'medium' | 'high' | 'not_assessed' | null;
  workerId: number | null;
  receivedFromIso: string | null;
  receivedToIso: string | null;
  limit: number;
  offset: number;
  /** The signed-in user, for the restricted-case rule below (null: nobody, as for a bare count). */
  viewerId: number | null;
}

/** A case list row before access rules are applied. */
export interface CaseListRow {
  referral_id: number;
  household_id: number;
  reference: string;
  received_at: string;
  decided_at: string | null;
  status: string;
  restricted: number;
  risk_level: string | null;
  worker_name: string | null;
  name: string;
  alias: string;
  date_of_birth: string | null;
  children: number;
}

/*
 * Filters on the referral and household; a NULL parameter matches everything, so the SQL is
 * fixed text and every value is a parameter.
 *
 * The last condition keeps a search from telling anyone what is in a restricted case they may not
 * open. Such a case is listed (as "Restricted case", with nothing but its reference) only when the
 * list shows everything anyway — no search and no filter — or when its exact reference was typed
 * with no filter: neither says more than that it exists. Matched on a name, alias, date of birth,
 * risk level, worker, status or dates, it would confirm who is in it or what it holds, so it
 * matches those only for the workers named on it: the same rule as maySeeCase in
 * services/cases/case-access.ts (case_access alone; no role sees past it).
 */
const FILTERS = `
  WHERE (:status IS NULL OR r.status = :status)
    AND (:riskLevel IS NULL OR (:riskLevel = 'not_assessed' AND h.risk_level IS NULL) OR h.risk_level = :riskLevel)
    AND (:workerId IS NULL OR h.worker_id = :workerId)
    AND (:receivedFrom IS NULL OR r.received_at >= :receivedFrom)
    AND (:receivedTo IS NULL OR r.received_at < :receivedTo)
    AND (h.restricted = 0
      OR :unfiltered = 1
      OR (:exactReference IS NOT NULL AND (r.reference = :exactReference OR h.reference = :exactReference))
      OR EXISTS (SELECT 1 FROM case_access ca WHERE ca.household_id = h.id AND ca.user_id = :viewerId))`;

// A search first finds the matching households through a narrow index, then joins their
// referrals: far cheaper than testing every referral's household. The name search names its
// index because the planner otherwise prefers people_household for DISTINCT and reads every
// (wide, encrypted) people row: about 10 times slower at 75,000 people.
const HITS_BY_TEXT = `SELECT DISTINCT household_id FROM people INDEXED BY people_search WHERE removed_at IS NULL AND search_text LIKE '%' || :text || '%' ESCAPE '\\'`;
// Three or more characters without LIKE wildcards: the trigram index answers directly.
const HITS_BY_TRIGRAM = `SELECT DISTINCT p.household_id FROM people_fts f JOIN people p ON p.id = f.rowid
  WHERE f.search_text LIKE '%' || :text || '%' AND p.removed_at IS NULL`;
const HITS_BY_DOB = `SELECT DISTINCT household_id FROM people WHERE date_of_birth = :dateOfBirth AND removed_at IS NULL`;
const HITS_BY_REFERENCE = `SELECT DISTINCT household_id FROM referrals WHERE reference >= :refLow AND reference < :refHigh`;

const FROM_ALL = `
  FROM referrals r
  JOIN households h ON h.id = r.household_id`;

const SELECT_ROW = `SELECT r.id AS referral_id, h.id AS household_id, r.reference, r.received_at, r.decided_at, r.status, h.restricted, h.risk_level,
  (SELECT display_name FROM users w WHERE w.id = h.worker_id) AS worker_name,
  coalesce(a.name, '') AS name, coalesce(a.alias, '') AS alias, a.date_of_birth,
  (SELECT count(*) FROM people c WHERE c.household_id = h.id AND c.kind = 'child' AND c.removed_at IS NULL) AS children`;

const ADULT = `LEFT JOIN people a ON a.household_id = h.id AND a.kind = 'adult'`;
const PAGE = `ORDER BY r.received_at DESC, r.id DESC LIMIT :limit OFFSET :offset`;

const COUNT_ALL = `SELECT count(*) AS n ${FROM_ALL} ${FILTERS}`;
const LIST_ALL = `${SELECT_ROW} ${FROM_ALL} ${ADULT} ${FILTERS} ${PAGE}`;

// With a search the matching set is small, so one pass finds the page and (by a window over the
// whole set) the total, instead of running the search twice; names and counts are then looked up
// for the page's rows only.
function variant(hits: string) {
  // eslint-disable-next-line waymark/no-sql-interpolation -- hits is always one of the HITS_BY_* constants below
  const page = `WITH page AS (
    SELECT r.id AS rid, count(*) OVER () AS total
    FROM (${hits}) hits JOIN referrals r ON r.household_id = hits.household_id JOIN households h ON h.id = r.household_id
    ${FILTERS} ${PAGE})`;
  // eslint-disable-next-line waymark/no-sql-interpolation -- page is the statement above, built from constants only
  return { count: null, list: `${page} ${SELECT_ROW}, page.total FROM page JOIN referrals r ON r.id = page.rid JOIN households h ON h.id = r.household_id ${ADULT} ORDER BY r.received_at DESC, r.id DESC` };
}
const BY_TEXT = variant(HITS_BY_TEXT);
const BY_TRIGRAM = variant(HITS_BY_TRIGRAM);
const BY_DOB = variant(HITS_BY_DOB);
const BY_REFERENCE = variant(HITS_BY_REFERENCE);

function params(f: CaseListFilter) {
  const noFilter = f.status === null && f.riskLevel === null && f.workerId === null && f.receivedFromIso === null && f.receivedToIso === null;
  const onlyReference = noFilter && f.text === null && f.dateOfBirth === null;
  return {
    status: f.status,
    riskLevel: f.riskLevel,
    workerId: f.workerId,
    receivedFrom: f.receivedFromIso,
    receivedTo: f.receivedToIso,
    viewerId: f.viewerId,
    unfiltered: onlyReference && f.reference === null ? 1 : 0,
    // A case's reference (C-000123) or an episode's (C-000123/2), typed in full.
    exactReference: onlyReference ? f.reference : null,
  };
}

/** Escapes LIKE wildcards so what a person types is matched literally. */
export function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of the case list, newest referral first, and the total count. */
export function listCases(db: Sqlite, f: CaseListFilter): { total: number; rows: CaseListRow[] } {
  const p = params(f);
  const page = { limit: f.limit, offset: f.offset };
  let sql: { count: string | null; list: string };
  let extra: Record<string, string> = {};
  if (f.reference !== null) {
    sql = BY_REFERENCE;
    // A prefix as a range, so the unique index on reference serves it.
    extra = { refLow: f.reference, refHigh: `${f.reference}\uffff` };
  } else if (f.dateOfBirth !== null) {
    sql = BY_DOB;
    extra = { dateOfBirth: f.dateOfBirth };
  } else if (f.text !== null) {
    // The trigram index needs three characters and cannot honour an ESCAPE clause.
    sql = f.text.length >= 3 && !/[\\%_]/.test(f.text) ? BY_TRIGRAM : BY_TEXT;
    extra = { text: f.text };
  } else {
    sql = { count: COUNT_ALL, list: LIST_ALL };
  }
  const rows = cached(db, sql.list).all({ ...p, ...extra, ...page }) as (CaseListRow & { total?: number })[];
  if (sql.count === null) {
    // An offset past the end returns no rows and so no window total: count separately then.
    const total = rows[0]?.total ?? (f.offset > 0 ? countOf(db, sql.list, { ...p, ...extra }) : 0);
    return { total, rows };
  }
  return { total: (cached(db, sql.count).get({ ...p, ...extra }) as { n: number }).n, rows };
}

function countOf(db: Sqlite, listSql: string, params: Record<string, unknown>): number {
  const row = cached(db, listSql).get({ ...params, limit: 1, offset: 0 }) as { total?: number } | undefined;
  return row?.total ?? 0;
}
