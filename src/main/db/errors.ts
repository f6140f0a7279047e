import { AppError } from '../../shared/errors';

/** The file opened is not a Waymark database (or the key is wrong for it). */
export class NotWaymarkDatabaseError extends AppError {
  constructor(message = 'This file is not a Waymark database, or it belongs to another keyring.') {
    super('NOT_A_WAYMARK_DATABASE', message);
    this.name = 'NotWaymarkDatabaseError';
  }
}

/** The database was written by a newer Waymark; we refuse to touch it. */
export class NewerSchemaError extends AppError {
  constructor(found: number, supported: number) {
    super(
      'NEWER_SCHEMA',
      `This database was made by a newer version of Waymark (schema ${found}; this version understands up to ${supported}). Install the newer version; the file has not been changed.`,
    );
    this.name = 'NewerSchemaError';
  }
}

/** The keyring does not belong to this database, or is damaged. */
export class KeyringError extends AppError {
  constructor(code: 'KEYRING_MISMATCH' | 'KEYRING_INVALID', message: string) {
    super(code, message);
    this.name = 'KeyringError';
  }
}

/** Wrong username or password: deliberately one message for both. */
export class BadCredentialsError extends AppError {
  constructor() {
    super('BAD_CREDENTIALS', 'That username and password do not match. Check them and try again.');
    this.name = 'BadCredentialsError';
  }
}

/** A file the operation needs does not exist. */
export class FileMissingError extends AppError {
  constructor(what: string) {
    super('FILE_MISSING', `${what} was not found.`);
    this.name = 'FileMissingError';
  }
}

/** Another process holds the database. */
export class DatabaseBusyError extends AppError {
  constructor() {
    super('DATABASE_BUSY', 'The database is in use by another program. Close it and try again; nothing has been changed.');
    this.name = 'DatabaseBusyError';
  }
}
