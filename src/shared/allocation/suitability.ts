import { ageOn, birthdayAt, type AgeFacts } from './ages';
import { firstCoveringArea } from './areas';
import { plusDays, rangesOverlap, shortDay, type NightRange } from './nights';
import type { AllocationNeeds } from './schemas/needs.schema';
import { londonShortInstant } from './instants';
import { OutOfServiceReason, type OutOfServiceReasonCode, type SingleSexCode, type UnitTypeCode } from './vocab.allocation';

/*
 * Whether a unit suits a household for a range of nights: a pure function, so the board, the
 * service (which re-checks inside the transaction that books the unit) and the tests all use
 * the same rules. It returns EVERY reason, never just the first: a manager at 3 a.m. deciding
 * whether to override needs to see all of them.
 *
 * Two kinds of reason:
 * - fit (the setting's sex, size, a boy's age, access, a pet, an area to avoid): a manager may
 *   override these with a written justification;
 * - availability (out of service, occupied, held for someone else): never overridable, because
 *   overriding them would be a double booking.
 * Cautions are things to check that do not make the unit unsuitable (an age or sex not recorded).
 */

/** What suitability needs to know about a unit. */
export interface UnitFacts {
  id: number;
  code: string;
  type: UnitTypeCode;
  singleSex: SingleSexCode;
  bedrooms: number;
  maxOccupants: number;
  maxChildren: number;
  /** The oldest boy accepted, in years; null = any age. */
  oldestBoy: number | null;
  wheelchair: boolean;
  stepFree: boolean;
  floor: number;
  pets: boolean;
  locality: string;
  postcodeDistrict: string;
}

/** A child who would move in with the adult. */
export interface ChildFacts extends AgeFacts {
  sex: string;
}

/** What suitability needs to know about a household. */
export interface HouseholdFacts {
  /** The adult's recorded sex: female, male, prefer_not_to_say or not_known. */
  adultSex: string;
  /** Children who would move in (not those living elsewhere). */
  children: ChildFacts[];
  needs: AllocationNeeds;
  /** Areas recorded against the perpetrators. */
  perpetratorAreas: string[];
}

/** A period on a unit's timeline that can make it unavailable (holds: active ones only). */
export interface PeriodFacts extends NightRange {
  kind: 'stay' | 'hold' | 'out_of_service';
  householdId: number | null;
  reason?: OutOfServiceReasonCode | null;
  /** For holds: when the hold lapses (UTC ISO). */
  expiresAt?: string | null;
}

/** The nights asked for, and for whom. */
export interface StayRequest extends NightRange {
  /** The household asking: its own hold on the unit does not make the unit unavailable to it. */
  householdId: number | null;
}

/** Why a unit does not suit. */
export type ReasonCode =
  | 'setting_women_only'
  | 'setting_men_only'
  | 'boy_too_old'
  | 'too_many_people'
  | 'too_many_children'
  | 'wheelchair'
  | 'step_free'
  | 'floor'
  | 'pets'
  | 'avoid_area'
  | 'out_of_service'
  | 'occupied'
  | 'held';

/** One reason a unit does not suit. */
export interface Reason {
  code: ReasonCode;
  /** Plain English, lower-case first letter so it reads inside a sentence or a list. */
  text: string;
  /** True for availability reasons, which no override can set aside. */
  availability: boolean;
}

/** The verdict on one unit. */
export interface Assessment {
  unitId: number;
  suitable: boolean;
  /** No availability reason (so a manager could override the fit reasons). */
  available: boolean;
  reasons: Reason[];
  cautions: string[];
  /** The household asking already holds this unit for these nights. */
  heldForHousehold: boolean;
}

/** How long a stay is assumed to last when no end is given, for "turns 13 during the stay" checks. */
export const ASSUMED_STAY_NIGHTS = 182;

const SETTING_WORDS: Record<'women_only' | 'men_only', string> = { women_only: 'women-only', men_only: 'men-only' };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function floorName(floor: number): string {
  if (floor === 0) return 'the ground floor';
  if (floor < 0) return 'below ground';
  return `floor ${floor}`;
}

/** People who would live in the unit: the adult and the children moving in. */
export function peopleCount(h: HouseholdFacts): number {
  return 1 + h.children.length;
}

function settingReasons(h: HouseholdFacts, u: UnitFacts, reasons: Reason[], cautions: string[]): void {
  if (u.singleSex === 'none') return;
  const words = SETTING_WORDS[u.singleSex];
  const wrongSex = u.singleSex === 'women_only' ? 'male' : 'female';
  if (h.adultSex === wrongSex) {
    reasons.push({ code: u.singleSex === 'women_only' ? 'setting_women_only' : 'setting_men_only', text: `${words} setting`, availability: false });
  } else if (h.adultSex !== 'female' && h.adultSex !== 'male') {
    cautions.push(`the adult’s sex is not recorded: this is a ${words} setting`);
  }
}

