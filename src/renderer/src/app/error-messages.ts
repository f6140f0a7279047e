import type { AppErrorShape, ErrorCode } from '../../../shared/errors';

/**
 * Every error code in plain English, for when the server sent no message (or the bridge failed
 * before it could). Written for a tired person at 3 a.m.: what happened and what to do next.
 */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNKNOWN_CHANNEL: 'Waymark could not do that. Restart Waymark; if it happens again, tell your administrator.',
  INVALID_INPUT: 'Some of the details are not right. Check the form and try again.',
  NOT_SIGNED_IN: 'Waymark is locked. Sign in to continue.',
  FORBIDDEN: 'Your role does not allow this. Ask a manager or an administrator.',
  BAD_CREDENTIALS: 'That username and password do not match an account. Check them and try again.',
  THROTTLED: 'Too many attempts. Wait a little before trying again.',
  PASSWORD_CHANGE_REQUIRED: 'Choose a new password before continuing.',
  WEAK_PASSWORD: 'That password cannot be used. Use at least 12 characters and avoid common passwords.',
  NOT_FOUND: 'That could not be found. It may have been changed by someone else; reload the screen.',
  CONFLICT: 'That clashes with something that already exists. Check the details and try again.',
  ALREADY_SET_UP: 'Waymark is already set up on this computer. Sign in instead.',
  NOT_SET_UP: 'Waymark has not been set up on this computer yet.',
  LAST_ADMIN: 'This is the last active administrator. Make someone else an administrator first.',
  NOT_A_WAYMARK_DATABASE: 'The data file is not a Waymark database. Ask your administrator or IT support.',
  NEWER_SCHEMA: 'The data was saved by a newer version of Waymark. Ask IT support to update Waymark on this computer.',
  KEYRING_MISMATCH: 'The key file does not belong to this database. Ask your administrator or IT support.',
  KEYRING_INVALID: 'The key file is damaged. Ask your administrator or IT support to restore it from a backup.',
  DATABASE_BUSY: 'Waymark is busy. Wait a moment and try again.',
  FILE_MISSING: 'A Waymark data file is missing. Ask your administrator or IT support.',
  BACKUP_FOLDER_UNAVAILABLE: 'The backup folder cannot be used (missing, read-only or full). Check the drive, or choose another folder in Backups.',
  BACKUP_FAILED: 'The backup could not be made. Nothing was changed; tell your administrator.',
  BACKUP_INVALID: 'That backup is damaged or incomplete, so it was not used. Nothing was changed.',
  INTERNAL: 'Something went wrong. Nothing further was changed. Try again; if it keeps happening, tell your administrator.',
};

/** The sentence to show for a failed call: the server's own message when it sent one. */
export function errorMessage(error: Pick<AppErrorShape, 'code' | 'message'> | null | undefined): string {
  if (!error) return ERROR_MESSAGES.INTERNAL;
  const fromServer = error.message?.trim();
  if (fromServer) return fromServer;
  return ERROR_MESSAGES[error.code] ?? ERROR_MESSAGES.INTERNAL;
}
