import { NO_NEEDS, type AllocationNeeds } from '../../../src/shared/allocation/schemas/needs.schema';
import type { ChildFacts, HouseholdFacts, PeriodFacts, StayRequest, UnitFacts } from '../../../src/shared/allocation/suitability';

/** A self-contained two-bedroom flat that suits most families. */
export function unit(overrides: Partial<UnitFacts> = {}): UnitFacts {
  return {
    id: 1,
    code: 'D1',
    type: 'dispersed',
    singleSex: 'none',
    bedrooms: 2,
    maxOccupants: 4,
    maxChildren: 3,
    oldestBoy: null,
    wheelchair: false,
    stepFree: false,
    floor: 0,
    pets: false,
    locality: 'Armley',
    postcodeDistrict: 'LS12',
    ...overrides,
  };
}

/** A women-only refuge room taking boys up to 12. */
export function refugeRoom(overrides: Partial<UnitFacts> = {}): UnitFacts {
  return unit({ id: 2, code: 'R1', type: 'refuge', singleSex: 'women_only', bedrooms: 1, maxOccupants: 3, maxChildren: 2, oldestBoy: 12, locality: 'Headingley', postcodeDistrict: 'LS6', ...overrides });
}

/** A child with a date of birth. */
export function child(sex: string, dateOfBirth: string | null, ageYears: number | null = null, ageRecordedOn: string | null = null): ChildFacts {
  return { sex, dateOfBirth, ageYears, ageRecordedOn };
}

/** A woman alone, with no special needs. */
export function household(overrides: Partial<Omit<HouseholdFacts, 'needs'>> & { needs?: Partial<AllocationNeeds> } = {}): HouseholdFacts {
  return { adultSex: 'female', children: [], perpetratorAreas: [], ...overrides, needs: { ...NO_NEEDS, ...overrides.needs } };
}

/** Tonight, open-ended, for household 100. */
export const TONIGHT: StayRequest = { start: '2026-11-20', end: null, householdId: 100 };

/** A period on a unit's timeline. */
export function period(kind: PeriodFacts['kind'], start: string, end: string | null, extra: Partial<PeriodFacts> = {}): PeriodFacts {
  return { kind, start, end, householdId: kind === 'out_of_service' ? null : 200, ...extra };
}
