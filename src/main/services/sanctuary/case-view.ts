import { displayNameOf } from '../../../shared/cases/display';
import { caseTotalPence, clockState, countInterventions, fitBlockers, needsCouncilApproval, type ClockState, type FitBlocker } from '../../../shared/sanctuary/rules';
import type { SanctuaryCaseDetail } from '../../../shared/sanctuary/schemas/detail.schema';
import { COUNCIL_APPROVAL_THRESHOLD_PENCE, type FireOutcomeCode } from '../../../shared/sanctuary/vocab.sanctuary';
import { londonDate } from '../../../shared/time/london';
import type { WorkingCalendar } from '../../../shared/working-days/working-days';
import type { Sqlite } from '../../db/connection';
import { adultOf } from '../../db/repos/cases/people.repo';
import { approvalsOf, type ApprovalRow } from '../../db/repos/sanctuary/approvals.repo';
import { assessmentsOf, type AssessmentRow } from '../../db/repos/sanctuary/assessments.repo';
import { measuresOf, type MeasureRow } from '../../db/repos/sanctuary/measures.repo';
import type { SanctuaryCaseRow } from '../../db/repos/sanctuary/sanctuary-cases.repo';
import { planAgreedOn, supportGiven } from '../../db/repos/sanctuary/support-link.repo';

/*
 * Works out what a sanctuary case's record shows: each measure's approval need and what stops it
 * being fitted today, the case's totals, and its clocks. The services that change a case apply
 * the very same rules (fitBlockers), so the screen and the refusal always agree.
 */

/** The fire and rescue service's latest fire safety check completed on or before a date. */
export function fireCheckOn(assessments: readonly AssessmentRow[], on: string): { completedOn: string; outcome: FireOutcomeCode; findings: string } | null {
  const checks = assessments
    .filter((a) => a.part === 'fire_safety' && a.agency === 'fire_service' && a.completedOn !== null && a.completedOn <= on && a.outcome !== null)
    .sort((a, b) => a.completedOn!.localeCompare(b.completedOn!) || a.id - b.id);
  const last = checks[checks.length - 1];
  return last ? { completedOn: last.completedOn!, outcome: last.outcome!, findings: last.findings } : null;
}

/** Everything that decides whether one measure may be fitted, at a cost, on a date. */
export function blockersFor(
  c: Pick<SanctuaryCaseRow, 'landlord_permission' | 'landlord_note'>,
  measures: readonly MeasureRow[],
  approvals: readonly ApprovalRow[],
  assessments: readonly AssessmentRow[],
  m: MeasureRow,
  at: { fittedOn: string; costPence: number },
): FitBlocker[] {
  const withCost = measures.map((x) => (x.id === m.id ? { ...x, status: 'fitted' as const, costPence: at.costPence } : x));
  const approval = m.councilApprovalId === null ? null : (approvals.find((a) => a.id === m.councilApprovalId) ?? null);
  const covered = approval ? withCost.filter((x) => x.councilApprovalId === approval.id && x.status !== 'refused') : [];
  return fitBlockers({
    measure: { name: m.name, level: m.level, status: m.status, needsFireCheck: m.needsFireCheck, altersProperty: m.altersProperty },
    totalPence: caseTotalPence(withCost),
    approval: approval ? { approvedOn: approval.approvedOn, reference: approval.reference, amountPence: approval.amountPence, coveredTotalPence: caseTotalPence(covered) } : null,
    landlord: { permission: c.landlord_permission, note: c.landlord_note },
    fireCheck: fireCheckOn(assessments, at.fittedOn),
    fittedOn: at.fittedOn,
  });
}

/** The day a measure's fitting clock runs from, or null while it waits for an approval. */
export function fittingStartOn(m: MeasureRow, approvals: readonly ApprovalRow[], totalPence: number): string | null {
  if (m.councilApprovalId !== null) return approvals.find((a) => a.id === m.councilApprovalId)?.approvedOn ?? m.approvedOn;
  if (m.status === 'fitted') return m.approvedOn;
  if (needsCouncilApproval(m.level, totalPence)) return null;
  return m.approvedOn;
}

/** A case's clocks on `today`. */
export function clocksOf(
  cal: WorkingCalendar,
  c: SanctuaryCaseRow,
  assessments: readonly AssessmentRow[],
  measures: readonly MeasureRow[],
  approvals: readonly ApprovalRow[],
  planOn: string | null,
  today: string,
): SanctuaryCaseDetail['clocks'] {
  const started = assessments.map((a) => a.startedOn).sort()[0] ?? null;
  const total = caseTotalPence(measures);
  return {
    riskAssessment: clockState(cal, 'risk_assessment', londonDate(c.received_at), started, today),
    supportPlan: clockState(cal, 'support_plan', c.needs_assessed_on, planOn, today),
    fitting: measures
      .filter((m) => m.status !== 'refused')
      .map((m) => ({ ...clockState(cal, 'fitting', fittingStartOn(m, approvals, total), m.fittedOn, today), measureId: m.id, name: m.name })),
  };
}

