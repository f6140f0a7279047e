import { homePanels } from '../home/home-panels';
import { BackupStatusPanel } from './BackupStatusPanel';

/** Adds the backup panel to the home screen once (this module may be evaluated again in development). */
export function registerBackupHomePanel(): void {
  if (homePanels.some((p) => p.id === 'backups')) return;
  homePanels.push({ id: 'backups', title: 'Backups', channel: 'backup.status', order: 90, Component: BackupStatusPanel });
}

registerBackupHomePanel();
