import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../working-days/working-days';
import {
  CLOCK_WORKING_DAYS,
  COUNCIL_APPROVAL_THRESHOLD_PENCE,
  LandlordPermission,
  ONCE_PER_HOUSEHOLD,
  type FireOutcomeCode,
  type LandlordPermissionCode,
  type MeasureLevelCode,
  type MeasureStatusCode,
  type SanctuaryClockCode,
} from './vocab.sanctuary';

/*
 * The sanctuary scheme's rules, pure, so the services enforce them and the screens explain them
 * with the same words.
 *
 * APPROVAL. A higher-level measure, or any measure on a case whose measures total more than £100
 * (10,000 pence, strictly greater), needs the council's written approval (date and reference)
 * before it can be marked fitted, and the approval must be dated on or before the fitting. The
 * case's total is every measure not refused, at what it cost once fitted and at its estimate
 * before, so a fitting whose real cost tips the case over £100 needs approval too.
 *
 * FIRE SAFETY. A measure must never trap the household in a fire. Lines of the schedule of rates
 * that can restrict escape (dead locks, door braces, window locks, gates, reinforced doors and
 * windows) are flagged "needs a fire check". Such a measure cannot be marked fitted unless the
 * fire and rescue service has completed a fire safety check of the home on or before the fitting
 * date and did not find it unsafe; "safe with conditions" allows fitting, with the conditions
 * shown to the fitter.
 *
 * LANDLORD. A measure that alters the property (not a personal alarm) cannot be fitted in a
 * rented home until the landlord's permission is obtained; refused, or a household that will not
 * have the landlord told, stops it for good, with the reason recorded.
 */

/** A measure as the rules need it. */
export interface MeasureForRules {
  level: MeasureLevelCode;
  status: MeasureStatusCode;
  estimatePence: number;
  costPence: number | null;
}

/** What a measure counts towards the case's total: its cost once fitted, else its estimate; nothing once refused. */
export function measureCostPence(m: MeasureForRules): number {
  if (m.status === 'refused') return 0;
  return m.status === 'fitted' && m.costPence !== null ? m.costPence : m.estimatePence;
}

/** The case's total of measures, in pence (refused measures excluded). */
export function caseTotalPence(measures: readonly MeasureForRules[]): number {
  return measures.reduce((sum, m) => sum + measureCostPence(m), 0);
}

/** Whether a measure needs the council's written approval: higher level, or the case over £100. */
export function needsCouncilApproval(level: MeasureLevelCode, totalPence: number): boolean {
  return level === 'higher' || totalPence > COUNCIL_APPROVAL_THRESHOLD_PENCE;
}

/** One reason a measure cannot be marked fitted. */
export interface FitBlocker {
  code: 'status' | 'council_approval' | 'approval_amount' | 'landlord' | 'fire_check';
  message: string;
}

/** Everything that decides whether a measure may be marked fitted on a date. */
export interface FitCheck {
  measure: { name: string; level: MeasureLevelCode; status: MeasureStatusCode; needsFireCheck: boolean; altersProperty: boolean };
  /** The case's total with this measure at the cost being recorded. */
  totalPence: number;
  /** The council approval covering this measure, with the total of the measures it covers (at the cost being recorded). */
  approval: { approvedOn: string; reference: string; amountPence: number | null; coveredTotalPence: number } | null;
  landlord: { permission: LandlordPermissionCode; note: string };
  /** The latest fire safety check by the fire and rescue service completed on or before the fitting date. */
  fireCheck: { completedOn: string; outcome: FireOutcomeCode } | null;
  fittedOn: string;
}

function pounds(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}

