import type { BackupPhase, BackupSchedule } from '../../../../shared/backup/schemas';

/** What each step of a backup job is doing, for the progress bar. */
export const PHASE_LABELS: Record<BackupPhase, string> = {
  preparing: 'Getting ready',
  copying: 'Copying the database',
  'checking-encryption': 'Checking every page is intact and encrypted',
  'checking-integrity': 'Checking the database structure',
  'counting-rows': 'Counting records',
  hashing: 'Making a checksum',
  finishing: 'Saving the key file and manifest',
  swapping: 'Putting the backup in place',
};

/** The schedules in plain words. */
export const SCHEDULE_LABELS: Record<BackupSchedule, string> = {
  daily: 'Every day',
  weekly: 'Every week',
  manual: 'Only when someone presses “Back up now”',
};

/** "580 KB", "41.3 MB". */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
