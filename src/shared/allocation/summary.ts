import { ageOn } from './ages';
import type { HouseholdFacts } from './suitability';

const ADULT: Record<string, string> = { female: 'woman', male: 'man' };

function childWord(sex: string): string {
  if (sex === 'male') return 'boy';
  if (sex === 'female') return 'girl';
  return 'child';
}

/**
 * A household in a few words for the board: "Woman, boy 14, girl 9", "Adult (sex not recorded),
 * child (age not recorded)". Ages are on `date`; "about 12" when only an age was recorded earlier.
 */
export function householdSummary(h: Pick<HouseholdFacts, 'adultSex' | 'children'>, date: string): string {
  const adult = ADULT[h.adultSex] ? ADULT[h.adultSex]![0]!.toUpperCase() + ADULT[h.adultSex]!.slice(1) : 'Adult (sex not recorded)';
  const children = [...h.children]
    .map((c) => ({ c, age: ageOn(c, date) }))
    .sort((a, b) => (b.age?.min ?? -1) - (a.age?.min ?? -1))
    .map(({ c, age }) => {
      if (!age) return `${childWord(c.sex)} (age not recorded)`;
      return `${childWord(c.sex)} ${age.exact ? '' : 'about '}${age.min}`;
    });
  return [adult, ...children].join(', ');
}