/** Why a measure cannot be fitted on that date (empty when it can). */
export function fitBlockers(c: FitCheck): FitBlocker[] {
  const out: FitBlocker[] = [];
  const name = c.measure.name;
  if (c.measure.status === 'fitted') out.push({ code: 'status', message: `${name} is already recorded as fitted.` });
  if (c.measure.status === 'refused') out.push({ code: 'status', message: `${name} was refused or not fitted; request it again if it is now wanted.` });
  if (needsCouncilApproval(c.measure.level, c.totalPence)) {
    const why = c.measure.level === 'higher' ? `${name} is a higher-level measure` : `the measures on this case total ${pounds(c.totalPence)}, more than £100`;
    if (!c.approval) {
      out.push({ code: 'council_approval', message: `The council’s written approval is needed before ${name} can be fitted: ${why}. Record the approval’s date and reference first.` });
    } else if (c.approval.approvedOn > c.fittedOn) {
      out.push({ code: 'council_approval', message: `The council’s approval (${c.approval.reference}) is dated after the fitting date: a measure that needs approval can only be fitted once it is approved.` });
    } else if (c.approval.amountPence !== null && c.approval.coveredTotalPence > c.approval.amountPence) {
      out.push({
        code: 'approval_amount',
        message: `The council approved ${pounds(c.approval.amountPence)} (${c.approval.reference}), but the measures it covers would come to ${pounds(c.approval.coveredTotalPence)}. Ask the council to approve the higher amount first.`,
      });
    }
  }
  if (c.measure.altersProperty) {
    const p = c.landlord.permission;
    if (p === 'awaited') out.push({ code: 'landlord', message: `The landlord’s permission is still awaited, so ${name} cannot be fitted yet.` });
    if (p === 'refused' || p === 'not_to_be_told') {
      const reason = c.landlord.note.trim() ? ` Reason recorded: ${c.landlord.note.trim()}` : '';
      out.push({ code: 'landlord', message: `${name} cannot be fitted: ${LandlordPermission.labels[p].toLowerCase()}.${reason}` });
    }
  }
  if (c.measure.needsFireCheck) {
    if (!c.fireCheck) {
      out.push({
        code: 'fire_check',
        message: `${name} can restrict escape in a fire: the fire and rescue service’s fire safety check must be completed (on or before the fitting date) before it is fitted.`,
      });
    } else if (c.fireCheck.outcome === 'unsafe') {
      out.push({ code: 'fire_check', message: `The fire and rescue service found measures that restrict escape unsafe in this home, so ${name} must not be fitted.` });
    }
  }
  return out;
}

/** A measure line for counting interventions. */
export interface InterventionLine {
  kind: string;
  status: MeasureStatusCode;
}

/**
 * Interventions for ONE household: each measure line is one intervention, except kinds counted
 * once per household (window locks), whose lines together are one, whatever the number of locks.
 * `requested` counts every line ever requested (refused ones too); `installed` the fitted ones.
 */
export function countInterventions(lines: readonly InterventionLine[]): { requested: number; installed: number } {
  const count = (ls: readonly InterventionLine[]) => {
    let n = 0;
    const once = new Set<string>();
    for (const l of ls) {
      if (ONCE_PER_HOUSEHOLD.has(l.kind)) once.add(l.kind);
      else n++;
    }
    return n + once.size;
  };
  return { requested: count(lines), installed: count(lines.filter((l) => l.status === 'fitted')) };
}

/** Where a clock stands. */
export type ClockStatus = 'not_started' | 'running' | 'overdue' | 'met' | 'late';

/** One clock of a case (or of a measure). */
export interface ClockState {
  clock: SanctuaryClockCode;
  /** The day it runs from (null: not started, e.g. no needs assessment yet). */
  startOn: string | null;
  dueOn: string | null;
  doneOn: string | null;
  status: ClockStatus;
  /** Working days taken (when done) or so far (when running or overdue). */
  workingDays: number | null;
}

/** A clock's state on `today`. */
export function clockState(cal: WorkingCalendar, clock: SanctuaryClockCode, startOn: string | null, doneOn: string | null, today: string): ClockState {
  if (startOn === null) return { clock, startOn, dueOn: null, doneOn, status: 'not_started', workingDays: null };
  const dueOn = addWorkingDays(cal, startOn, CLOCK_WORKING_DAYS[clock]);
  if (doneOn !== null) {
    return { clock, startOn, dueOn, doneOn, status: doneOn <= dueOn ? 'met' : 'late', workingDays: workingDaysBetween(cal, startOn, doneOn) };
  }
  return { clock, startOn, dueOn, doneOn, status: today > dueOn ? 'overdue' : 'running', workingDays: workingDaysBetween(cal, startOn, today) };
}
