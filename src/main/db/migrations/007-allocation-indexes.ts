import type { Migration } from './migration';

/*
 * The board reads every unit's periods that end after its first night. With years of history
 * most stays (and their cleaning turnarounds) ended long ago: index the open-until date of active
 * periods, so those reads touch only current and recent rows. The expression is the one the
 * repositories use (coalesce(end_date, '9999-12-31') > ?).
 */
export const migration007: Migration = {
  version: 7,
  name: 'allocation-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX unit_stays_open_until ON unit_stays(coalesce(end_date, '9999-12-31')) WHERE status = 'active';
      CREATE INDEX unit_holds_open_until ON unit_holds(coalesce(end_date, '9999-12-31')) WHERE status = 'active';
      CREATE INDEX unit_out_of_service_open_until ON unit_out_of_service(coalesce(end_date, '9999-12-31')) WHERE status = 'active';
    `);
  },
};
