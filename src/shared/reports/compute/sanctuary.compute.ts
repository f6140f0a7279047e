import { countInterventions } from '../../sanctuary/rules';
import { CLOCK_WORKING_DAYS, MEASURE_KINDS } from '../../sanctuary/vocab.sanctuary';
import { workingCalendar, workingDaysBetween } from '../../working-days/working-days';
import type { ReportFacts } from '../facts';
import type { SanctuaryCaseFact, SanctuaryFacts } from '../sanctuary.facts';
import { mean, percent, type Tally } from './tally';

/*
 * The sanctuary outputs from a period's records (definitions in ../sanctuary.ts). Every count is
 * of sanctuary referrals (one household's episode on the scheme).
 */

/** No sanctuary records (a report run without them). */
export const EMPTY_SANCTUARY: SanctuaryFacts = { cases: [], calendar: [], supportHourlyPence: 0 };

function inPeriod(date: string | null, from: string, to: string): date is string {
  return date !== null && date >= from && date <= to;
}

function pounds(pence: number): number {
  return Math.round(pence) / 100;
}

/** Whether a case was on the scheme on at least one day of the period. */
export function onScheme(c: SanctuaryCaseFact, from: string, to: string): boolean {
  return c.decision === 'accepted' && c.decidedOn !== null && c.decidedOn <= to && (c.closedOn === null || c.closedOn >= from);
}

