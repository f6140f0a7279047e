import { coversNight, OPEN_END } from './nights';
import type { PeriodFacts } from './suitability';
import type { NightStatusCode } from './vocab.allocation';

/*
 * What a unit is doing on one night, from its timeline. Holds passed in must be active ones
 * (not cancelled, converted or lapsed): the caller decides that with the clock.
 */

/** A unit's life in the service. */
export interface UnitLife {
  openedOn: string;
  closedOn: string | null;
}

/** The unit's state on the night of `date`. */
export function nightStatus(unit: UnitLife, periods: readonly PeriodFacts[], date: string): NightStatusCode {
  if (date < unit.openedOn || date >= (unit.closedOn ?? OPEN_END)) return 'closed';
  let held = false;
  for (const p of periods) {
    if (!coversNight(p, date)) continue;
    if (p.kind === 'stay') return 'occupied';
    if (p.kind === 'out_of_service') return 'out_of_service';
    held = true;
  }
  return held ? 'held' : 'free';
}

/**
 * The morning a unit that is free on `date` stops being free (the next stay, hold or
 * out-of-service period, or the unit closing); null when nothing is booked.
 */
export function freeUntil(unit: UnitLife, periods: readonly PeriodFacts[], date: string): string | null {
  let next = unit.closedOn ?? OPEN_END;
  for (const p of periods) if (p.start > date && p.start < next) next = p.start;
  return next === OPEN_END ? null : next;
}
