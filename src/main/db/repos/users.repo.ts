import type { Role } from '../../../shared/roles';
import type { User } from '../../../shared/schemas/users';
import type { Sqlite } from '../connection';
import { cached } from '../statements';

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  active: number;
  must_change_password: number;
  discreet: number;
  keyring_slot: string | null;
  created_at: string;
  last_sign_in_at: string | null;
}

/** A user row with the fields only the main process needs. */
export interface UserRecord extends User {
  discreet: boolean;
  keyringSlot: string | null;
}

const COLUMNS = 'id, username, display_name, role, active, must_change_password, discreet, keyring_slot, created_at, last_sign_in_at';

function toRecord(r: UserRow): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    active: r.active === 1,
    mustChangePassword: r.must_change_password === 1,
    discreet: r.discreet === 1,
    keyringSlot: r.keyring_slot,
    createdAt: r.created_at,
    lastSignInAt: r.last_sign_in_at,
  };
}

/** Inserts a user and returns the new id. */
export function insertUser(
  db: Sqlite,
  u: { username: string; displayName: string; role: Role; mustChangePassword: boolean; keyringSlot: string; createdAt: string },
): number {
  const info = db
    .prepare(
      'INSERT INTO users (username, display_name, role, must_change_password, keyring_slot, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(u.username, u.displayName, u.role, u.mustChangePassword ? 1 : 0, u.keyringSlot, u.createdAt);
  return Number(info.lastInsertRowid);
}

/** All users, active first, then by name. */
export function listUsers(db: Sqlite): UserRecord[] {
  return (cached(db, `SELECT ${COLUMNS} FROM users ORDER BY active DESC, display_name COLLATE NOCASE`).all() as UserRow[]).map(toRecord);
}

/** One user by id. */
export function getUser(db: Sqlite, id: number): UserRecord | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined;
  return r ? toRecord(r) : null;
}

/** One user by username. */
export function getUserByUsername(db: Sqlite, username: string): UserRecord | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM users WHERE username = ?`).get(username) as UserRow | undefined;
  return r ? toRecord(r) : null;
}

/** The user who owns a keyring slot. */
export function getUserBySlot(db: Sqlite, slotId: string): UserRecord | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM users WHERE keyring_slot = ?`).get(slotId) as UserRow | undefined;
  return r ? toRecord(r) : null;
}

/** Number of active administrators. */
export function countActiveAdmins(db: Sqlite): number {
  return (cached(db, `SELECT count(*) AS n FROM users WHERE role = 'administrator' AND active = 1`).get() as { n: number }).n;
}

/** Sets a user's role. */
export function setUserRole(db: Sqlite, id: number, role: Role): void {
  cached(db, 'UPDATE users SET role = ? WHERE id = ?').run(role, id);
}

/** Deactivates a user and forgets their slot. */
export function deactivateUser(db: Sqlite, id: number, at: string): void {
  cached(db, 'UPDATE users SET active = 0, keyring_slot = NULL, deactivated_at = ? WHERE id = ?').run(at, id);
}

/** Sets or clears "must change password at next sign-in". */
export function setMustChangePassword(db: Sqlite, id: number, must: boolean): void {
  cached(db, 'UPDATE users SET must_change_password = ? WHERE id = ?').run(must ? 1 : 0, id);
}

/** Records a successful sign-in. */
export function touchSignIn(db: Sqlite, id: number, at: string): void {
  cached(db, 'UPDATE users SET last_sign_in_at = ? WHERE id = ?').run(at, id);
}

/** Remembers discreet mode for a user. */
export function setDiscreet(db: Sqlite, id: number, discreet: boolean): void {
  cached(db, 'UPDATE users SET discreet = ? WHERE id = ?').run(discreet ? 1 : 0, id);
}

/** Points a user at a (new) keyring slot. */
export function setKeyringSlot(db: Sqlite, id: number, slotId: string | null): void {
  cached(db, 'UPDATE users SET keyring_slot = ? WHERE id = ?').run(slotId, id);
}
