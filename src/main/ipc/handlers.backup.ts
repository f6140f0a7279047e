import type { BACKUP_CHANNELS } from '../../shared/ipc/backup/channels.backup';
import { defaultBackupDeps } from '../services/backup/backup-deps';
import { getBackupSettings, backupStatus, updateBackupSettings } from '../services/backup/backup-settings.service';
import { backupNow, listBackups } from '../services/backup/backup.service';
import { restoreBackup, verifyBackup } from '../services/backup/restore.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The backup channels' handlers. One set of backup dependencies (the worker runner) per router. */
export function backupHandlers(ws: Workspace): Pick<Handlers, (typeof BACKUP_CHANNELS)[number]> {
  const deps = defaultBackupDeps();
  return {
    'backup.status': () => backupStatus(ws),
    'backup.settings.get': () => getBackupSettings(ws),
    'backup.settings.update': (input) => updateBackupSettings(ws, input),
    'backup.run': () => backupNow(ws, { trigger: 'manual' }, deps),
    'backup.list': (input) => listBackups(ws, input.folder),
    'backup.verify': (input) => verifyBackup(ws, input.file, deps),
    'backup.restore': (input) => restoreBackup(ws, input, deps),
    'backup.folderPicker.available': () => ws.deps.chooseFolder !== undefined,
    'backup.folderPicker.choose': async (input) => {
      const choose = ws.deps.chooseFolder;
      return choose ? { available: true, folder: await choose(input.startIn ?? null) } : { available: false, folder: null };
    },
  };
}
