import type { EventFact, MaracFact, OutOfServiceFact, StayFact, UnitFact } from '../../../../shared/reports/facts';
import type { Sqlite } from '../../connection';

/*
 * The SQL that loads the small groups of a period's records for the reports (stays, units, units
 * out of service, events, MARAC referrals), read afresh for each period. The households' records
 * (referrals, episodes, people, risks, contacts, plans) come from the reports' store instead (see
 * household-facts.repo.ts and services/reports/fact-store). Each query reads only the columns the
 * figures need.
 */

/** Active stays that began on or before `to` (their earlier stays included, for moves). */
export function staysUpTo(db: Sqlite, to: string): StayFact[] {
  return db
    .prepare(
      `SELECT id, household_id AS householdId, unit_id AS unitId, start_date AS start, end_date AS "end", moved_from_stay_id AS movedFromStayId
       FROM unit_stays WHERE status = 'active' AND start_date <= :to`,
    )
    .all({ to }) as StayFact[];
}

/** Every unit. */
export function allUnits(db: Sqlite): UnitFact[] {
  return db.prepare('SELECT id, type, opened_on AS openedOn, closed_on AS closedOn FROM units').all() as UnitFact[];
}

/** Active out-of-service periods overlapping [from, to]. */
export function outOfServiceIn(db: Sqlite, from: string, to: string): OutOfServiceFact[] {
  return db
    .prepare(
      `SELECT unit_id AS unitId, start_date AS start, end_date AS "end", reason FROM unit_out_of_service
       WHERE status = 'active' AND start_date <= :to AND (end_date IS NULL OR end_date > :from)`,
    )
    .all({ from, to }) as OutOfServiceFact[];
}

/** Safeguarding concerns and panel referrals dated in [from, to]. */
export function eventsIn(db: Sqlite, from: string, to: string): EventFact[] {
  return db
    .prepare(
      `SELECT id, household_id AS householdId, kind, event_on AS "on", about FROM support_events
       WHERE kind IN ('safeguarding', 'hrbp') AND event_on >= :from AND event_on <= :to`,
    )
    .all({ from, to }) as EventFact[];
}

/** MARAC referrals dated in [from, to]. */
export function maracIn(db: Sqlite, from: string, to: string): MaracFact[] {
  return db
    .prepare('SELECT id, household_id AS householdId, referred_on AS "on" FROM marac_referrals WHERE referred_on >= :from AND referred_on <= :to')
    .all({ from, to }) as MaracFact[];
}

/**
 * parseList remembering each distinct text it has read: a list column holds a few distinct
 * values across tens of thousands of rows, so each is parsed once. Rows read through one parser
 * share their lists, which the figures only read.
 */
export function listParser(): (json: string | null) => string[] {
  const seen = new Map<string, string[]>();
  return (json) => {
    if (!json || json === '[]') return [];
    let list = seen.get(json);
    if (!list) seen.set(json, (list = parseList(json)));
    return list;
  };
}

/** A JSON array column as a list of strings (an unreadable value reads as empty). */
export function parseList(json: string | null): string[] {
  if (!json || json === '[]') return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
