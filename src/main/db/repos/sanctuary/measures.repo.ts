import type { MeasureKindCode, MeasureLevelCode, MeasureStatusCode, RefusalReasonCode } from '../../../../shared/sanctuary/vocab.sanctuary';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A measure on a case, as stored. */
export interface MeasureRow {
  id: number;
  caseId: number;
  rateId: number;
  kind: MeasureKindCode;
  name: string;
  level: MeasureLevelCode;
  quantity: number;
  unit: string;
  unitCostPence: number;
  estimatePence: number;
  needsFireCheck: boolean;
  altersProperty: boolean;
  location: string;
  notes: string;
  status: MeasureStatusCode;
  requestedOn: string;
  approvedOn: string | null;
  councilApprovalId: number | null;
  fittedOn: string | null;
  costPence: number | null;
  fittedBy: string;
  instructions: string;
  refusedOn: string | null;
  refusalReason: RefusalReasonCode | null;
  refusalNote: string;
}

const SELECT = `SELECT id, case_id AS caseId, rate_id AS rateId, kind, name, level, quantity, unit, unit_cost_pence AS unitCostPence, estimate_pence AS estimatePence,
    needs_fire_check AS needsFireCheck, alters_property AS altersProperty, location, notes, status, requested_on AS requestedOn, approved_on AS approvedOn,
    council_approval_id AS councilApprovalId, fitted_on AS fittedOn, cost_pence AS costPence, fitted_by AS fittedBy, instructions,
    refused_on AS refusedOn, refusal_reason AS refusalReason, refusal_note AS refusalNote
  FROM sanctuary_measures`;

type Raw = Omit<MeasureRow, 'needsFireCheck' | 'altersProperty'> & { needsFireCheck: number; altersProperty: number };

function toRow(r: Raw): MeasureRow {
  return { ...r, needsFireCheck: r.needsFireCheck === 1, altersProperty: r.altersProperty === 1 };
}

/** A case's measures, in the order requested. */
export function measuresOf(db: Sqlite, caseId: number): MeasureRow[] {
  return (cached(db, `${SELECT} WHERE case_id = ? ORDER BY requested_on, id`).all(caseId) as Raw[]).map(toRow);
}

/** The measures of many cases, by case. */
export function measuresOfCases(db: Sqlite, caseIds: readonly number[]): Map<number, MeasureRow[]> {
  const out = new Map<number, MeasureRow[]>();
  if (caseIds.length === 0) return out;
  const rows = (cached(db, `${SELECT} WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY requested_on, id`).all(JSON.stringify(caseIds)) as Raw[]).map(toRow);
  for (const r of rows) {
    let list = out.get(r.caseId);
    if (!list) out.set(r.caseId, (list = []));
    list.push(r);
  }
  return out;
}

/** One measure, or null. */
export function getMeasure(db: Sqlite, id: number): MeasureRow | null {
  const r = cached(db, `${SELECT} WHERE id = ?`).get(id) as Raw | undefined;
  return r ? toRow(r) : null;
}

/** Requests a measure. */
export function insertMeasure(
  db: Sqlite,
  m: Pick<MeasureRow, 'caseId' | 'rateId' | 'kind' | 'name' | 'level' | 'quantity' | 'unit' | 'unitCostPence' | 'needsFireCheck' | 'altersProperty' | 'location' | 'notes' | 'requestedOn'>,
  by: number | null,
  at: string,
): number {
  return Number(
    cached(db, 
        `INSERT INTO sanctuary_measures (case_id, rate_id, kind, name, level, quantity, unit, unit_cost_pence, estimate_pence, needs_fire_check, alters_property,
           location, notes, status, requested_on, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'requested', ?, ?, ?, ?, ?)`,
      )
      .run(
        m.caseId,
        m.rateId,
        m.kind,
        m.name,
        m.level,
        m.quantity,
        m.unit,
        m.unitCostPence,
        m.quantity * m.unitCostPence,
        m.needsFireCheck ? 1 : 0,
        m.altersProperty ? 1 : 0,
        m.location,
        m.notes,
        m.requestedOn,
        at,
        by,
        at,
        by,
      ).lastInsertRowid,
  );
}

/** Marks a measure approved on a date, optionally under a council approval. */
export function approveMeasure(db: Sqlite, id: number, approvedOn: string, councilApprovalId: number | null, by: number | null, at: string): void {
  cached(db, 
    `UPDATE sanctuary_measures SET status = 'approved', approved_on = ?, council_approval_id = coalesce(?, council_approval_id), updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(approvedOn, councilApprovalId, at, by, id);
}

/** Marks a measure fitted (approved on `approvedOn` if it was not yet). */
export function fitMeasure(
  db: Sqlite,
  id: number,
  f: { fittedOn: string; costPence: number; fittedBy: string; instructions: string; approvedOn: string },
  by: number | null,
  at: string,
): void {
  cached(db, 
    `UPDATE sanctuary_measures SET status = 'fitted', approved_on = coalesce(approved_on, ?), fitted_on = ?, cost_pence = ?, fitted_by = ?, instructions = ?,
       updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(f.approvedOn, f.fittedOn, f.costPence, f.fittedBy, f.instructions, at, by, id);
}

/** Marks a measure refused or not fitted. */
export function refuseMeasure(db: Sqlite, id: number, r: { refusedOn: string; reason: RefusalReasonCode; note: string }, by: number | null, at: string): void {
  cached(db, `UPDATE sanctuary_measures SET status = 'refused', refused_on = ?, refusal_reason = ?, refusal_note = ?, updated_at = ?, updated_by = ? WHERE id = ?`).run(
    r.refusedOn,
    r.reason,
    r.note,
    at,
    by,
    id,
  );
}
