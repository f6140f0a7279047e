import { allocationFigures, median } from '../../allocation/figures';
import { change } from '../../support/outcomes';
import { OutcomeArea } from '../../support/vocab.support';
import type { ReportFacts } from '../facts';
import { supportDays } from './episodes';
import { supportedEpisodes } from './quarterly.compute';
import { stayOverlaps } from './residence';
import { mean, percent, type Tally } from './tally';

/*
 * The KPIs' figures from a period's records (definitions in ../kpi.ts). Occupancy, void nights and
 * turn-aways come from the allocation figures (src/shared/allocation/figures.ts), not a second
 * implementation.
 */

const HOURS_48 = 48 * 3_600_000;

/** The instant (ms) by which contact should have been attempted: 48 hours after the referral arrived. */
export function contactDeadline(receivedAt: string): number {
  return Date.parse(receivedAt) + HOURS_48;
}

/** When contact was first attempted, against its deadline (contactDeadline). */
export function contactTiming(deadline: number, firstAttemptAt: string | null, nowMs: number): 'within' | 'late' | 'none' | 'not_due' {
  if (firstAttemptAt) return Date.parse(firstAttemptAt) <= deadline ? 'within' : 'late';
  return nowMs > deadline ? 'none' : 'not_due';
}

/**
 * The 48-hour rule as of the facts' instant, for a computation that counts with it. Reading the
 * time here tells the tally how long its counts hold: until the deadline of the next referral
 * found "not yet due" (forever when there is none), so they are kept until then (report.service.ts).
 */
export function contactClock(f: ReportFacts, t: Tally): (receivedAt: string, firstAttemptAt: string | null) => { deadline: number; timing: ReturnType<typeof contactTiming> } {
  const now = Date.parse(f.nowIso);
  t.standsUntil(Infinity);
  return (receivedAt, firstAttemptAt) => {
    const deadline = contactDeadline(receivedAt);
    const timing = contactTiming(deadline, firstAttemptAt, now);
    if (timing === 'not_due') t.standsUntil(deadline);
    return { deadline, timing };
  };
}

/** Fills the KPIs' figures. */
export function computeKpi(f: ReportFacts, t: Tally): void {
  const { from, to } = f;
  const episodes = supportedEpisodes(f);
  const endedDays: number[] = [];
  const continuingDays: number[] = [];
  for (const { ep, span } of episodes) {
    t.count('utilisation', 'households', 'value', ep.householdId);
    if (ep.exit && ep.exit.exitedOn >= from && ep.exit.exitedOn <= to) {
      t.count('utilisation', 'ended', 'value', ep.exit.id);
      t.count('utilisation', 'average_ended', 'value', ep.exit.id);
      t.count('utilisation', 'median_ended', 'value', ep.exit.id);
      endedDays.push(supportDays({ start: span.start, end: ep.exit.exitedOn }, ep.exit.exitedOn));
    } else if (span.end === null || span.end > to) {
      t.count('utilisation', 'continuing', 'value', ep.householdId);
      t.count('utilisation', 'average_continuing', 'value', ep.householdId);
      continuingDays.push(supportDays(span, to));
    }
  }
  t.value('utilisation', 'average_ended', 'value', mean(endedDays));
  t.value('utilisation', 'median_ended', 'value', median(endedDays));
  t.value('utilisation', 'average_continuing', 'value', mean(continuingDays));

  let exits = 0;
  let planned = 0;
  let independent = 0;
  for (const ep of f.episodes) {
    const e = ep.exit;
    if (!e || e.exitedOn < from || e.exitedOn > to) continue;
    exits++;
    t.count('planned_moves', 'exits', 'value', e.id);
    t.count('independence', 'exits', 'value', e.id);
    if (e.planned) {
      planned++;
      t.count('planned_moves', 'planned', 'value', e.id);
    }
    if (e.independence === 'yes') {
      independent++;
      t.count('independence', 'yes', 'value', e.id);
    }
    if (e.independence === 'partly') t.count('independence', 'partly', 'value', e.id);
  }
  t.value('planned_moves', 'percent', 'value', percent(planned, exits));
  t.value('independence', 'percent', 'value', percent(independent, exits));

  const supportedReferrals = new Set(episodes.map((e) => e.ep.referralId));
  for (const area of OutcomeArea.codes) {
    let measured = 0;
    let improved = 0;
    for (const plan of f.plans) {
      const a = plan.areas[area];
      if (!a?.hasNeed || !supportedReferrals.has(plan.referralId)) continue;
      t.count('outcomes', area, 'with_need', plan.id);
      const c = change(a.scores, { asOf: to });
      if (c === null) continue;
      measured++;
      t.count('outcomes', area, 'measured', plan.id);
      if (c === 'improved') {
        improved++;
        t.count('outcomes', area, 'improved', plan.id);
      }
    }
    t.value('outcomes', area, 'percent', percent(improved, measured));
  }

  const timingOf = contactClock(f, t);
  let due = 0;
  let within = 0;
  const received = f.referrals.filter((r) => r.receivedOn >= from && r.receivedOn <= to);
  const firstAttempt = f.firstAttemptsOf(received.map((r) => r.id));
  for (const r of received) {
    const { deadline, timing: row } = timingOf(r.receivedAt, firstAttempt.get(r.id) ?? null);
    t.count('contact_48h', row, 'value', r.id);
    if (row !== 'not_due') {
      due++;
      t.count('contact_48h', 'due', 'value', r.id);
    }
    if (row === 'within') within++;
    if (r.firstContactAt && Date.parse(r.firstContactAt) <= deadline) t.count('contact_48h', 'spoke_within', 'value', r.id);
  }
  t.value('contact_48h', 'percent', 'value', percent(within, due));

  const turnAways = f.referrals.filter((r) => r.status === 'not_supported' && r.decidedOn && r.decidedOn >= from && r.decidedOn <= to && (r.reason === 'capacity' || r.reason === 'no_suitable_unit'));
  for (const r of turnAways) {
    t.count('turn_aways', r.reason!, 'count', r.id);
    for (const type of new Set(r.unitTypesFull)) t.count('types_full', type, 'count', r.id);
  }

  const figures = allocationFigures({
    from,
    to,
    units: f.units.map((u) => ({ id: u.id, openedOn: u.openedOn, closedOn: u.closedOn })),
    outOfService: f.outOfService,
    stays: f.stays.map((s) => ({ id: s.id, unitId: s.unitId, start: s.start, end: s.end, movedFromStayId: s.movedFromStayId })),
    turnAways: [],
  });
  const unitIds = f.units.filter((u) => u.openedOn <= to && (u.closedOn === null || u.closedOn > from)).map((u) => u.id);
  t.value('occupancy', 'unit_nights', 'value', figures.unitNights, unitIds);
  t.value('occupancy', 'out_of_service', 'value', figures.outOfServiceNights, unitIds);
  t.value('occupancy', 'in_service', 'value', figures.inServiceNights, unitIds);
  t.value('occupancy', 'occupied', 'value', figures.occupiedNights, f.stays.filter((s) => stayOverlaps(s, from, to)).map((s) => s.id));
  t.value('occupancy', 'void', 'value', figures.voidNights, unitIds);
  t.value('occupancy', 'occupancy', 'value', figures.occupancy === null ? null : Math.round(figures.occupancy * 1000) / 10, unitIds);
}
