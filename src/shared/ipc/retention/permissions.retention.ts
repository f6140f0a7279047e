import { ADMIN, MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { RETENTION_CHANNELS } from './channels.retention';

/**
 * Managers and administrators read the schedule, preview and purge, export, correct (and read the
 * correction history of) and erase a person's records; administrators change the schedule.
 */
export const RETENTION_PERMISSIONS: Record<(typeof RETENTION_CHANNELS)[number], Access> = {
  'retention.schedule.get': MANAGERS,
  'retention.schedule.update': ADMIN,
  'retention.preview': MANAGERS,
  'retention.purge': MANAGERS,
  'subjectAccess.export': MANAGERS,
  'subjectAccess.correct': MANAGERS,
  'subjectAccess.corrections': MANAGERS,
  'subjectAccess.erase': MANAGERS,
};
