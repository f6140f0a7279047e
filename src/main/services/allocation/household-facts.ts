import { NO_NEEDS } from '../../../shared/allocation/schemas/needs.schema';
import type { HouseholdFacts } from '../../../shared/allocation/suitability';
import type { Sqlite } from '../../db/connection';
import { getNeeds } from '../../db/repos/allocation/needs.repo';
import { jsonArray } from '../../db/repos/cases/json-columns';
import { peopleOf } from '../../db/repos/cases/people.repo';
import { perpetratorsOf } from '../../db/repos/cases/perpetrators.repo';

/*
 * What suitability needs to know about a household, read from the case record (the adult's sex,
 * the children moving in with their ages and sexes, the perpetrators' areas) and from the
 * household's allocation needs. Callers check the case may be opened first (openCase).
 */

/** The household's facts for suitability. */
export function householdFacts(db: Sqlite, householdId: number): HouseholdFacts {
  const people = peopleOf(db, householdId);
  const adult = people.find((p) => p.kind === 'adult');
  const children = people
    .filter((p) => p.kind === 'child' && p.with_adult === 1)
    .map((c) => ({ sex: c.sex, dateOfBirth: c.date_of_birth, ageYears: c.age_years, ageRecordedOn: c.age_recorded_on }));
  const perpetratorAreas = perpetratorsOf(db, householdId).flatMap((p) => jsonArray(p.avoid_areas));
  return {
    adultSex: adult?.sex ?? 'not_known',
    children,
    needs: getNeeds(db, householdId)?.needs ?? NO_NEEDS,
    perpetratorAreas,
  };
}
