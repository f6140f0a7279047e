import type { Sqlite } from '../../connection';

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
}

/** A case list row before access rules are applied. */
export interface CaseListRow {
  referral_id: number;
  household_id: number;
  reference: string;
  received_at: string;
  status: string;
  restricted: number;
  risk_level: string | null;
  worker_name: string | null;
  name: string;
  alias: string;
  date_of_birth: string | null;
  children: number;
}

// One WHERE clause with optional filters (a NULL parameter matches everything), so the SQL is
// fixed text and every value is a parameter. A text search matches any person in the household.
const WHERE = `
  WHERE (:status IS NULL OR r.status = :status)
    AND (:riskLevel IS NULL OR (:riskLevel = 'not_assessed' AND h.risk_level IS NULL) OR h.risk_level = :riskLevel)
    AND (:workerId IS NULL OR h.worker_id = :workerId)
    AND (:receivedFrom IS NULL OR r.received_at >= :receivedFrom)
    AND (:receivedTo IS NULL OR r.received_at < :receivedTo)
    AND (
      (:text IS NULL AND :reference IS NULL AND :dateOfBirth IS NULL)
      OR (:reference IS NOT NULL AND (r.reference LIKE :reference || '%' ESCAPE '\\' OR h.reference LIKE :reference || '%' ESCAPE '\\'))
      OR (:dateOfBirth IS NOT NULL AND EXISTS (SELECT 1 FROM people p WHERE p.household_id = h.id AND p.date_of_birth = :dateOfBirth AND p.removed_at IS NULL))
      OR (:text IS NOT NULL AND EXISTS (SELECT 1 FROM people p WHERE p.household_id = h.id AND p.removed_at IS NULL AND p.search_text LIKE '%' || :text || '%' ESCAPE '\\'))
    )`;

const FROM = `
  FROM referrals r
  JOIN households h ON h.id = r.household_id
  LEFT JOIN people a ON a.household_id = h.id AND a.kind = 'adult'
  LEFT JOIN users w ON w.id = h.worker_id`;

function params(f: CaseListFilter) {
  return {
    status: f.status,
    riskLevel: f.riskLevel,
    workerId: f.workerId,
    receivedFrom: f.receivedFromIso,
    receivedTo: f.receivedToIso,
    text: f.text,
    reference: f.reference,
    dateOfBirth: f.dateOfBirth,
  };
}

/** Escapes LIKE wildcards so what a person types is matched literally. */
export function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of the case list, newest referral first, and the total count. */
export function listCases(db: Sqlite, f: CaseListFilter): { total: number; rows: CaseListRow[] } {
  const p = params(f);
  const total = (db.prepare(`SELECT count(*) AS n ${FROM} ${WHERE}`).get(p) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT r.id AS referral_id, h.id AS household_id, r.reference, r.received_at, r.status, h.restricted, h.risk_level,
              w.display_name AS worker_name, coalesce(a.name, '') AS name, coalesce(a.alias, '') AS alias, a.date_of_birth,
              (SELECT count(*) FROM people c WHERE c.household_id = h.id AND c.kind = 'child' AND c.removed_at IS NULL) AS children
       ${FROM} ${WHERE}
       ORDER BY r.received_at DESC, r.id DESC LIMIT :limit OFFSET :offset`,
    )
    .all({ ...p, limit: f.limit, offset: f.offset }) as CaseListRow[];
  return { total, rows };
}
