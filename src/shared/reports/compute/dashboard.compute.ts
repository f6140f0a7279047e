import { allocationFigures } from '../../allocation/figures';
import { monthsOf } from '../periods';
import type { ReportFacts } from '../facts';
import { contactClock } from './kpi.compute';
import { stayOverlaps } from './residence';
import { percent, type Tally } from './tally';

/*
 * The dashboard series (definitions in ../dashboard.ts): occupancy, support hours and 48-hour
 * contact month by month, referrals by source and outcome, and the risk profile.
 */

/** Fills the dashboard series. */
export function computeDashboard(f: ReportFacts, t: Tally): void {
  const months = monthsOf(f.from, f.to);
  const units = f.units.map((u) => ({ id: u.id, openedOn: u.openedOn, closedOn: u.closedOn }));
  const stays = f.stays.map((s) => ({ id: s.id, unitId: s.unitId, start: s.start, end: s.end, movedFromStayId: s.movedFromStayId }));
  for (const m of months) {
    // Only the stays and out-of-service periods with a night in the month can change its
    // occupancy, so each month's figures are worked out from those alone (ten years is 120
    // months; the whole history each time was most of the dashboards' time). Stays that ended
    // earlier are only needed for lengths of stay, which this series does not read.
    const monthStays = stays.filter((s) => stayOverlaps(s, m.from, m.to));
    const monthOut = f.outOfService.filter((p) => stayOverlaps(p, m.from, m.to));
    const fig = allocationFigures({ from: m.from, to: m.to, units, outOfService: monthOut, stays: monthStays, turnAways: [] });
    const unitIds = units.filter((u) => u.openedOn <= m.to && (u.closedOn === null || u.closedOn > m.from)).map((u) => u.id);
    t.value('occupancy_monthly', m.key, 'occupancy', fig.occupancy === null ? null : Math.round(fig.occupancy * 1000) / 10, unitIds);
    t.value('occupancy_monthly', m.key, 'occupied', fig.occupiedNights, monthStays.map((s) => s.id));
    t.value('occupancy_monthly', m.key, 'void', fig.voidNights, unitIds);
  }

  const monthOf = (date: string) => date.slice(0, 7);
  const paid = new Map<string, number>();
  const unpaid = new Map<string, number>();
  for (const c of f.contacts) {
    if (c.on < f.from || c.on > f.to) continue;
    const key = monthOf(c.on);
    const into = c.timeKind === 'paid' ? paid : unpaid;
    into.set(key, (into.get(key) ?? 0) + c.minutes);
    t.count('hours_monthly', key, c.timeKind, c.id);
  }
  const hours = (m: number | undefined) => Math.round(((m ?? 0) / 60) * 100) / 100;
  for (const m of months) {
    t.value('hours_monthly', m.key, 'paid', hours(paid.get(m.key)));
    t.value('hours_monthly', m.key, 'unpaid', hours(unpaid.get(m.key)));
  }

  const timingOf = contactClock(f, t);
  const within = new Map<string, number>();
  const due = new Map<string, number>();
  const referred = new Set<number>();
  const received = f.referrals.filter((r) => r.receivedOn >= f.from && r.receivedOn <= f.to);
  const firstAttempt = f.firstAttemptsOf(received.map((r) => r.id));
  for (const r of received) {
    referred.add(r.householdId);
    const outcome = r.status === 'accepted' ? 'accepted' : r.status === 'not_supported' ? 'not_supported' : 'open';
    t.count('referrals_outcome', r.source, outcome, r.id);
    const key = monthOf(r.receivedOn);
    const { timing } = timingOf(r.receivedAt, firstAttempt.get(r.id) ?? null);
    if (timing !== 'not_due') {
      t.count('contact_monthly', key, timing, r.id);
      t.count('contact_monthly', key, 'due', r.id);
      due.set(key, (due.get(key) ?? 0) + 1);
      if (timing === 'within') within.set(key, (within.get(key) ?? 0) + 1);
    }
  }
  for (const m of months) t.value('contact_monthly', m.key, 'percent', percent(within.get(m.key) ?? 0, due.get(m.key) ?? 0));

  for (const h of referred) t.count('risk_profile', f.latestRiskOf(h)?.level ?? 'not_assessed', 'count', h);
}
