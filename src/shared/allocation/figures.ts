import { dayNumber, nightsBetween, OPEN_END, plusDays } from './nights';

/*
 * Allocation figures for a date range, as pure arithmetic over the timeline (the dashboards issue
 * builds on this). Definitions, for a range of nights `from`..`to` inclusive:
 * - unit-nights: nights each unit was part of the service (opened, not yet closed);
 * - out-of-service nights: unit-nights inside an out-of-service period, by reason;
 * - in-service unit-nights: unit-nights minus out-of-service nights;
 * - occupied unit-nights: in-service unit-nights on which a stay covered the unit;
 * - occupancy: occupied ÷ in-service (null when nothing was in service);
 * - void nights: in-service unit-nights nobody slept in (a hold with no arrival is still void);
 * - length of stay: for each household's stay that ENDED in the range (its last night was in
 *   it), the nights from arrival to departure; a move between units is one stay, not two.
 *   Average and median (the mean of the middle two for an even count), in nights;
 * - turn-aways: referrals decided "not supported" in the range, by reason, and how often each
 *   unit type was recorded as full.
 */

/** A unit's life in the service. */
export interface FigureUnit {
  id: number;
  openedOn: string;
  closedOn: string | null;
}

/** An out-of-service period (cancelled ones excluded by the caller). */
export interface FigureOutOfService {
  unitId: number;
  start: string;
  end: string | null;
  reason: string;
}

/** A stay (cancelled ones excluded by the caller). */
export interface FigureStay {
  id: number;
  unitId: number;
  start: string;
  end: string | null;
  /** The stay this one continues after a move between units. */
  movedFromStayId: number | null;
}

/** A referral that was not supported. */
export interface FigureTurnAway {
  reason: string;
  unitTypesFull: string[];
}

/** The figures for a range. */
export interface AllocationFigures {
  from: string;
  to: string;
  nights: number;
  unitNights: number;
  outOfServiceNights: number;
  outOfServiceByReason: Record<string, number>;
  inServiceNights: number;
  occupiedNights: number;
  voidNights: number;
  occupancy: number | null;
  staysEnded: number;
  averageStayNights: number | null;
  medianStayNights: number | null;
  turnAways: number;
  turnAwaysByReason: Record<string, number>;
  unitTypesFull: Record<string, number>;
}

const EMPTY = 0;
const IN_SERVICE = 1;
const OUT = 2;
const OCCUPIED = 3;

/** The median of a list of numbers (null when empty). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function clampRange(start: string, end: string | null, fromDay: number, toDayExcl: number): [number, number] {
  return [Math.max(dayNumber(start), fromDay), Math.min(dayNumber(end ?? OPEN_END), toDayExcl)];
}

/** Lengths of whole stays (following moves) whose last night falls in [from, to]. */
function endedStayLengths(stays: readonly FigureStay[], from: string, to: string): number[] {
  const continuedBy = new Set(stays.map((s) => s.movedFromStayId).filter((id): id is number => id !== null));
  const byId = new Map(stays.map((s) => [s.id, s]));
  const lengths: number[] = [];
  const lastMorning = plusDays(to, 1);
  for (const s of stays) {
    if (continuedBy.has(s.id) || s.end === null) continue;
    if (s.end <= from || s.end > lastMorning) continue;
    let first = s;
    const seen = new Set<number>([s.id]);
    while (first.movedFromStayId !== null) {
      const prev = byId.get(first.movedFromStayId);
      if (!prev || seen.has(prev.id)) break;
      seen.add(prev.id);
      first = prev;
    }
    const n = nightsBetween(first.start, s.end);
    if (n > 0) lengths.push(n);
  }
  return lengths;
}

/** Computes the figures for nights `from`..`to` (both inclusive). */
export function allocationFigures(input: {
  from: string;
  to: string;
  units: readonly FigureUnit[];
  outOfService: readonly FigureOutOfService[];
  stays: readonly FigureStay[];
  turnAways: readonly FigureTurnAway[];
}): AllocationFigures {
  const fromDay = dayNumber(input.from);
  const toDayExcl = dayNumber(input.to) + 1;
  const nights = Math.max(0, toDayExcl - fromDay);
  // One state per unit per night: simple enough to be obviously right, and a year of 60 units
  // is only 22,000 cells.
  const grid = new Map<number, Uint8Array>();
  for (const u of input.units) {
    const row = new Uint8Array(nights);
    const [s, e] = clampRange(u.openedOn, u.closedOn, fromDay, toDayExcl);
    for (let d = s; d < e; d++) row[d - fromDay] = IN_SERVICE;
    grid.set(u.id, row);
  }
  const outByReason: Record<string, number> = {};
  for (const p of input.outOfService) {
    const row = grid.get(p.unitId);
    if (!row) continue;
    const [s, e] = clampRange(p.start, p.end, fromDay, toDayExcl);
    for (let d = s; d < e; d++) {
      if (row[d - fromDay] === IN_SERVICE) {
        row[d - fromDay] = OUT;
        outByReason[p.reason] = (outByReason[p.reason] ?? 0) + 1;
      }
    }
  }
  for (const st of input.stays) {
    const row = grid.get(st.unitId);
    if (!row) continue;
    const [s, e] = clampRange(st.start, st.end, fromDay, toDayExcl);
    for (let d = s; d < e; d++) if (row[d - fromDay] === IN_SERVICE) row[d - fromDay] = OCCUPIED;
  }
  let unitNights = 0;
  let outNights = 0;
  let occupied = 0;
  for (const row of grid.values()) {
    for (const v of row) {
      if (v === EMPTY) continue;
      unitNights += 1;
      if (v === OUT) outNights += 1;
      else if (v === OCCUPIED) occupied += 1;
    }
  }
  const inService = unitNights - outNights;
  const lengths = endedStayLengths(input.stays, input.from, input.to);
  const byReason: Record<string, number> = {};
  const typesFull: Record<string, number> = {};
  for (const t of input.turnAways) {
    byReason[t.reason] = (byReason[t.reason] ?? 0) + 1;
    for (const type of new Set(t.unitTypesFull)) typesFull[type] = (typesFull[type] ?? 0) + 1;
  }
  return {
    from: input.from,
    to: input.to,
    nights,
    unitNights,
    outOfServiceNights: outNights,
    outOfServiceByReason: outByReason,
    inServiceNights: inService,
    occupiedNights: occupied,
    voidNights: inService - occupied,
    occupancy: inService > 0 ? occupied / inService : null,
    staysEnded: lengths.length,
    averageStayNights: lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : null,
    medianStayNights: median(lengths),
    turnAways: input.turnAways.length,
    turnAwaysByReason: byReason,
    unitTypesFull: typesFull,
  };
}
