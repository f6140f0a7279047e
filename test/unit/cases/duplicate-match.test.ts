import { describe, expect, it } from 'vitest';
import { duplicateMatches, sameAlias, sameNameAndDateOfBirth, type DuplicateCandidate } from '../../../src/shared/cases/duplicate-match';

/*
 * Possible returning person: which earlier adults the intake offers to link to. The candidate
 * fetch is SQL in people.repo.ts (covered through the router in test/integration/cases/intake.test.ts);
 * these are the comparisons themselves.
 */

const adult = (householdId: number, name: string, dateOfBirth: string | null, alias = ''): DuplicateCandidate => ({ householdId, name, alias, dateOfBirth });
const ask = (q: Partial<{ name: string; alias: string; dateOfBirth: string | null }>) => ({ name: '', alias: '', dateOfBirth: null, ...q });

describe('matching on name and date of birth', () => {
  it('ignores case, accents and extra spaces in the name', () => {
    const earlier = adult(1, 'Zoë  Ångström', '1990-04-02');
    expect(sameNameAndDateOfBirth(ask({ name: 'zoe angstrom', dateOfBirth: '1990-04-02' }), earlier)).toBe(true);
    expect(sameNameAndDateOfBirth(ask({ name: ' ZOË ÅNGSTRÖM ', dateOfBirth: '1990-04-02' }), earlier)).toBe(true);
    expect(sameNameAndDateOfBirth(ask({ name: 'Siobhán O’Neill', dateOfBirth: '1990-04-02' }), adult(2, 'siobhan o’neill', '1990-04-02'))).toBe(true);
  });

  it('keeps names in other scripts exact apart from case', () => {
    expect(sameNameAndDateOfBirth(ask({ name: 'فاطمة الزهراء', dateOfBirth: '1985-01-01' }), adult(1, 'فاطمة الزهراء', '1985-01-01'))).toBe(true);
    expect(sameNameAndDateOfBirth(ask({ name: '王秀英', dateOfBirth: '1985-01-01' }), adult(1, '王秀兰', '1985-01-01'))).toBe(false);
  });

  it('does not match when the date of birth differs, or when no date of birth was given', () => {
    const earlier = adult(1, 'Amira Haddad', '1990-04-02');
    expect(sameNameAndDateOfBirth(ask({ name: 'Amira Haddad', dateOfBirth: '1991-04-02' }), earlier)).toBe(false);
    expect(sameNameAndDateOfBirth(ask({ name: 'Amira Haddad', dateOfBirth: null }), earlier)).toBe(false);
    expect(sameNameAndDateOfBirth(ask({ name: 'Amira Haddad', dateOfBirth: '1990-04-02' }), adult(2, 'Amira Haddad', null))).toBe(false);
  });

  it('does not match a different name born the same day, nor a blank name', () => {
    expect(sameNameAndDateOfBirth(ask({ name: 'Amira Hadad', dateOfBirth: '1990-04-02' }), adult(1, 'Amira Haddad', '1990-04-02'))).toBe(false);
    expect(sameNameAndDateOfBirth(ask({ name: '  ', dateOfBirth: '1990-04-02' }), adult(1, '', '1990-04-02'))).toBe(false);
  });
});

describe('matching on alias', () => {
  it('matches the same alias whatever its case and accents, with no date of birth needed', () => {
    expect(sameAlias(ask({ alias: 'blue' }), adult(1, 'Someone', null, 'Blue'))).toBe(true);
    expect(sameAlias(ask({ alias: 'Rosé ' }), adult(1, 'Someone', '1980-01-01', 'ROSE'))).toBe(true);
  });

  it('needs the whole alias, and never matches two blank aliases', () => {
    expect(sameAlias(ask({ alias: 'Blue' }), adult(1, 'Someone', null, 'Bluebell'))).toBe(false);
    expect(sameAlias(ask({ alias: '' }), adult(1, 'Someone', null, ''))).toBe(false);
  });

  it('does not compare a typed alias with an earlier name', () => {
    expect(sameAlias(ask({ alias: 'Amira' }), adult(1, 'Amira', null))).toBe(false);
  });
});

describe('the matches offered', () => {
  it('lists each household once, preferring the name-and-date match, names before aliases, in the order read', () => {
    const q = ask({ name: 'Zoe Bronte', dateOfBirth: '1992-03-04', alias: 'Sunflower' });
    const both = adult(3, 'Zoë Brontë', '1992-03-04', 'sunflower');
    const byName = adult(7, 'ZOE BRONTE', '1992-03-04');
    const byAlias = adult(5, 'Other Name', '1970-01-01', 'SUNFLOWER');
    const neither = adult(9, 'Not Her', '1992-03-04', 'Daisy');
    const matches = duplicateMatches(q, { sameDateOfBirth: [both, byName, neither], withAlias: [byAlias, both, neither] });
    expect(matches).toEqual([
      { householdId: 3, matchedOn: 'name_and_date_of_birth' },
      { householdId: 7, matchedOn: 'name_and_date_of_birth' },
      { householdId: 5, matchedOn: 'alias' },
    ]);
  });

  it('offers nothing when nothing matches', () => {
    const q = ask({ name: 'Amira Haddad', dateOfBirth: '1990-04-02' });
    expect(duplicateMatches(q, { sameDateOfBirth: [adult(1, 'Someone Else', '1990-04-02')], withAlias: [] })).toEqual([]);
    expect(duplicateMatches(ask({}), { sameDateOfBirth: [adult(1, '', null)], withAlias: [adult(2, '', null, 'x')] })).toEqual([]);
  });

  it('rechecks the date of birth rather than trusting the fetch', () => {
    const q = ask({ name: 'Amira Haddad', dateOfBirth: '1990-04-02' });
    expect(duplicateMatches(q, { sameDateOfBirth: [adult(1, 'Amira Haddad', '1990-04-03')], withAlias: [] })).toEqual([]);
  });
});
