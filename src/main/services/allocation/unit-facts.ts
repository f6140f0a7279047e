import type { UnitLife } from '../../../shared/allocation/availability';
import type { PeriodFacts, UnitFacts } from '../../../shared/allocation/suitability';
import type { Sqlite } from '../../db/connection';
import { holdsOverlapping, outOfServiceOverlapping, staysOverlapping, type HoldRow, type OutOfServiceRow, type StayRow } from '../../db/repos/allocation/timeline.repo';
import type { UnitRow } from '../../db/repos/allocation/units.repo';

/** A unit row as the pure rules read it. */
export function unitFacts(u: UnitRow): UnitFacts & UnitLife {
  return {
    id: u.id,
    code: u.code,
    type: u.type,
    singleSex: u.single_sex,
    bedrooms: u.bedrooms,
    maxOccupants: u.max_occupants,
    maxChildren: u.max_children,
    oldestBoy: u.oldest_boy,
    wheelchair: u.wheelchair === 1,
    stepFree: u.step_free === 1,
    floor: u.floor,
    pets: u.pets === 1,
    locality: u.locality,
    postcodeDistrict: u.postcode_district,
    openedOn: u.opened_on,
    closedOn: u.closed_on,
  };
}

/** The timeline rows in a window, as read from the database. */
export interface TimelineRows {
  stays: StayRow[];
  holds: HoldRow[];
  outOfService: OutOfServiceRow[];
}

/** Every active period overlapping [from, to), for all units or one. Lapsed holds are left out. */
export function timelineRows(db: Sqlite, from: string, to: string, nowIso: string, unitId: number | null = null): TimelineRows {
  return {
    stays: staysOverlapping(db, from, to, unitId),
    holds: holdsOverlapping(db, from, to, nowIso, unitId),
    outOfService: outOfServiceOverlapping(db, from, to, unitId),
  };
}

/** The rows as periods, grouped by unit. */
export function periodsByUnit(rows: TimelineRows): Map<number, PeriodFacts[]> {
  const map = new Map<number, PeriodFacts[]>();
  const add = (unitId: number, p: PeriodFacts) => {
    const list = map.get(unitId);
    if (list) list.push(p);
    else map.set(unitId, [p]);
  };
  for (const s of rows.stays) add(s.unit_id, { kind: 'stay', start: s.start_date, end: s.end_date, householdId: s.household_id });
  for (const h of rows.holds) add(h.unit_id, { kind: 'hold', start: h.start_date, end: h.end_date, householdId: h.household_id, expiresAt: h.expires_at });
  for (const o of rows.outOfService) add(o.unit_id, { kind: 'out_of_service', start: o.start_date, end: o.end_date, householdId: null, reason: o.reason });
  return map;
}