/** Fills the sanctuary outputs. */
export function computeSanctuary(f: ReportFacts, t: Tally): void {
  const s = (f.extra?.sanctuary as SanctuaryFacts | undefined) ?? EMPTY_SANCTUARY;
  const { from, to } = f;
  const cal = workingCalendar(s.calendar);

  let requestedInterventions = 0;
  let installedInterventions = 0;
  const kindInterventions = new Map<string, number>();
  const kindCost = new Map<string, number>();
  let measuresPence = 0;
  let supportMinutes = 0;
  const riskDays: number[] = [];
  const planDays: number[] = [];
  const fitDays: number[] = [];

  for (const c of s.cases) {
    const id = c.referralId;
    if (inPeriod(c.receivedOn, from, to)) {
      t.count('referrals', c.source, 'count', id);
      t.count('tenure', c.tenure, 'count', id);
    }
    if (c.decision !== null && inPeriod(c.decidedOn, from, to)) {
      t.count('decisions', c.decision, 'count', id);
      if (c.decision === 'not_accepted') t.count('not_accepted', c.notAcceptedReason ?? 'other', 'count', id);
    }

    // Refusals, by reason.
    const refusedByReason = new Map<string, number>();
    for (const m of c.measures) {
      if (m.status === 'refused' && inPeriod(m.refusedOn, from, to) && m.refusalReason) refusedByReason.set(m.refusalReason, (refusedByReason.get(m.refusalReason) ?? 0) + 1);
    }
    for (const [reason, n] of refusedByReason) {
      t.count('refused', reason, 'households', id);
      t.value('refused', reason, 'measures', (t.valueOf(`refused.${reason}.measures`) ?? 0) + n);
      t.value('refused', 'total', 'measures', (t.valueOf('refused.total.measures') ?? 0) + n);
    }

    // Interventions requested and installed in the period.
    const requested = c.measures.filter((m) => inPeriod(m.requestedOn, from, to));
    const installed = c.measures.filter((m) => m.status === 'fitted' && inPeriod(m.fittedOn, from, to));
    const req = countInterventions(requested.map((m) => ({ kind: m.kind, status: 'requested' as const })));
    const ins = countInterventions(installed.map((m) => ({ kind: m.kind, status: 'fitted' as const })));
    if (req.requested > 0) t.count('interventions', 'households', 'requested', id);
    if (ins.installed > 0) t.count('interventions', 'households', 'installed', id);
    requestedInterventions += req.requested;
    installedInterventions += ins.installed;

    // By kind: households requesting and with it installed, interventions and cost installed.
    for (const m of requested) t.count('measures', m.kind, 'requested', id);
    for (const k of MEASURE_KINDS) {
      const ofKind = installed.filter((m) => m.kind === k.code);
      if (ofKind.length === 0) continue;
      t.count('measures', k.code, 'installed', id);
      const n = countInterventions(ofKind.map((m) => ({ kind: m.kind, status: 'fitted' as const }))).installed;
      kindInterventions.set(k.code, (kindInterventions.get(k.code) ?? 0) + n);
      kindCost.set(k.code, (kindCost.get(k.code) ?? 0) + ofKind.reduce((sum, m) => sum + (m.costPence ?? 0), 0));
    }

    // Cost including support.
    const casePence = installed.reduce((sum, m) => sum + (m.costPence ?? 0), 0);
    if (installed.length > 0 || c.paidMinutes > 0) {
      t.count('cost', 'households', 'value', id);
      measuresPence += casePence;
      supportMinutes += c.paidMinutes;
    }

    // Response times.
    if (inPeriod(c.riskStartedOn, from, to)) {
      const d = workingDaysBetween(cal, c.receivedOn, c.riskStartedOn);
      riskDays.push(d);
      t.count('response', 'risk_assessment', 'completed', id);
      if (d <= CLOCK_WORKING_DAYS.risk_assessment) t.count('response', 'risk_assessment', 'within', id);
    }
    if (c.needsAssessedOn !== null && inPeriod(c.planAgreedOn, from, to)) {
      const d = workingDaysBetween(cal, c.needsAssessedOn, c.planAgreedOn);
      planDays.push(d);
      t.count('response', 'support_plan', 'completed', id);
      if (d <= CLOCK_WORKING_DAYS.support_plan) t.count('response', 'support_plan', 'within', id);
    }
    const fitted = installed.filter((m) => m.approvalOn !== null);
    if (fitted.length > 0) {
      const days = fitted.map((m) => workingDaysBetween(cal, m.approvalOn!, m.fittedOn!));
      fitDays.push(...days);
      t.count('response', 'fitting', 'completed', id);
      if (days.every((d) => d <= CLOCK_WORKING_DAYS.fitting)) t.count('response', 'fitting', 'within', id);
    }

    // Support.
    if (onScheme(c, from, to)) {
      t.count('support', 'on_scheme', 'count', id);
      if (c.supportTypes.length > 0) t.count('support', 'took_up', 'count', id);
      for (const type of c.supportTypes) t.count('support_types', type, 'count', id);
    }
  }

  t.value('interventions', 'interventions', 'requested', requestedInterventions);
  t.value('interventions', 'interventions', 'installed', installedInterventions);
  const households = (col: string) => t.ids(`interventions.households.${col}`).size;
  t.value('interventions', 'per_household', 'requested', households('requested') === 0 ? null : Math.round((requestedInterventions / households('requested')) * 10) / 10);
  t.value('interventions', 'per_household', 'installed', households('installed') === 0 ? null : Math.round((installedInterventions / households('installed')) * 10) / 10);

  let allInterventions = 0;
  let allCost = 0;
  for (const k of MEASURE_KINDS) {
    const n = kindInterventions.get(k.code) ?? 0;
    const cost = kindCost.get(k.code) ?? 0;
    allInterventions += n;
    allCost += cost;
    t.value('measures', k.code, 'interventions', n);
    t.value('measures', k.code, 'cost', pounds(cost));
    t.value('measures', k.code, 'average', n === 0 ? null : pounds(cost / n));
  }
  t.value('measures', 'total', 'interventions', allInterventions);
  t.value('measures', 'total', 'cost', pounds(allCost));
  t.value('measures', 'total', 'average', allInterventions === 0 ? null : pounds(allCost / allInterventions));

  const supportPence = (supportMinutes / 60) * s.supportHourlyPence;
  const costHouseholds = t.ids('cost.households.value').size;
  t.value('cost', 'measures', 'value', pounds(measuresPence));
  t.value('cost', 'support', 'value', pounds(supportPence));
  t.value('cost', 'all', 'value', pounds(measuresPence + supportPence));
  t.value('cost', 'per_household', 'value', costHouseholds === 0 ? null : pounds((measuresPence + supportPence) / costHouseholds));

  for (const [row, days] of [
    ['risk_assessment', riskDays],
    ['support_plan', planDays],
    ['fitting', fitDays],
  ] as const) {
    const completed = t.ids(`response.${row}.completed`).size;
    t.value('response', row, 'percent', percent(t.ids(`response.${row}.within`).size, completed));
    t.value('response', row, 'average', mean(days));
    t.value('response', row, 'longest', days.length === 0 ? null : Math.max(...days));
  }
  t.value('support', 'percent', 'count', percent(t.ids('support.took_up.count').size, t.ids('support.on_scheme.count').size));
}
