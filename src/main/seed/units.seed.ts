import { assessUnit, fitReasons, type HouseholdFacts, type UnitFacts } from '../../shared/allocation/suitability';
import { dateOfDay, dayNumber, plusDays } from '../../shared/allocation/nights';
import type { UnitSaveInput } from '../../shared/allocation/schemas/unit.schema';
import { londonDate, londonDayStart } from '../../shared/time/london';
import { endWaiting, waitingReferrals } from '../db/repos/cases/referrals.repo';
import { confirmArrival, endStay } from '../services/allocation/stays.service';
import { holdUnit } from '../services/allocation/holds.service';
import { householdFacts } from '../services/allocation/household-facts';
import { setOutOfService } from '../services/allocation/out-of-service.service';
import { saveUnit } from '../services/allocation/units.service';
import { audit, requireDb, type Workspace } from '../services/workspace';
import type { Rng } from './rng';
import type { SeedClock } from './seed-clock';

/*
 * Demonstration units and their history: an estate like the one in the domain brief (women-only
 * refuge rooms in two houses, women-only safe-place rooms, dispersed flats across the town; 60
 * units at large scale), then years of stays, cleaning turnarounds, repairs, tonight's holds and
 * a planned repair, for the households the cases seed put on the waiting list.
 *
 * History is simulated in time order: whenever a unit becomes free, the longest-waiting
 * household it suits (by the same suitability rules as the board) moves in. Every change goes
 * through the real services with the clock set to its moment, so rules, audit entries and the
 * waiting list agree with the timeline. Deterministic for a given rng and database.
 */

/** Seed sizes per scale. */
export const UNIT_SCALES = {
  small: { years: 2, refuge: 11, safePlace: 6, dispersed: 20, secondStage: 0, specialist: 0 },
  large: { years: 10, refuge: 18, safePlace: 8, dispersed: 28, secondStage: 4, specialist: 2 },
} as const;

/** How long a household waits before, in the demo, it is referred on elsewhere. */
const MAX_WAIT_DAYS = 42;

const PLACES: readonly [string, string][] = [
  ['HB1', 'Old Town'],
  ['HB2', 'Quayside'],
  ['HB3', 'Northgate'],
  ['HB4', 'Saltmarsh'],
  ['HB5', 'Westcliff'],
  ['HB6', 'Brookfield'],
  ['HB7', 'Mill End'],
  ['HB8', 'Eastholme'],
  ['HB9', 'Kingsmead'],
  ['HB10', 'Harbour Heights'],
  ['HB11', 'Fenwick'],
  ['HB12', 'Southdown'],
];
const STREETS = ['Quay Street', 'Rope Walk', 'Chapel Row', 'Linden Avenue', 'Mill Lane', 'Ferry Road', 'Orchard Close', 'Station Terrace', 'Marsh Lane', 'Harbour View'];

/** What was made, for seed-demo's summary line. */
export interface SeededUnits {
  units: number;
  stays: number;
  currentStays: number;
  holds: number;
  outOfService: number;
  waitsEnded: number;
}

/** A waiting household to place (as seedCases returns them). */
export interface WaitingToPlace {
  referralId: number;
  householdId: number;
  decidedAt: string;
}

type Fields = Omit<UnitSaveInput, 'id'>;

