/**
 * Stable error codes that cross the IPC boundary. The renderer turns each code into plain
 * English; the message sent with it is already safe to show (never a stack, path or SQL).
 */
export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'INVALID_INPUT',
  'NOT_SIGNED_IN',
  'FORBIDDEN',
  'BAD_CREDENTIALS',
  'THROTTLED',
  'PASSWORD_CHANGE_REQUIRED',
  'WEAK_PASSWORD',
  'NOT_FOUND',
  'CONFLICT',
  'ALREADY_SET_UP',
  'NOT_SET_UP',
  'LAST_ADMIN',
  'NOT_A_WAYMARK_DATABASE',
  'NEWER_SCHEMA',
  'KEYRING_MISMATCH',
  'KEYRING_INVALID',
  'DATABASE_BUSY',
  'FILE_MISSING',
  'BACKUP_FOLDER_UNAVAILABLE',
  'BACKUP_FAILED',
  'BACKUP_INVALID',
  'INTERNAL',
] as const;

/** One of the stable error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The error shape returned by every failed IPC call. */
export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Field-level messages for form validation, keyed by dotted path. */
  fields?: Record<string, string>;
}

/**
 * A failure that is safe to report to the caller. Services throw these; anything else that
 * reaches the router is logged and reported as INTERNAL with a generic message.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }
  toShape(): AppErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

/** Result of an IPC call: never a thrown error across the boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
