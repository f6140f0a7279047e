import type { Sqlite } from '../../connection';
import { cached } from './statements';

/** A support_events row with its recorder's name. */
export interface EventRow {
  id: number;
  household_id: number;
  referral_id: number;
  kind: 'safeguarding' | 'hrbp' | 'serious_incident' | 'complaint' | 'compliment';
  event_on: string;
  details: string;
  about: 'adult' | 'child' | null;
  raised_with: string | null;
  outcome: string;
  category: string | null;
  commissioner_told_on: string | null;
  theme: string | null;
  response: string;
  resolved_on: string | null;
  by_name: string | null;
}

/** The columns an event sets (those that do not apply to its kind are null or ''). */
export interface EventFields {
  kind: string;
  eventOn: string;
  details: string;
  about: string | null;
  raisedWith: string | null;
  outcome: string;
  category: string | null;
  commissionerToldOn: string | null;
  theme: string | null;
  response: string;
  resolvedOn: string | null;
}

/** Adds an event. */
export function insertEvent(db: Sqlite, householdId: number, referralId: number, e: EventFields, at: string, by: number | null): number {
  return Number(
    cached(db, 
        `INSERT INTO support_events (household_id, referral_id, kind, event_on, details, about, raised_with, outcome, category, commissioner_told_on,
           theme, response, resolved_on, created_at, created_by, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(householdId, referralId, e.kind, e.eventOn, e.details, e.about, e.raisedWith, e.outcome, e.category, e.commissionerToldOn, e.theme, e.response, e.resolvedOn, at, by, at, by)
      .lastInsertRowid,
  );
}

/** Updates an event of a household (its kind never changes). */
export function updateEvent(db: Sqlite, id: number, householdId: number, e: EventFields, at: string, by: number | null): boolean {
  return (
    cached(db, 
        `UPDATE support_events SET event_on = ?, details = ?, about = ?, raised_with = ?, outcome = ?, category = ?, commissioner_told_on = ?,
           theme = ?, response = ?, resolved_on = ?, updated_at = ?, updated_by = ?
         WHERE id = ? AND household_id = ? AND kind = ?`,
      )
      .run(e.eventOn, e.details, e.about, e.raisedWith, e.outcome, e.category, e.commissionerToldOn, e.theme, e.response, e.resolvedOn, at, by, id, householdId, e.kind).changes === 1
  );
}

/** One event. */
export function getEvent(db: Sqlite, id: number): EventRow | null {
  return (cached(db, 'SELECT e.*, NULL AS by_name FROM support_events e WHERE e.id = ?').get(id) as EventRow | undefined) ?? null;
}

/** A household's events (every episode), newest first. */
export function eventsOf(db: Sqlite, householdId: number): EventRow[] {
  return cached(db, 
      `SELECT e.*, u.display_name AS by_name FROM support_events e LEFT JOIN users u ON u.id = e.created_by
       WHERE e.household_id = ? ORDER BY e.event_on DESC, e.id DESC`,
    )
    .all(householdId) as EventRow[];
}
