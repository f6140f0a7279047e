import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { caseTotalPence, needsCouncilApproval } from '../../../shared/sanctuary/rules';
import type {
  CouncilApprovalInputSchema,
  MeasureApproveInputSchema,
  MeasureFitInputSchema,
  MeasureRefuseInputSchema,
  MeasureRequestInputSchema,
} from '../../../shared/sanctuary/schemas/measures.schema';
import { londonDate } from '../../../shared/time/london';
import { approvalsOf, insertApproval } from '../../db/repos/sanctuary/approvals.repo';
import { assessmentsOf } from '../../db/repos/sanctuary/assessments.repo';
import { approveMeasure, fitMeasure, insertMeasure, measuresOf, refuseMeasure, type MeasureRow } from '../../db/repos/sanctuary/measures.repo';
import { getRate } from '../../db/repos/sanctuary/rates.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { blockersFor } from './case-view';
import { CouncilApprovalRequiredError, fitError, MeasureStatusError } from './sanctuary-errors';
import { notBeforeReferral, requireMeasure, requireStage } from './sanctuary-access';

/*
 * Measures: requested from the schedule of rates, approved (by the service, or by the council's
 * written approval when the rules need it), fitted (date, cost, instructions given to the
 * household) or refused (with the reason). Fitting is refused with a named error — and nothing is
 * written — when the council's approval, the landlord's permission or the fire and rescue
 * service's check is missing (src/shared/sanctuary/rules.ts).
 */

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

function today(ws: Workspace): string {
  return londonDate(ws.deps.clock.now());
}

function notFuture(ws: Workspace, date: string, field: string, what: string): void {
  if (date > today(ws)) throw invalid(field, `${what} cannot be in the future.`);
}

const OPEN = ['open'] as const;

/** Requests a measure from the schedule of rates (its name, level and price are kept as they are today). */
export function requestMeasure(ws: Workspace, input: z.output<typeof MeasureRequestInputSchema>): { id: number } {
  const db = requireDb(ws);
  const c = requireStage(ws, input.caseId, OPEN, 'A measure');
  const rate = getRate(db, input.rateId);
  if (!rate || !rate.active) throw invalid('rateId', 'Choose a measure from the schedule of rates.');
  notFuture(ws, input.requestedOn, 'requestedOn', 'The request');
  notBeforeReferral(c, input.requestedOn, 'requestedOn', 'The request');
  let id = 0;
  db.transaction(() => {
    id = insertMeasure(
      db,
      {
        caseId: c.id,
        rateId: rate.id,
        kind: rate.kind,
        name: rate.name,
        level: rate.level,
        quantity: input.quantity,
        unit: rate.unit,
        unitCostPence: input.unitCostPence ?? rate.unitCostPence,
        needsFireCheck: rate.needsFireCheck,
        altersProperty: rate.altersProperty,
        location: input.location,
        notes: input.notes,
        requestedOn: input.requestedOn,
      },
      requireSession(ws).userId,
      nowIso(ws),
    );
    audit(ws, { action: 'sanctuary.measure.request', entity: 'sanctuary_case', entityId: c.id, detail: `${rate.name} × ${input.quantity}` });
  })();
  return { id };
}

/** Measures of one open case, each requested or approved, or a named error. */
function outstanding(ws: Workspace, ids: readonly number[]): { caseId: number; measures: MeasureRow[] } {
  const found = [...new Set(ids)].map((id) => requireMeasure(ws, id));
  const caseId = found[0]!.case.id;
  if (found.some((f) => f.case.id !== caseId)) throw invalid('measureIds', 'Choose measures of one case.');
  requireStage(ws, caseId, OPEN, 'An approval');
  for (const f of found) {
    if (f.measure.status === 'fitted' || f.measure.status === 'refused') throw new MeasureStatusError(`${f.measure.name} is already ${f.measure.status === 'fitted' ? 'fitted' : 'refused or not fitted'}.`);
  }
  return { caseId, measures: found.map((f) => f.measure) };
}

