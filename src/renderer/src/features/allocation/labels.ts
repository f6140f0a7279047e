import { SingleSex, UnitType } from '../../../../shared/allocation/vocab.allocation';
import type { BoardUnit } from '../../../../shared/allocation/schemas/board.schema';
import { boysText } from '../../../../shared/allocation/vacancies';

/*
 * How units and their states read on screen. Colours carry meaning only together with words
 * (a badge always says "Free", "Occupied"…), so nothing depends on telling colours apart.
 */

/**
 * Badge colours dark enough for white text at 4.5:1 or better in both schemes (Mantine's filled
 * green and orange are not).
 */
export const BADGE = {
  green: '#1b5e20',
  blue: '#1864ab',
  orange: '#8f4300',
  red: '#a61e2d',
  gray: '#495057',
} as const;

/** Night status → badge colour and words. */
export const NIGHT_BADGE: Record<BoardUnit['tonight'], { color: string; label: string }> = {
  free: { color: BADGE.green, label: 'Free tonight' },
  occupied: { color: BADGE.blue, label: 'Occupied' },
  held: { color: BADGE.orange, label: 'Held' },
  out_of_service: { color: BADGE.gray, label: 'Out of service' },
  closed: { color: BADGE.gray, label: 'Not open' },
};

/** "Refuge · Women only". */
export function unitKind(u: Pick<BoardUnit, 'type' | 'singleSex'>): string {
  return `${UnitType.labels[u.type]} · ${SingleSex.labels[u.singleSex]}`;
}

/** "2 bed · up to 4 people, 3 children · boys up to 12 · step-free · pets". */
export function unitCapacity(u: Pick<BoardUnit, 'bedrooms' | 'maxOccupants' | 'maxChildren' | 'oldestBoy' | 'wheelchair' | 'stepFree' | 'floor' | 'pets'>): string {
  const parts = [
    `${u.bedrooms} bed`,
    `${u.maxOccupants} ${u.maxOccupants === 1 ? 'person' : 'people'}`,
    u.maxChildren === 0 ? 'no children' : boysText(u).toLowerCase(),
  ];
  if (u.wheelchair) parts.push('wheelchair');
  else if (u.stepFree) parts.push('step-free');
  else parts.push(u.floor === 0 ? 'ground floor' : `floor ${u.floor}`);
  if (u.pets) parts.push('pets');
  return parts.join(' · ');
}

/** Capitalises the first letter (reasons are written to sit inside a sentence). */
export function sentenceCase(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
