import type { z } from 'zod';
import type { AssessmentSchema } from '../../../../shared/sanctuary/schemas/measures.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** One part of the risk assessment. */
export type AssessmentRow = z.infer<typeof AssessmentSchema> & { caseId: number };

const SELECT = `SELECT id, case_id AS caseId, part, agency, assessor, started_on AS startedOn, completed_on AS completedOn, outcome, findings FROM sanctuary_assessments`;

/** A case's assessment parts, in the order they started. */
export function assessmentsOf(db: Sqlite, caseId: number): AssessmentRow[] {
  return cached(db, `${SELECT} WHERE case_id = ? ORDER BY started_on, id`).all(caseId) as AssessmentRow[];
}

/** One part, or null. */
export function getAssessment(db: Sqlite, id: number): AssessmentRow | null {
  return (cached(db, `${SELECT} WHERE id = ?`).get(id) as AssessmentRow | undefined) ?? null;
}

/** The fields of a part. */
export type AssessmentFields = Omit<AssessmentRow, 'id'>;

/** Adds a part. */
export function insertAssessment(db: Sqlite, a: AssessmentFields, by: number | null, at: string): number {
  return Number(
    cached(db, 
        `INSERT INTO sanctuary_assessments (case_id, part, agency, assessor, started_on, completed_on, outcome, findings, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.caseId, a.part, a.agency, a.assessor, a.startedOn, a.completedOn, a.outcome, a.findings, at, by, at, by).lastInsertRowid,
  );
}

/** Changes a part. */
export function updateAssessment(db: Sqlite, id: number, a: AssessmentFields, by: number | null, at: string): void {
  cached(db, 
    `UPDATE sanctuary_assessments SET part = ?, agency = ?, assessor = ?, started_on = ?, completed_on = ?, outcome = ?, findings = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
  ).run(a.part, a.agency, a.assessor, a.startedOn, a.completedOn, a.outcome, a.findings, at, by, id);
}
