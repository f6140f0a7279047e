import { MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { STAFF_RECORDS_CHANNELS } from './channels.staff-records';

/**
 * Who may call each staff-records channel: managers and administrators only. Training, DBS checks
 * and FTE are colleagues' personal data; a worker's own records are shown to them by a manager.
 */
export const STAFF_RECORDS_PERMISSIONS: Record<(typeof STAFF_RECORDS_CHANNELS)[number], Access> = {
  'staffRecords.matrix': MANAGERS,
  'staffRecords.person': MANAGERS,
  'staffRecords.due': MANAGERS,
  'staffRecords.courses.save': MANAGERS,
  'staffRecords.training.add': MANAGERS,
  'staffRecords.training.remove': MANAGERS,
  'staffRecords.dbs.add': MANAGERS,
  'staffRecords.dbs.remove': MANAGERS,
  'staffRecords.fte.save': MANAGERS,
  'staffRecords.fte.remove': MANAGERS,
  'staffRecords.fte.summary': MANAGERS,
};
