import { firstCoveringArea } from './areas';
import { assessUnit, peopleCount, type Assessment, type HouseholdFacts, type PeriodFacts, type StayRequest, type UnitFacts } from './suitability';

/*
 * The order the board offers units in for one household. Suitable units come first, then units
 * that are free but unsuitable (a manager could override), then units that are not available.
 *
 * Among suitable units (each step only breaks ties left by the one before):
 *   1. a unit this household already holds for these nights;
 *   2. the closest fit in size: fewest spare places (most people it takes − people in the household);
 *   3. fewest spare places for children;
 *   4. fewest bedrooms (a large unit stays free for a large family);
 *   5. in one of the household's preferred areas;
 *   6. fewest access features the household does not need (wheelchair-accessible, step-free),
 *      so accessible units stay free for those who need them;
 *   7. the unit code, in natural order ("R2" before "R10").
 * Among unsuitable units: fewest reasons, then the code.
 */

/** One unit in the ranked list. */
export interface RankedUnit extends Assessment {
  /** 1 for the best suitable unit; unsuitable units are ranked after every suitable one. */
  rank: number;
  /** Spare places if the household moved in (negative when too small). */
  sparePlaces: number;
  inPreferredArea: boolean;
}

const codeOrder = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function group(a: Assessment): number {
  if (a.suitable) return 0;
  return a.available ? 1 : 2;
}

function unneededAccess(h: HouseholdFacts, u: UnitFacts): number {
  let n = 0;
  if (u.wheelchair && !h.needs.wheelchair) n += 1;
  if (u.stepFree && !h.needs.stepFree && !h.needs.wheelchair) n += 1;
  return n;
}

/** The sort key steps, as documented above; exported so tests can state the order precisely. */
export function compareUnits(h: HouseholdFacts, a: { unit: UnitFacts; assessment: Assessment; preferred: boolean }, b: typeof a): number {
  const ga = group(a.assessment);
  const gb = group(b.assessment);
  if (ga !== gb) return ga - gb;
  if (ga === 0) {
    const people = peopleCount(h);
    const children = h.children.length;
    return (
      Number(b.assessment.heldForHousehold) - Number(a.assessment.heldForHousehold) ||
      a.unit.maxOccupants - people - (b.unit.maxOccupants - people) ||
      a.unit.maxChildren - children - (b.unit.maxChildren - children) ||
      a.unit.bedrooms - b.unit.bedrooms ||
      Number(b.preferred) - Number(a.preferred) ||
      unneededAccess(h, a.unit) - unneededAccess(h, b.unit) ||
      codeOrder.compare(a.unit.code, b.unit.code) ||
      a.unit.id - b.unit.id
    );
  }
  return a.assessment.reasons.length - b.assessment.reasons.length || codeOrder.compare(a.unit.code, b.unit.code) || a.unit.id - b.unit.id;
}

/**
 * Assesses every unit for the household and ranks them. `periodsByUnit` holds each unit's stays,
 * active holds and out-of-service periods (a unit with none may be missing from the map).
 */
export function rankUnits(
  household: HouseholdFacts,
  units: readonly UnitFacts[],
  periodsByUnit: ReadonlyMap<number, readonly PeriodFacts[]>,
  req: StayRequest,
): RankedUnit[] {
  const people = peopleCount(household);
  const rows = units.map((unit) => ({
    unit,
    assessment: assessUnit(household, unit, periodsByUnit.get(unit.id) ?? [], req),
    preferred: household.needs.preferredAreas.length > 0 && firstCoveringArea(household.needs.preferredAreas, unit) !== null,
  }));
  rows.sort((a, b) => compareUnits(household, a, b));
  return rows.map((r, i) => ({ ...r.assessment, rank: i + 1, sparePlaces: r.unit.maxOccupants - people, inPreferredArea: r.preferred }));
}
