import type { z } from 'zod';
import { displayNameOf } from '../../../shared/cases/display';
import { AppError } from '../../../shared/errors';
import type { SanctuaryCaseRowSchema, SanctuaryDueRowSchema, SanctuaryListInputSchema, SanctuaryUpdateInputSchema } from '../../../shared/sanctuary/schemas/case.schema';
import type { SanctuaryCaseDetail } from '../../../shared/sanctuary/schemas/detail.schema';
import { CLOCK_WORKING_DAYS } from '../../../shared/sanctuary/vocab.sanctuary';
import { londonDate } from '../../../shared/time/london';
import { adultOf } from '../../db/repos/cases/people.repo';
import { listCases, updateHome, type CaseStageCode, type SanctuaryCaseRow } from '../../db/repos/sanctuary/sanctuary-cases.repo';
import { maySeeCase } from '../cases/case-access';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { loadCalendar } from './calendar.service';
import { caseDetail, openClocks } from './case-view';
import { notBeforeReferral, requireCase, requireStage } from './sanctuary-access';

/*
 * The sanctuary case record, the case list and the due and overdue list. A restricted case
 * appears in the lists (so nobody's deadline is missed) as "Restricted case", without a name or
 * anything about the home.
 */

const STAGES: Record<z.output<typeof SanctuaryListInputSchema>['stage'], CaseStageCode[]> = {
  active: ['referred', 'open'],
  referred: ['referred'],
  open: ['open'],
  closed: ['closed'],
  not_accepted: ['not_accepted'],
  all: ['referred', 'open', 'closed', 'not_accepted'],
};

function today(ws: Workspace): string {
  return londonDate(ws.deps.clock.now());
}

/** One case's record (audited as a view of the household). */
export function getSanctuaryCase(ws: Workspace, caseId: number): SanctuaryCaseDetail {
  const c = requireCase(ws, caseId);
  const db = requireDb(ws);
  const detail = caseDetail(db, loadCalendar(db), c, today(ws));
  audit(ws, { action: 'sanctuary.view', entity: 'household', entityId: c.household_id, detail: c.reference });
  return detail;
}

function visibleName(ws: Workspace, c: SanctuaryCaseRow): { displayName: string; restricted: boolean } {
  if (!maySeeCase(ws, { id: c.household_id, restricted: c.restricted })) return { displayName: 'Restricted case', restricted: true };
  const adult = adultOf(requireDb(ws), c.household_id);
  return { displayName: adult ? displayNameOf(adult) : 'Anonymous', restricted: false };
}

/** The case list. */
export function listSanctuaryCases(ws: Workspace, input: z.output<typeof SanctuaryListInputSchema>): z.output<typeof SanctuaryCaseRowSchema>[] {
  const db = requireDb(ws);
  const cal = loadCalendar(db);
  const on = today(ws);
  return listCases(db, STAGES[input.stage]).map((c) => {
    const who = visibleName(ws, c);
    const d = caseDetail(db, cal, c, on);
    return {
      caseId: c.id,
      householdId: c.household_id,
      reference: c.reference,
      ...who,
      receivedOn: londonDate(c.received_at),
      stage: c.stage,
      tenure: who.restricted ? null : c.tenure,
      landlordPermission: who.restricted ? null : c.landlord_permission,
      measuresRequested: d.measures.length,
      measuresFitted: d.measures.filter((m) => m.status === 'fitted').length,
      awaitingCouncil: d.measures.some((m) => m.blockers.some((b) => b.code === 'council_approval')),
      overdueClocks: openClocks(d.clocks, c.stage).filter((k) => k.status === 'overdue').length,
    };
  });
}

const WHAT: Record<string, string> = {
  risk_assessment: `Risk assessment to start (within ${CLOCK_WORKING_DAYS.risk_assessment} working days of the referral)`,
  support_plan: `Support and safety plan to agree (within ${CLOCK_WORKING_DAYS.support_plan} working days of the needs assessment)`,
};

/** Every running clock of the open and referred cases: overdue first, then by due date. */
export function sanctuaryDue(ws: Workspace): z.output<typeof SanctuaryDueRowSchema>[] {
  const db = requireDb(ws);
  const cal = loadCalendar(db);
  const on = today(ws);
  const rows: z.output<typeof SanctuaryDueRowSchema>[] = [];
  for (const c of listCases(db, STAGES.active)) {
    const who = visibleName(ws, c);
    const d = caseDetail(db, cal, c, on);
    for (const k of openClocks(d.clocks, c.stage)) {
      rows.push({
        caseId: c.id,
        householdId: c.household_id,
        reference: c.reference,
        ...who,
        clock: k.clock,
        what: k.clock === 'fitting' ? (who.restricted ? 'A measure to be fitted' : `${k.name} to be fitted (within ${CLOCK_WORKING_DAYS.fitting} working days of approval)`) : WHAT[k.clock]!,
        startOn: k.startOn!,
        dueOn: k.dueOn!,
        overdue: k.status === 'overdue',
        workingDays: k.workingDays ?? 0,
      });
    }
  }
  return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn) || a.reference.localeCompare(b.reference));
}

/** Changes the home's details (tenure, landlord's permission) and the needs assessment's date. */
export function updateSanctuaryCase(ws: Workspace, input: z.output<typeof SanctuaryUpdateInputSchema>): { caseId: number } {
  const db = requireDb(ws);
  const c = requireStage(ws, input.caseId, ['referred', 'open'], 'A change to the case');
  const t = today(ws);
  for (const [field, date, what] of [
    ['needsAssessedOn', input.needsAssessedOn, 'The needs assessment'],
    ['home.landlordPermissionOn', input.home.landlordPermissionOn, 'The landlord’s answer'],
  ] as const) {
    if (date !== null && date > t) throw new AppError('INVALID_INPUT', `${what} cannot be in the future.`, { [field]: 'In the future.' });
    notBeforeReferral(c, date, field, what);
  }
  db.transaction(() => {
    updateHome(db, c.id, input.home, input.needsAssessedOn, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: 'sanctuary.update', entity: 'sanctuary_case', entityId: c.id, detail: `tenure ${input.home.tenure}, landlord ${input.home.landlordPermission}` });
  })();
  return { caseId: c.id };
}
