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

/** Facts for many households at once: three queries however many there are (for the board's lists). */
export function householdFactsMany(db: Sqlite, householdIds: readonly number[]): Map<number, HouseholdFacts> {
  const ids = JSON.stringify([...new Set(householdIds)]);
  const out = new Map<number, HouseholdFacts>();
  for (const id of new Set(householdIds)) out.set(id, { adultSex: 'not_known', children: [], needs: NO_NEEDS, perpetratorAreas: [] });
  if (out.size === 0) return out;
  const people = db
    .prepare(
      `SELECT household_id, kind, sex, date_of_birth, age_years, age_recorded_on, with_adult FROM people
       WHERE household_id IN (SELECT value FROM json_each(?)) AND removed_at IS NULL ORDER BY household_id, coalesce(date_of_birth, ''), id`,
    )
    .all(ids) as { household_id: number; kind: string; sex: string; date_of_birth: string | null; age_years: number | null; age_recorded_on: string | null; with_adult: number }[];
  for (const p of people) {
    const f = out.get(p.household_id)!;
    if (p.kind === 'adult') f.adultSex = p.sex;
    else if (p.with_adult === 1) f.children.push({ sex: p.sex, dateOfBirth: p.date_of_birth, ageYears: p.age_years, ageRecordedOn: p.age_recorded_on });
  }
  const areas = db.prepare('SELECT household_id, avoid_areas FROM perpetrators WHERE household_id IN (SELECT value FROM json_each(?))').all(ids) as { household_id: number; avoid_areas: string }[];
  for (const a of areas) out.get(a.household_id)!.perpetratorAreas.push(...jsonArray(a.avoid_areas));
  // Few households have recorded needs: read only theirs.
  const withNeeds = db.prepare('SELECT household_id FROM household_needs WHERE household_id IN (SELECT value FROM json_each(?))').all(ids) as { household_id: number }[];
  for (const { household_id } of withNeeds) out.get(household_id)!.needs = getNeeds(db, household_id)!.needs;
  return out;
}

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
