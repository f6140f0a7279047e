import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A council approval as stored, with the measures it covers. */
export interface ApprovalRow {
  id: number;
  caseId: number;
  approvedOn: string;
  reference: string;
  officer: string;
  amountPence: number | null;
  note: string;
  measureIds: number[];
}

const SELECT = `SELECT a.id, a.case_id AS caseId, a.approved_on AS approvedOn, a.reference, a.officer, a.amount_pence AS amountPence, a.note,
    (SELECT json_group_array(m.id) FROM sanctuary_measures m WHERE m.council_approval_id = a.id) AS measureIds
  FROM sanctuary_council_approvals a`;

type Raw = Omit<ApprovalRow, 'measureIds'> & { measureIds: string };

function toRow(r: Raw): ApprovalRow {
  return { ...r, measureIds: (JSON.parse(r.measureIds) as number[]).sort((a, b) => a - b) };
}

/** A case's approvals, oldest first. */
export function approvalsOf(db: Sqlite, caseId: number): ApprovalRow[] {
  return (cached(db, `${SELECT} WHERE a.case_id = ? ORDER BY a.approved_on, a.id`).all(caseId) as Raw[]).map(toRow);
}

/** Records an approval. */
export function insertApproval(
  db: Sqlite,
  a: { caseId: number; approvedOn: string; reference: string; officer: string; amountPence: number | null; note: string },
  by: number | null,
  at: string,
): number {
  return Number(
    cached(db, 'INSERT INTO sanctuary_council_approvals (case_id, approved_on, reference, officer, amount_pence, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.caseId, a.approvedOn, a.reference, a.officer, a.amountPence, a.note, at, by).lastInsertRowid,
  );
}
