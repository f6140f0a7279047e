import { freeUntil, nightStatus, type UnitLife } from './availability';
import { shortDay } from './nights';
import type { Vacancy } from './schemas/vacancy.schema';
import type { PeriodFacts, UnitFacts } from './suitability';
import { SingleSex, UnitType } from './vocab.allocation';

/*
 * The vacancy list: units free on a night, described by what they are and whom they can take,
 * never where they are. The same columns feed the screen, the clipboard and the CLI.
 */

/** The units free on `date`, in code order. */
export function vacanciesOn(
  units: readonly (UnitFacts & UnitLife)[],
  periodsByUnit: ReadonlyMap<number, readonly PeriodFacts[]>,
  date: string,
): Vacancy[] {
  const collator = new Intl.Collator('en-GB', { numeric: true });
  return units
    .filter((u) => nightStatus(u, periodsByUnit.get(u.id) ?? [], date) === 'free')
    .sort((a, b) => collator.compare(a.code, b.code))
    .map((u) => ({
      unitId: u.id,
      code: u.code,
      type: u.type,
      singleSex: u.singleSex,
      bedrooms: u.bedrooms,
      maxOccupants: u.maxOccupants,
      maxChildren: u.maxChildren,
      oldestBoy: u.oldestBoy,
      wheelchair: u.wheelchair,
      stepFree: u.stepFree,
      floor: u.floor,
      pets: u.pets,
      freeUntil: freeUntil(u, periodsByUnit.get(u.id) ?? [], date),
    }));
}

/** "Boys up to 12", "Boys of any age", "No children". */
export function boysText(v: Pick<Vacancy, 'maxChildren' | 'oldestBoy'>): string {
  if (v.maxChildren === 0) return 'No children';
  return v.oldestBoy === null ? 'Boys of any age' : `Boys up to ${v.oldestBoy}`;
}

/** "Wheelchair accessible", "Step-free", "Ground floor", "Floor 2, stairs". */
export function accessText(v: Pick<Vacancy, 'wheelchair' | 'stepFree' | 'floor'>): string {
  const floor = v.floor === 0 ? 'ground floor' : v.floor < 0 ? 'below ground' : `floor ${v.floor}`;
  if (v.wheelchair) return `Wheelchair accessible, ${floor}`;
  if (v.stepFree) return `Step-free, ${floor}`;
  return `Not step-free, ${floor}`;
}

/** The columns of a vacancy, in order, as the directory, the CSV and the clipboard show them. */
export const VACANCY_COLUMNS: readonly { header: string; value(v: Vacancy): string | number }[] = [
  { header: 'Ref', value: (v) => v.code },
  { header: 'Type', value: (v) => UnitType.labels[v.type] },
  { header: 'Setting', value: (v) => SingleSex.labels[v.singleSex] },
  { header: 'Bedrooms', value: (v) => v.bedrooms },
  { header: 'Most people', value: (v) => v.maxOccupants },
  { header: 'Most children', value: (v) => v.maxChildren },
  { header: 'Boys accepted', value: (v) => boysText(v) },
  { header: 'Access', value: (v) => accessText(v) },
  { header: 'Pets', value: (v) => (v.pets ? 'Pets allowed' : 'No pets') },
  { header: 'Free until', value: (v) => (v.freeUntil ? shortDay(v.freeUntil) : 'Open') },
];

/** Plain text for the clipboard: one line per vacancy, ready to paste into a directory form or an email. */
export function vacancyText(date: string, vacancies: readonly Vacancy[]): string {
  const head = `Vacancies for the night of ${shortDay(date)}: ${vacancies.length}`;
  const lines = vacancies.map((v) =>
    VACANCY_COLUMNS.filter((c) => c.header !== 'Ref')
      .map((c) => `${c.header}: ${c.value(v)}`)
      .join('; '),
  );
  return [head, ...lines].join('\n');
}
