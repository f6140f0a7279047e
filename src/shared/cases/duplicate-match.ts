import { searchKey } from './display';

/*
 * Possible returning person: the comparison behind "this may be someone already known". The
 * repository fetches the candidates (adults born on the date asked about, adults with an alias);
 * these rules decide which of them match, so the rule can be tested without a database.
 */

/** How an earlier record matched. */
export type MatchedOn = 'name_and_date_of_birth' | 'alias';

/** What the worker typed: a name and date of birth, or an alias. */
export interface DuplicateQuery {
  name: string;
  alias: string;
  dateOfBirth: string | null;
}

/** An earlier household's adult, as fetched for comparison. */
export interface DuplicateCandidate {
  householdId: number;
  name: string;
  alias: string;
  dateOfBirth: string | null;
}

/** The candidates as the repository fetched them, each list in the order it was read. */
export interface DuplicateCandidates {
  /** Adults born on the date asked about (empty when no name and date of birth were given). */
  sameDateOfBirth: readonly DuplicateCandidate[];
  /** Adults with an alias (empty when no alias was given). */
  withAlias: readonly DuplicateCandidate[];
}

/** One earlier household that may be the same person. */
export interface DuplicateMatch {
  householdId: number;
  matchedOn: MatchedOn;
}

/**
 * The same name (ignoring case, accents and spacing) and the same date of birth. A name alone is
 * not enough: names repeat, and a wrong link would show one woman's record to another.
 */
export function sameNameAndDateOfBirth(q: DuplicateQuery, c: DuplicateCandidate): boolean {
  const nameKey = searchKey(q.name);
  return nameKey !== '' && q.dateOfBirth !== null && c.dateOfBirth === q.dateOfBirth && searchKey(c.name) === nameKey;
}

/** The same alias (ignoring case, accents and spacing): an alias is distinctive enough alone. */
export function sameAlias(q: DuplicateQuery, c: DuplicateCandidate): boolean {
  const aliasKey = searchKey(q.alias);
  return aliasKey !== '' && searchKey(c.alias) === aliasKey;
}

/**
 * Which earlier households may be the same person. Each household appears once: matched on name
 * and date of birth if it matches that way, else on alias. Name matches come first, then alias
 * matches, each in the order the candidates were read.
 */
export function duplicateMatches(q: DuplicateQuery, candidates: DuplicateCandidates): DuplicateMatch[] {
  const out = new Map<number, MatchedOn>();
  for (const c of candidates.sameDateOfBirth) if (sameNameAndDateOfBirth(q, c)) out.set(c.householdId, 'name_and_date_of_birth');
  for (const c of candidates.withAlias) if (!out.has(c.householdId) && sameAlias(q, c)) out.set(c.householdId, 'alias');
  return [...out].map(([householdId, matchedOn]) => ({ householdId, matchedOn }));
}
