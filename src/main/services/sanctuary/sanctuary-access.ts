import { AppError } from '../../../shared/errors';
import { CASE_STAGE_LABELS } from '../../../shared/sanctuary/schemas/case.schema';
import { londonDate } from '../../../shared/time/london';
import { getMeasure, type MeasureRow } from '../../db/repos/sanctuary/measures.repo';
import { getCase, type SanctuaryCaseRow } from '../../db/repos/sanctuary/sanctuary-cases.repo';
import { openCase } from '../cases/case-access';
import { requireDb, type Workspace } from '../workspace';

/*
 * Finding a sanctuary case for the signed-in person: every case belongs to a household, and a
 * restricted household is opened only by the workers named on it (cases' openCase, which audits a
 * refusal). Every sanctuary service goes through here first.
 */

/** The case, or NOT_FOUND / FORBIDDEN. */
export function requireCase(ws: Workspace, caseId: number): SanctuaryCaseRow {
  const c = getCase(requireDb(ws), caseId);
  if (!c) throw new AppError('NOT_FOUND', 'That sanctuary case does not exist.');
  openCase(ws, c.household_id);
  return c;
}

/** The case, refusing unless it is at one of the stages given. */
export function requireStage(ws: Workspace, caseId: number, stages: readonly SanctuaryCaseRow['stage'][], what: string): SanctuaryCaseRow {
  const c = requireCase(ws, caseId);
  if (!stages.includes(c.stage)) {
    const why =
      c.stage === 'referred'
        ? 'the referral has not been accepted onto the scheme yet'
        : c.stage === 'not_accepted'
          ? 'the referral was not accepted onto the scheme'
          : c.stage === 'closed'
            ? 'the case is closed'
            : `the case is ${CASE_STAGE_LABELS[c.stage].toLowerCase()}`;
    throw new AppError('CONFLICT', `${what} cannot be recorded: ${why}.`);
  }
  return c;
}

/** A measure with its case (checked as requireCase does). */
export function requireMeasure(ws: Workspace, measureId: number): { measure: MeasureRow; case: SanctuaryCaseRow } {
  const m = getMeasure(requireDb(ws), measureId);
  if (!m) throw new AppError('NOT_FOUND', 'That measure does not exist.', { measureId: 'Not found.' });
  return { measure: m, case: requireCase(ws, m.caseId) };
}

/** Refuses a date before the referral was received. */
export function notBeforeReferral(c: SanctuaryCaseRow, date: string | null, field: string, what: string): void {
  const received = londonDate(c.received_at);
  if (date !== null && date < received) {
    const message = `${what} cannot be before the referral was received (${received}).`;
    throw new AppError('INVALID_INPUT', message, { [field]: message });
  }
}
