import type { RecordKind } from '../../../../shared/reports/definition';
import type { Sqlite } from '../../connection';

/*
 * The records behind a figure, by kind, for the drill-down. Each query returns references and
 * dates (never notes or addresses); the service adds a name only where the role and case allow.
 */

/** One record as the drill-down lists it. */
export interface DrillRow {
  id: number;
  reference: string;
  household_id: number | null;
  household_reference: string | null;
  restricted: number;
  date: string | null;
  detail: string;
  /** The household adult's name and alias, for the service to show or withhold. */
  name: string | null;
  alias: string | null;
}

const ADULT = `LEFT JOIN people ad ON ad.household_id = h.id AND ad.kind = 'adult'`;

const QUERIES: Record<RecordKind, string> = {
  person: `SELECT p.id, h.reference AS reference, h.id AS household_id, h.reference AS household_reference, h.restricted, p.date_of_birth AS date,
             p.kind AS detail, p.name, p.alias
           FROM people p JOIN households h ON h.id = p.household_id WHERE p.id IN (SELECT value FROM json_each(:ids))`,
  household: `SELECT h.id, h.reference, h.id AS household_id, h.reference AS household_reference, h.restricted, NULL AS date, 'household' AS detail, ad.name, ad.alias
              FROM households h ${ADULT} WHERE h.id IN (SELECT value FROM json_each(:ids))`,
  referral: `SELECT r.id, r.reference, h.id AS household_id, h.reference AS household_reference, h.restricted, r.received_at AS date,
               r.source || ' · ' || r.status || coalesce(' · ' || r.not_supported_reason, '') AS detail, ad.name, ad.alias
             FROM referrals r JOIN households h ON h.id = r.household_id ${ADULT} WHERE r.id IN (SELECT value FROM json_each(:ids))`,
  stay: `SELECT s.id, u.code || ' from ' || s.start_date AS reference, h.id AS household_id, h.reference AS household_reference, h.restricted, s.start_date AS date,
           'to ' || coalesce(s.end_date, 'still staying') AS detail, ad.name, ad.alias
         FROM unit_stays s JOIN units u ON u.id = s.unit_id JOIN households h ON h.id = s.household_id ${ADULT} WHERE s.id IN (SELECT value FROM json_each(:ids))`,
  contact: `SELECT c.id, 'contact ' || c.id AS reference, h.id AS household_id, h.reference AS household_reference, h.restricted, c.contact_on AS date,
              c.support_type || ' · ' || c.minutes || ' min ' || c.time_kind AS detail, ad.name, ad.alias
            FROM support_contacts c JOIN households h ON h.id = c.household_id ${ADULT} WHERE c.id IN (SELECT value FROM json_each(:ids))`,
  exit: `SELECT e.id, r.reference AS reference, h.id AS household_id, h.reference AS household_reference, h.restricted, e.exited_on AS date,
           CASE e.planned WHEN 1 THEN 'planned' ELSE 'unplanned' END || ' · ' || e.reason || ' · ' || e.destination AS detail, ad.name, ad.alias
         FROM support_exits e JOIN referrals r ON r.id = e.referral_id JOIN households h ON h.id = e.household_id ${ADULT} WHERE e.id IN (SELECT value FROM json_each(:ids))`,
  event: `SELECT ev.id, 'event ' || ev.id AS reference, h.id AS household_id, h.reference AS household_reference, h.restricted, ev.event_on AS date,
            ev.kind || coalesce(' · about ' || ev.about, '') AS detail, ad.name, ad.alias
          FROM support_events ev JOIN households h ON h.id = ev.household_id ${ADULT} WHERE ev.id IN (SELECT value FROM json_each(:ids))`,
  marac: `SELECT m.id, 'MARAC ' || m.id AS reference, h.id AS household_id, h.reference AS household_reference, h.restricted, m.referred_on AS date,
            'MARAC referral' AS detail, ad.name, ad.alias
          FROM marac_referrals m JOIN households h ON h.id = m.household_id ${ADULT} WHERE m.id IN (SELECT value FROM json_each(:ids))`,
  plan: `SELECT p.id, r.reference AS reference, h.id AS household_id, h.reference AS household_reference, h.restricted, p.agreed_on AS date,
           'support plan' AS detail, ad.name, ad.alias
         FROM support_plans p JOIN referrals r ON r.id = p.referral_id JOIN households h ON h.id = p.household_id ${ADULT} WHERE p.id IN (SELECT value FROM json_each(:ids))`,
  unit: `SELECT u.id, u.code AS reference, NULL AS household_id, NULL AS household_reference, 0 AS restricted, u.opened_on AS date, u.type AS detail, NULL AS name, NULL AS alias
         FROM units u WHERE u.id IN (SELECT value FROM json_each(:ids))`,
};

/** The records of one kind with these ids, ordered by reference. */
export function drillRows(db: Sqlite, kind: RecordKind, ids: readonly number[]): DrillRow[] {
  const rows = db.prepare(QUERIES[kind]).all({ ids: JSON.stringify(ids) }) as DrillRow[];
  return rows.sort((a, b) => a.reference.localeCompare(b.reference) || a.id - b.id);
}

/** The users named on a restricted case. */
export function namedOn(db: Sqlite, userId: number): Set<number> {
  const rows = db.prepare('SELECT household_id FROM case_access WHERE user_id = ?').all(userId) as { household_id: number }[];
  return new Set(rows.map((r) => r.household_id));
}