function estate(rng: Rng, scale: 'small' | 'large', openedOn: string): Fields[] {
  const size = UNIT_SCALES[scale];
  const units: Fields[] = [];
  const base = { name: '', notes: '', openedOn, closedOn: null, wheelchair: false, stepFree: false, pets: false } as const;
  const houses = [
    { name: 'Harbour House', place: PLACES[2]!, street: 'Chapel Row' },
    { name: 'Linden House', place: PLACES[6]!, street: 'Linden Avenue' },
  ];
  for (let i = 0; i < size.refuge; i++) {
    const house = houses[i < Math.ceil(size.refuge / 2) ? 0 : 1]!;
    const family = rng.chance(0.6);
    const occupants = family ? rng.int(3, 4) : 2;
    const floor = i % 3;
    const wheelchair = floor === 0 && i % 6 === 0;
    units.push({
      ...base,
      code: `R${String(i + 1).padStart(2, '0')}`,
      name: `${house.name}, room ${i + 1}`,
      address: `${house.name}, ${rng.int(2, 60)} ${house.street}, ${house.place[0]} ${rng.int(1, 9)}${rng.pick(['AB', 'DF', 'JQ', 'LT', 'PX'])}`,
      type: 'refuge',
      singleSex: 'women_only',
      bedrooms: family ? 2 : 1,
      maxOccupants: occupants,
      maxChildren: occupants - 1,
      oldestBoy: rng.weighted([[12, 6], [14, 3], [16, 1]] as const),
      wheelchair,
      stepFree: wheelchair || floor === 0,
      floor,
      locality: house.place[1],
      postcodeDistrict: house.place[0],
    });
  }
  for (let i = 0; i < size.safePlace; i++) {
    units.push({
      ...base,
      code: `S${String(i + 1).padStart(2, '0')}`,
      name: `Westcliff safe place, room ${i + 1}`,
      address: `${rng.int(2, 40)} Ferry Road, HB5 ${rng.int(1, 9)}GH`,
      type: 'safe_place',
      singleSex: 'women_only',
      bedrooms: 1,
      maxOccupants: i < 2 ? 2 : 1,
      maxChildren: i < 2 ? 1 : 0,
      oldestBoy: i < 2 ? 10 : null,
      floor: i % 2,
      stepFree: i % 2 === 0,
      locality: PLACES[4]![1],
      postcodeDistrict: PLACES[4]![0],
    });
  }
  const selfContained = (prefix: string, count: number, type: Fields['type']) => {
    for (let i = 0; i < count; i++) {
      const [district, locality] = rng.pick(PLACES);
      const bedrooms = rng.weighted([[1, 2], [2, 4], [3, 3], [4, 1]] as const);
      const occupants = Math.min(8, bedrooms * 2 + rng.int(0, 1));
      const floor = rng.weighted([[0, 4], [1, 3], [2, 2], [4, 1]] as const);
      const wheelchair = floor === 0 && rng.chance(0.2);
      units.push({
        ...base,
        code: `${prefix}${String(i + 1).padStart(2, '0')}`,
        name: '',
        address: `Flat ${rng.int(1, 12)}, ${rng.int(1, 120)} ${rng.pick(STREETS)}, ${district} ${rng.int(1, 9)}${rng.pick(['AA', 'BN', 'EW', 'RS', 'UY'])}`,
        type,
        singleSex: 'none',
        bedrooms,
        maxOccupants: occupants,
        maxChildren: occupants - 1,
        oldestBoy: null,
        wheelchair,
        stepFree: wheelchair || floor === 0,
        floor,
        pets: rng.chance(0.3),
        locality,
        postcodeDistrict: district,
      });
    }
  };
  selfContained('D', size.dispersed, 'dispersed');
  selfContained('M', size.secondStage, 'second_stage');
  selfContained('P', size.specialist, 'specialist');
  return units;
}

function stayNights(rng: Rng, type: Fields['type']): number {
  if (type === 'safe_place') return rng.int(3, 45);
  if (type === 'second_stage') return rng.int(120, 365);
  if (type === 'dispersed') return rng.weighted([[rng.int(30, 120), 3], [rng.int(121, 365), 5]] as const);
  return rng.weighted([[rng.int(7, 30), 1], [rng.int(31, 120), 3], [rng.int(121, 300), 4]] as const);
}

/** A small binary heap of units by the day they next become free. */
function heap<T extends { day: number; order: number }>() {
  const items: T[] = [];
  const less = (a: T, b: T) => a.day < b.day || (a.day === b.day && a.order < b.order);
  return {
    push(x: T) {
      items.push(x);
      let i = items.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!less(items[i]!, items[p]!)) break;
        [items[i], items[p]] = [items[p]!, items[i]!];
        i = p;
      }
    },
    pop(): T | undefined {
      if (items.length === 0) return undefined;
      const top = items[0]!;
      const last = items.pop()!;
      if (items.length) {
        items[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < items.length && less(items[l]!, items[m]!)) m = l;
          if (r < items.length && less(items[r]!, items[m]!)) m = r;
          if (m === i) break;
          [items[i], items[m]] = [items[m]!, items[i]!];
          i = m;
        }
      }
      return top;
    },
  };
}

