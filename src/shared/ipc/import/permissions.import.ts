import { MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { IMPORT_CHANNELS } from './channels.import';

/**
 * Who may call the import channels: managers and administrators. The service narrows it by
 * kind: units and staff are imported by an administrator only (setting up the register and
 * directory), open cases by a manager or an administrator.
 */
export const IMPORT_PERMISSIONS: Record<(typeof IMPORT_CHANNELS)[number], Access> = {
  'import.preview': MANAGERS,
  'import.run': MANAGERS,
  'import.status': MANAGERS,
};
