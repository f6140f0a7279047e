import { AppError } from '../../../shared/errors';

/** The backup folder is not set, missing, not a folder, read-only or full. */
export class BackupFolderError extends AppError {
  constructor(message: string) {
    super('BACKUP_FOLDER_UNAVAILABLE', message);
    this.name = 'BackupFolderError';
  }
}

/** A new backup could not be written or failed its verification; nothing was kept. */
export class BackupFailedError extends AppError {
  constructor(message: string) {
    super('BACKUP_FAILED', message);
    this.name = 'BackupFailedError';
  }
}

/** A backup offered for verification or restore is damaged, incomplete or not a backup. */
export class BackupInvalidError extends AppError {
  constructor(message: string) {
    super('BACKUP_INVALID', message);
    this.name = 'BackupInvalidError';
  }
}

function errno(e: unknown): string | null {
  if (typeof e !== 'object' || e === null || !('code' in e)) return null;
  const code = String((e as { code: unknown }).code);
  // SQLite's extended I/O codes (SQLITE_IOERR_WRITE, _FSYNC, …) all mean the same to a person.
  return code.startsWith('SQLITE_IOERR') ? 'SQLITE_IOERR' : code;
}

/**
 * Turns a file-system or SQLite failure while writing into the backup folder into a sentence an
 * administrator can act on. Anything unrecognised is returned unchanged.
 */
export function explainFolderFailure(e: unknown, folder: string): unknown {
  switch (errno(e)) {
    case 'ENOENT':
      return new BackupFolderError(`The backup folder ${folder} was not found. Plug in the drive or choose another folder. The database has not been changed.`);
    case 'ENOTDIR':
      return new BackupFolderError(`${folder} is a file, not a folder. Choose a folder for backups. The database has not been changed.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return new BackupFolderError(`Waymark cannot write to the backup folder ${folder} (it is read-only or access is denied). Choose another folder. The database has not been changed.`);
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
    case 'SQLITE_FULL':
      return new BackupFolderError(`The backup folder ${folder} is full. Free some space or choose another folder. The database has not been changed.`);
    case 'EIO':
    case 'SQLITE_IOERR':
    case 'ENXIO':
    case 'ENODEV':
      return new BackupFolderError(`The drive holding ${folder} could not be written (it may have been unplugged). The database has not been changed.`);
    default:
      return e;
  }
}