/** An instant on a London date at a given hour. */
function at(date: string, hour: number, minute = 0): Date {
  return new Date(londonDayStart(date).getTime() + (hour * 60 + minute) * 60_000);
}

/**
 * Seeds units and their timeline. Call after the cases seed (it places the households on the
 * waiting list; pass seedCases' `acceptedToWaiting`, or leave it out to read the waiting list).
 */
export function seedUnits(
  ws: Workspace,
  opts: { rng: Rng; scale: 'small' | 'large'; today: Date; clock?: SeedClock; waiting?: readonly WaitingToPlace[] },
): SeededUnits {
  const clock = opts.clock ?? (ws.deps.clock as SeedClock);
  if (typeof clock.set !== 'function') throw new Error('seedUnits needs a settable clock (seed-demo’s SeedClock)');
  const { rng } = opts;
  const db = requireDb(ws);
  const todayDate = londonDate(opts.today);
  const today = dayNumber(todayDate);
  const size = UNIT_SCALES[opts.scale];
  const startDate = plusDays(todayDate, -size.years * 365);
  const result: SeededUnits = { units: 0, stays: 0, currentStays: 0, holds: 0, outOfService: 0, waitsEnded: 0 };

  // The estate, opened at the start of the history.
  clock.set(at(startDate, 9));
  const units = estate(rng, opts.scale, startDate).map((f) => {
    const u = saveUnit(ws, { id: null, ...f });
    result.units++;
    return { id: u.id, fields: f, facts: { id: u.id, ...f } as UnitFacts };
  });

  // The waiting households, oldest decision first, with what suitability needs to know.
  const waiting = (opts.waiting ?? waitingReferrals(db).map((r) => ({ referralId: r.id, householdId: r.household_id, decidedAt: r.decided_at ?? r.received_at })))
    .map((w) => ({ ...w, day: dayNumber(londonDate(w.decidedAt)), facts: householdFacts(db, w.householdId), placed: false }))
    .sort((a, b) => a.day - b.day || a.referralId - b.referralId);

  type Step = { at: number; run: () => void };
  const steps: Step[] = [];
  const free = heap<{ day: number; order: number; unit: (typeof units)[number] }>();
  units.forEach((unit, order) => free.push({ day: dayNumber(startDate) + rng.int(0, 20), order, unit }));
  const fits = (h: HouseholdFacts, u: UnitFacts) => fitReasons(assessUnit(h, u, [], { start: todayDate, end: null, householdId: null })).length === 0;
  let head = 0;

  for (let next = free.pop(); next; next = free.pop()) {
    const { unit } = next;
    const day = next.day;
    if (day >= today) continue;
    while (head < waiting.length && (waiting[head]!.placed || waiting[head]!.day < day - MAX_WAIT_DAYS)) head++;
    let chosen: (typeof waiting)[number] | null = null;
    for (let i = head; i < waiting.length && waiting[i]!.day <= day; i++) {
      const w = waiting[i]!;
      if (!w.placed && w.day >= day - MAX_WAIT_DAYS && fits(w.facts, unit.facts)) {
        chosen = w;
        break;
      }
    }
    if (!chosen) {
      free.push({ ...next, day: day + rng.int(1, 3) });
      continue;
    }
    chosen.placed = true;
    const arrive = dateOfDay(day);
    const leaveDay = day + stayNights(rng, unit.fields.type);
    const stay = { id: 0 };
    const household = chosen;
    const expected = leaveDay > today && rng.chance(0.5) ? dateOfDay(leaveDay) : null;
    steps.push({
      at: at(arrive, 15, rng.int(0, 59)).getTime(),
      run: () => {
        stay.id = confirmArrival(ws, { unitId: unit.id, householdId: household.householdId, referralId: household.referralId, startDate: arrive, expectedEndDate: expected, note: '', override: null }).id;
        result.stays++;
      },
    });
    if (leaveDay >= today) {
      result.currentStays++;
      continue;
    }
    const leave = dateOfDay(leaveDay);
    steps.push({ at: at(leave, 10).getTime(), run: () => void endStay(ws, { stayId: stay.id, endDate: leave, reason: rng.pick(['Planned move-on', 'Moved to settled housing', 'Left without notice', 'Moved to family']) }) });
    const repair = rng.chance(0.05);
    const outNights = repair ? rng.int(5, 20) : rng.int(1, 3);
    const back = dateOfDay(Math.min(leaveDay + outNights, today + 2));
    steps.push({
      at: at(leave, 10, 5).getTime(),
      run: () => {
        setOutOfService(ws, { unitId: unit.id, reason: repair ? 'repair' : 'cleaning', startDate: leave, endDate: back, note: repair ? 'Repairs after move-out' : 'Turnaround clean' });
        result.outOfService++;
      },
    });
    free.push({ ...next, day: dayNumber(back) });
  }

  // Households that waited too long in the demo were referred on (so the waiting list stays real).
  for (const w of waiting) {
    if (w.placed || w.day >= today - MAX_WAIT_DAYS) continue;
    const ended = at(dateOfDay(w.day + MAX_WAIT_DAYS), 12).getTime();
    steps.push({
      at: ended,
      run: () => {
        endWaiting(db, w.referralId, new Date(ended).toISOString(), 'referred on: no suitable unit became free');
        audit(ws, { action: 'waiting-list.end', entity: 'referral', entityId: w.referralId, detail: 'referred on: no suitable unit became free' });
        result.waitsEnded++;
      },
    });
  }

  steps.sort((a, b) => a.at - b.at);
  for (const s of steps) {
    clock.set(new Date(s.at));
    s.run();
  }

  // Tonight: holds for a few waiting households, a unit under repair, and a planned repair.
  clock.set(new Date(opts.today.getTime() - 3600_000));
  const occupiedTonight = new Set((db.prepare("SELECT unit_id FROM unit_stays WHERE status = 'active' AND (end_date IS NULL OR end_date > ?)").all(todayDate) as { unit_id: number }[]).map((r) => r.unit_id));
  const busy = new Set((db.prepare("SELECT unit_id FROM unit_out_of_service WHERE status = 'active' AND (end_date IS NULL OR end_date > ?)").all(todayDate) as { unit_id: number }[]).map((r) => r.unit_id));
  const freeUnits = units.filter((u) => !occupiedTonight.has(u.id) && !busy.has(u.id));
  const stillWaiting = waiting.filter((w) => !w.placed && w.day >= today - MAX_WAIT_DAYS).reverse();
  const holdCount = opts.scale === 'large' ? 3 : 2;
  for (const w of stillWaiting) {
    if (result.holds >= holdCount) break;
    const unit = freeUnits.find((u) => fits(w.facts, u.facts));
    if (!unit) continue;
    freeUnits.splice(freeUnits.indexOf(unit), 1);
    const expires = new Date(opts.today.getTime() + rng.int(4, 20) * 3600_000).toISOString();
    holdUnit(ws, { unitId: unit.id, householdId: w.householdId, referralId: w.referralId, startDate: todayDate, endDate: null, expiresAt: expires, note: 'Expected tonight', override: null });
    result.holds++;
  }
  const repairNow = freeUnits.shift();
  if (repairNow) {
    setOutOfService(ws, { unitId: repairNow.id, reason: 'repair', startDate: todayDate, endDate: plusDays(todayDate, rng.int(2, 6)), note: 'Boiler repair' });
    result.outOfService++;
  }
  const later = freeUnits.shift();
  if (later) {
    const from = plusDays(todayDate, rng.int(7, 14));
    setOutOfService(ws, { unitId: later.id, reason: 'void', startDate: from, endDate: plusDays(from, rng.int(3, 10)), note: 'Redecoration' });
    result.outOfService++;
  }
  clock.set(opts.today);
  return result;
}