function boyReasons(h: HouseholdFacts, u: UnitFacts, req: NightRange, reasons: Reason[], cautions: string[]): void {
  if (u.oldestBoy === null) return;
  const limit = u.oldestBoy;
  const stayEnd = req.end ?? plusDays(req.start, ASSUMED_STAY_NIGHTS);
  for (const c of h.children) {
    const age = ageOn(c, req.start);
    if (c.sex === 'male') {
      if (!age) {
        cautions.push(`a boy’s age is not recorded: this unit accepts boys up to ${limit}`);
      } else if (age.min > limit) {
        reasons.push({ code: 'boy_too_old', text: `a boy aged ${age.min} is older than this unit accepts (${limit})`, availability: false });
      } else if (age.max > limit) {
        cautions.push(`a boy recorded as ${age.min} may be ${age.max} by now: check his date of birth (this unit accepts boys up to ${limit})`);
      } else if (c.dateOfBirth) {
        const turns = birthdayAt(c.dateOfBirth, limit + 1);
        if (turns > req.start && turns < stayEnd) {
          cautions.push(`a boy turns ${limit + 1} on ${shortDay(turns)}, during the expected stay (this unit accepts boys up to ${limit})`);
        }
      }
    } else if (c.sex !== 'female' && age && age.max > limit) {
      cautions.push(`a child aged ${age.min} whose sex is not recorded: this unit accepts boys up to ${limit}`);
    }
  }
}

function sizeReasons(h: HouseholdFacts, u: UnitFacts, reasons: Reason[]): void {
  const people = peopleCount(h);
  if (people > u.maxOccupants) {
    reasons.push({ code: 'too_many_people', text: `${people} people, the unit takes ${u.maxOccupants}`, availability: false });
  }
  const children = h.children.length;
  if (children > u.maxChildren) {
    const text = u.maxChildren === 0 ? 'the unit takes no children' : `${plural(children, 'child', 'children')}, the unit takes ${u.maxChildren}`;
    reasons.push({ code: 'too_many_children', text, availability: false });
  }
}

function accessReasons(h: HouseholdFacts, u: UnitFacts, reasons: Reason[]): void {
  const n = h.needs;
  if (n.wheelchair && !u.wheelchair) reasons.push({ code: 'wheelchair', text: 'needs wheelchair access', availability: false });
  if ((n.stepFree || n.wheelchair) && !u.stepFree) reasons.push({ code: 'step_free', text: 'needs step-free access', availability: false });
  if (n.maxFloor !== null && u.floor > n.maxFloor) {
    const need = n.maxFloor === 0 ? 'needs a ground-floor unit' : `needs floor ${n.maxFloor} or lower`;
    reasons.push({ code: 'floor', text: `${need} (this one is on ${floorName(u.floor)})`, availability: false });
  }
  if (n.pets && !u.pets) reasons.push({ code: 'pets', text: 'has a pet; the unit does not allow pets', availability: false });
}

function areaReasons(h: HouseholdFacts, u: UnitFacts, reasons: Reason[]): void {
  const area = firstCoveringArea([...h.perpetratorAreas, ...h.needs.avoidAreas], u);
  if (area !== null) reasons.push({ code: 'avoid_area', text: `the unit is in an area the household must avoid (${area})`, availability: false });
}

function describePeriod(p: PeriodFacts, req: NightRange): Reason {
  const from = p.start > req.start ? ` from ${shortDay(p.start)}` : '';
  const until = p.end ? ` until ${shortDay(p.end)}` : ' (no end date)';
  if (p.kind === 'out_of_service') {
    const why = p.reason ? ` (${OutOfServiceReason.labels[p.reason].toLowerCase()})` : '';
    return { code: 'out_of_service', text: `out of service${why}${from}${until}`, availability: true };
  }
  if (p.kind === 'stay') return { code: 'occupied', text: `occupied${from}${until}`, availability: true };
  const lapses = p.expiresAt ? `; the hold lapses ${londonShortInstant(p.expiresAt)}` : '';
  return { code: 'held', text: `held for another household${from}${lapses}`, availability: true };
}

function availabilityReasons(periods: readonly PeriodFacts[], req: StayRequest, reasons: Reason[]): boolean {
  let heldForHousehold = false;
  for (const p of periods) {
    if (!rangesOverlap(p, req)) continue;
    if (p.kind === 'hold' && req.householdId !== null && p.householdId === req.householdId) {
      heldForHousehold = true;
      continue;
    }
    reasons.push(describePeriod(p, req));
  }
  return heldForHousehold;
}

/** Whether `unit` suits `household` for the nights asked, with every reason if not. */
export function assessUnit(household: HouseholdFacts, unit: UnitFacts, periods: readonly PeriodFacts[], req: StayRequest): Assessment {
  const reasons: Reason[] = [];
  const cautions: string[] = [];
  settingReasons(household, unit, reasons, cautions);
  boyReasons(household, unit, req, reasons, cautions);
  sizeReasons(household, unit, reasons);
  accessReasons(household, unit, reasons);
  areaReasons(household, unit, reasons);
  const heldForHousehold = availabilityReasons(periods, req, reasons);
  return {
    unitId: unit.id,
    suitable: reasons.length === 0,
    available: reasons.every((r) => !r.availability),
    reasons,
    cautions,
    heldForHousehold,
  };
}

/** The fit reasons only (those an override may set aside). */
export function fitReasons(a: Assessment): Reason[] {
  return a.reasons.filter((r) => !r.availability);
}
