/** Channels of backups and restore. */
export const BACKUP_CHANNELS = [
  'backup.status',
  'backup.settings.get',
  'backup.settings.update',
  'backup.run',
  'backup.list',
  'backup.verify',
  'backup.restore',
  'backup.folderPicker.available',
  'backup.folderPicker.choose',
] as const;
