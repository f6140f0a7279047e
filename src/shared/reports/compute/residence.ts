import { nightsBetween, plusDays } from '../../allocation/nights';
import type { StayFact, UnitFact } from '../facts';

/*
 * Who stayed in safe accommodation in a period, read from the allocation timeline. A stay is a
 * range of nights [start, end) (end = the morning they left). A move between units continues one
 * stay (the new stay names the one it moved from), so ARRIVAL is the first night of the first
 * stay in that chain. Rules:
 * - A household stayed in the period when any of its stays has a night in it. It is counted ONCE
 *   however many stays it had (a move, or leaving and coming back).
 * - A stay that crosses the year end counts in both years: its nights fall in both.
 * - Its arrival for age bands is the arrival of its EARLIEST stay with a night in the period (so a
 *   stay that began last year keeps last year's arrival date).
 * - A stay has ENDED in the period when its last night is in the period: the morning it ended is
 *   after the first day and no later than the day after the last (a household that leaves on the
 *   morning of 31 March ended its stay in that year). A stay that continues in another unit has
 *   not ended.
 */

/** A household's residence in a period. */
export interface Residence {
  householdId: number;
  /** Arrival date of the earliest stay with a night in the period. */
  arrival: string;
  /** Unit types it stayed in during the period. */
  types: Set<string>;
  /** Its stays with a night in the period. */
  stayIds: number[];
}

/** A whole stay (following moves), ended in the period. */
export interface EndedStay {
  /** The last stay of the chain (the one that ended). */
  stayId: number;
  householdId: number;
  arrival: string;
  end: string;
  nights: number;
}

/** The arrival date of every stay (the start of the first stay in its chain of moves). */
export function arrivals(stays: readonly StayFact[]): Map<number, string> {
  const byId = new Map(stays.map((s) => [s.id, s]));
  const out = new Map<number, string>();
  const resolve = (s: StayFact): string => {
    const known = out.get(s.id);
    if (known) return known;
    let first = s;
    const seen = new Set<number>([s.id]);
    while (first.movedFromStayId !== null) {
      const prev = byId.get(first.movedFromStayId);
      if (!prev || seen.has(prev.id)) break;
      seen.add(prev.id);
      first = prev;
    }
    out.set(s.id, first.start);
    return first.start;
  };
  for (const s of stays) resolve(s);
  return out;
}

/** Whether a stay has a night in [from, to]. */
export function stayOverlaps(s: Pick<StayFact, 'start' | 'end'>, from: string, to: string): boolean {
  return s.start <= to && (s.end === null || s.end > from);
}

/** Households with a night in safe accommodation in [from, to]. */
export function residences(stays: readonly StayFact[], units: readonly UnitFact[], from: string, to: string): Map<number, Residence> {
  const typeOf = new Map(units.map((u) => [u.id, u.type]));
  const arrivalOf = arrivals(stays);
  const out = new Map<number, Residence>();
  for (const s of stays) {
    if (!stayOverlaps(s, from, to)) continue;
    const arrival = arrivalOf.get(s.id)!;
    let r = out.get(s.householdId);
    if (!r) out.set(s.householdId, (r = { householdId: s.householdId, arrival, types: new Set(), stayIds: [] }));
    // The earliest overlapping stay decides the arrival date.
    if (arrival < r.arrival) r.arrival = arrival;
    r.types.add(typeOf.get(s.unitId) ?? 'other');
    r.stayIds.push(s.id);
  }
  return out;
}

/** Whole stays whose last night fell in [from, to]. */
export function endedStays(stays: readonly StayFact[], from: string, to: string): EndedStay[] {
  const continued = new Set(stays.map((s) => s.movedFromStayId).filter((id): id is number => id !== null));
  const arrivalOf = arrivals(stays);
  const lastMorning = plusDays(to, 1);
  const out: EndedStay[] = [];
  for (const s of stays) {
    if (continued.has(s.id) || s.end === null || s.end <= from || s.end > lastMorning) continue;
    const arrival = arrivalOf.get(s.id)!;
    out.push({ stayId: s.id, householdId: s.householdId, arrival, end: s.end, nights: nightsBetween(arrival, s.end) });
  }
  return out;
}

/** Stays (chains) that began in [from, to]: arrivals, not moves. */
export function arrivalsIn(stays: readonly StayFact[], from: string, to: string): StayFact[] {
  return stays.filter((s) => s.movedFromStayId === null && s.start >= from && s.start <= to);
}
