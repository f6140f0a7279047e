import { SupportType, type SupportTypeCode } from './vocab.support';

/*
 * Support-hours totals: paid and unpaid time, and time by type of support, for a household or a
 * period (the quarterly outputs' "paid and unpaid support hours", `000_…` 5.3). Periods are London
 * dates, both ends included. Minutes are summed exactly; hours are only for display.
 */

/** What a total needs from a contact. */
export interface ContactMinutes {
  householdId: number;
  contactOn: string;
  minutes: number;
  timeKind: 'paid' | 'unpaid';
  supportType: SupportTypeCode;
}

/** Totals over some contacts. */
export interface SupportTotals {
  contacts: number;
  households: number;
  paidMinutes: number;
  unpaidMinutes: number;
  totalMinutes: number;
  byType: Record<SupportTypeCode, number>;
}

/** A period of London dates, both ends included; either end may be open. */
export interface DatePeriod {
  from?: string | null;
  to?: string | null;
}

function inPeriod(on: string, p: DatePeriod): boolean {
  return (!p.from || on >= p.from) && (!p.to || on <= p.to);
}

function empty(): SupportTotals {
  return { contacts: 0, households: 0, paidMinutes: 0, unpaidMinutes: 0, totalMinutes: 0, byType: Object.fromEntries(SupportType.codes.map((c) => [c, 0])) as Record<SupportTypeCode, number> };
}

/** Totals of the contacts in a period (all of them when no period is given). */
export function supportTotals(contacts: readonly ContactMinutes[], period: DatePeriod = {}): SupportTotals {
  const t = empty();
  const households = new Set<number>();
  for (const c of contacts) {
    if (!inPeriod(c.contactOn, period)) continue;
    t.contacts++;
    households.add(c.householdId);
    if (c.timeKind === 'paid') t.paidMinutes += c.minutes;
    else t.unpaidMinutes += c.minutes;
    t.byType[c.supportType] += c.minutes;
  }
  t.totalMinutes = t.paidMinutes + t.unpaidMinutes;
  t.households = households.size;
  return t;
}

/** Totals per household in a period, for households with at least one contact in it. */
export function totalsByHousehold(contacts: readonly ContactMinutes[], period: DatePeriod = {}): Map<number, SupportTotals> {
  const groups = new Map<number, ContactMinutes[]>();
  for (const c of contacts) {
    if (!inPeriod(c.contactOn, period)) continue;
    const g = groups.get(c.householdId);
    if (g) g.push(c);
    else groups.set(c.householdId, [c]);
  }
  return new Map([...groups].map(([h, cs]) => [h, supportTotals(cs)]));
}

/** Minutes as hours for reports, to two decimal places (90 → 1.5). */
export function minutesToHours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

/** Minutes as people say them: "45 min", "2 h", "3 h 15 min". */
export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