/** The service approves lower-level measures of a case that stays within £100. */
export function approveMeasures(ws: Workspace, input: z.output<typeof MeasureApproveInputSchema>): { approved: number } {
  const db = requireDb(ws);
  const { caseId, measures } = outstanding(ws, input.measureIds);
  notFuture(ws, input.approvedOn, 'approvedOn', 'The approval');
  const total = caseTotalPence(measuresOf(db, caseId));
  for (const m of measures) {
    if (needsCouncilApproval(m.level, total)) {
      throw new CouncilApprovalRequiredError(
        `${m.name} needs the council’s written approval (${m.level === 'higher' ? 'a higher-level measure' : 'the case is over £100'}): record the council’s approval instead.`,
      );
    }
    if (input.approvedOn < m.requestedOn) throw invalid('approvedOn', `The approval cannot be before ${m.name} was requested (${m.requestedOn}).`);
  }
  db.transaction(() => {
    const by = requireSession(ws).userId;
    for (const m of measures) approveMeasure(db, m.id, input.approvedOn, null, by, nowIso(ws));
    audit(ws, { action: 'sanctuary.measure.approve', entity: 'sanctuary_case', entityId: caseId, detail: measures.map((m) => m.name).join(', ') });
  })();
  return { approved: measures.length };
}

/** Records the council's written approval (date and reference) of some measures. */
export function recordCouncilApproval(ws: Workspace, input: z.output<typeof CouncilApprovalInputSchema>): { id: number } {
  const db = requireDb(ws);
  const { caseId, measures } = outstanding(ws, input.measureIds);
  if (caseId !== input.caseId) throw invalid('measureIds', 'Choose measures of this case.');
  const c = requireStage(ws, caseId, OPEN, 'An approval');
  notFuture(ws, input.approvedOn, 'approvedOn', 'The council’s approval');
  notBeforeReferral(c, input.approvedOn, 'approvedOn', 'The council’s approval');
  let id = 0;
  db.transaction(() => {
    const by = requireSession(ws).userId;
    const at = nowIso(ws);
    id = insertApproval(db, { caseId, approvedOn: input.approvedOn, reference: input.reference, officer: input.officer, amountPence: input.amountPence, note: input.note }, by, at);
    for (const m of measures) approveMeasure(db, m.id, input.approvedOn, id, by, at);
    audit(ws, { action: 'sanctuary.council-approval', entity: 'sanctuary_case', entityId: caseId, detail: `${input.reference}: ${measures.map((m) => m.name).join(', ')}` });
  })();
  return { id };
}

/** Records a measure as fitted, or refuses with the rule it breaks. */
export function fitMeasureService(ws: Workspace, input: z.output<typeof MeasureFitInputSchema>): { id: number } {
  const db = requireDb(ws);
  const { measure: m, case: c0 } = requireMeasure(ws, input.measureId);
  const c = requireStage(ws, c0.id, OPEN, 'A fitting');
  notFuture(ws, input.fittedOn, 'fittedOn', 'The fitting date');
  if (input.fittedOn < m.requestedOn) throw invalid('fittedOn', `It cannot be fitted before it was requested (${m.requestedOn}).`);
  if (m.approvedOn !== null && input.fittedOn < m.approvedOn) throw invalid('fittedOn', `It cannot be fitted before it was approved (${m.approvedOn}).`);
  const blockers = blockersFor(c, measuresOf(db, c.id), approvalsOf(db, c.id), assessmentsOf(db, c.id), m, { fittedOn: input.fittedOn, costPence: input.costPence });
  if (blockers.length > 0) throw fitError(blockers[0]!);
  db.transaction(() => {
    // A measure that needed no approval beyond the service's is approved when it is fitted, if not before.
    fitMeasure(db, m.id, { fittedOn: input.fittedOn, costPence: input.costPence, fittedBy: input.fittedBy, instructions: input.instructions, approvedOn: input.fittedOn }, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: 'sanctuary.measure.fit', entity: 'sanctuary_case', entityId: c.id, detail: `${m.name} on ${input.fittedOn}` });
  })();
  return { id: m.id };
}

/** Records a measure as refused by the household, or not fitted for another reason. */
export function refuseMeasureService(ws: Workspace, input: z.output<typeof MeasureRefuseInputSchema>): { id: number } {
  const db = requireDb(ws);
  const { measure: m, case: c0 } = requireMeasure(ws, input.measureId);
  const c = requireStage(ws, c0.id, OPEN, 'A refusal');
  if (m.status === 'fitted' || m.status === 'refused') throw new MeasureStatusError(`${m.name} is already ${m.status === 'fitted' ? 'fitted' : 'refused or not fitted'}.`);
  notFuture(ws, input.refusedOn, 'refusedOn', 'The date');
  if (input.refusedOn < m.requestedOn) throw invalid('refusedOn', `It cannot be before the measure was requested (${m.requestedOn}).`);
  db.transaction(() => {
    refuseMeasure(db, m.id, { refusedOn: input.refusedOn, reason: input.reason, note: input.note }, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: 'sanctuary.measure.refuse', entity: 'sanctuary_case', entityId: c.id, detail: `${m.name}: ${input.reason}` });
  })();
  return { id: m.id };
}