/** The whole case record. */
export function caseDetail(db: Sqlite, cal: WorkingCalendar, c: SanctuaryCaseRow, today: string): SanctuaryCaseDetail {
  const assessments = assessmentsOf(db, c.id);
  const measures = measuresOf(db, c.id);
  const approvals = approvalsOf(db, c.id);
  const total = caseTotalPence(measures);
  const planOn = planAgreedOn(db, c.referral_id);
  const adult = adultOf(db, c.household_id);
  const open = c.stage === 'open';
  return {
    caseId: c.id,
    householdId: c.household_id,
    householdReference: c.household_reference,
    referralId: c.referral_id,
    reference: c.reference,
    displayName: adult ? displayNameOf(adult) : 'Anonymous',
    riskLevel: c.risk_level,
    receivedAt: c.received_at,
    receivedOn: londonDate(c.received_at),
    source: c.source,
    referrerName: c.referrer_name,
    stage: c.stage,
    decidedOn: c.decided_at ? londonDate(c.decided_at) : null,
    notAcceptedReason: c.not_accepted_reason,
    decisionNote: c.decision_note,
    home: {
      tenure: c.tenure,
      landlordName: c.landlord_name,
      landlordContact: c.landlord_contact,
      landlordPermission: c.landlord_permission,
      landlordPermissionOn: c.landlord_permission_on,
      landlordNote: c.landlord_note,
    },
    needsAssessedOn: c.needs_assessed_on,
    closedOn: c.closed_on,
    closeReason: c.close_reason,
    closeNote: c.close_note,
    waitingReference: c.waiting_reference,
    assessments: assessments.map(({ caseId: _caseId, ...a }) => a),
    fireCheck: fireCheckOn(assessments, '9999-12-31'),
    measures: measures.map((m) => ({
      id: m.id,
      rateId: m.rateId,
      kind: m.kind,
      name: m.name,
      level: m.level,
      quantity: m.quantity,
      unit: m.unit,
      unitCostPence: m.unitCostPence,
      estimatePence: m.estimatePence,
      costPence: m.costPence,
      status: m.status,
      location: m.location,
      notes: m.notes,
      requestedOn: m.requestedOn,
      approvedOn: m.approvedOn,
      councilApprovalId: m.councilApprovalId,
      needsCouncilApproval: m.status === 'fitted' ? m.councilApprovalId !== null : needsCouncilApproval(m.level, total),
      needsFireCheck: m.needsFireCheck,
      altersProperty: m.altersProperty,
      fittedOn: m.fittedOn,
      fittedBy: m.fittedBy,
      instructions: m.instructions,
      refusedOn: m.refusedOn,
      refusalReason: m.refusalReason,
      refusalNote: m.refusalNote,
      blockers:
        open && (m.status === 'requested' || m.status === 'approved')
          ? blockersFor(c, measures, approvals, assessments, m, { fittedOn: today, costPence: m.estimatePence })
          : [],
    })),
    approvals: approvals.map(({ caseId: _caseId, ...a }) => a),
    totals: {
      casePence: total,
      fittedPence: measures.filter((m) => m.status === 'fitted').reduce((t, m) => t + (m.costPence ?? 0), 0),
      overThreshold: total > COUNCIL_APPROVAL_THRESHOLD_PENCE,
    },
    interventions: countInterventions(measures),
    clocks: clocksOf(cal, c, assessments, measures, approvals, planOn, today),
    support: { planAgreedOn: planOn, ...supportGiven(db, c.referral_id) },
  };
}

/** The clocks that are running or overdue, for the due list. */
export function openClocks(clocks: SanctuaryCaseDetail['clocks'], stage: SanctuaryCaseRow['stage']): (ClockState & { name?: string })[] {
  if (stage === 'closed' || stage === 'not_accepted') return [];
  const out: (ClockState & { name?: string })[] = [];
  const live = (s: ClockState) => s.status === 'running' || s.status === 'overdue';
  if (live(clocks.riskAssessment)) out.push(clocks.riskAssessment);
  if (stage === 'open') {
    if (live(clocks.supportPlan)) out.push(clocks.supportPlan);
    for (const f of clocks.fitting) if (live(f)) out.push(f);
  }
  return out;
}
