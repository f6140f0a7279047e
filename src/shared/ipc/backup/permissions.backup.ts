import { ADMIN, ALL_STAFF } from '../access';
import type { Access } from '../permissions';
import type { BACKUP_CHANNELS } from './channels.backup';

/**
 * Who may call each backup channel. Everyone sees how old the last good backup is (the home
 * screen warns all staff, since the night worker may be the only one in); the status handler
 * adds folder and error details for administrators only. Everything else is for administrators.
 */
export const BACKUP_PERMISSIONS: Record<(typeof BACKUP_CHANNELS)[number], Access> = {
  'backup.status': ALL_STAFF,
  'backup.settings.get': ADMIN,
  'backup.settings.update': ADMIN,
  'backup.run': ADMIN,
  'backup.list': ADMIN,
  'backup.verify': ADMIN,
  'backup.restore': ADMIN,
  'backup.folderPicker.available': ADMIN,
  'backup.folderPicker.choose': ADMIN,
};
