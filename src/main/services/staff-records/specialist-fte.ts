import { specialistFte } from '../../../shared/staff-records/rules.staff-records';
import type { Sqlite } from '../../db/connection';
import { fteBetween } from '../../db/repos/staff-records/staff-records.repo';

/**
 * Specialist FTE over a period, for the annual return's "specialist FTE staff": each stretch of
 * FTE in a specialist role weighted by the share of the period it covers, summed to two decimal
 * places (src/shared/staff-records/rules.staff-records.ts). Null when no stretch touches the
 * period, so a service that has not recorded FTE shows "not recorded", never zero. Takes a
 * connection, not a session, so the reports (and the CLI) can call it.
 */
export function specialistFteFor(db: Sqlite, from: string, to: string): number | null {
  return specialistFte(fteBetween(db, from, to), from, to);
}
