import type { Sqlite } from '../../connection';
import { cached } from './statements';

/*
 * The support feature's read-only window onto stays (the allocation feature's unit_stays and
 * units tables): the stays of an episode, for when support began and for the unit's (restricted)
 * address on a confirmation-of-residence letter. Ending a stay goes through the allocation
 * service (see services/support/stay-ending.ts), never through here.
 */

/** A stay with its unit, as support needs it. */
export interface EpisodeStayRow {
  id: number;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  unit_address: string;
  start_date: string;
  end_date: string | null;
}

/** The household's stays that had not ended by `sinceDate` (an episode's stays), newest first. */
export function staysSince(db: Sqlite, householdId: number, sinceDate: string): EpisodeStayRow[] {
  return cached(db, 
      `SELECT s.id, s.unit_id, u.code AS unit_code, u.name AS unit_name, u.address AS unit_address, s.start_date, s.end_date
       FROM unit_stays s JOIN units u ON u.id = s.unit_id
       WHERE s.household_id = ? AND s.status = 'active' AND coalesce(s.end_date, '9999-12-31') > ?
       ORDER BY s.start_date DESC, s.id DESC`,
    )
    .all(householdId, sinceDate) as EpisodeStayRow[];
}
