import { AppError } from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { ROLE_LABELS } from '../../shared/roles';
import type { User } from '../../shared/schemas/users';
import { addSlot, removeSlot, rewrapSlot } from '../db/keyring';
import {
  countActiveAdmins,
  deactivateUser,
  getUser,
  getUserByUsername,
  insertUser,
  listUsers as listUserRows,
  setKeyringSlot,
  setMustChangePassword,
  setUserRole,
  type UserRecord,
} from '../db/repos/users.repo';
import { saveKeyring } from '../db/vault';
import { assertAcceptablePassword } from './password-policy';
import { audit, nowIso, requireDb, requireSession, type Workspace } from './workspace';

function publicUser(u: UserRecord): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt,
    lastSignInAt: u.lastSignInAt,
  };
}

function mustGet(ws: Workspace, id: number): UserRecord {
  const u = getUser(requireDb(ws), id);
  if (!u) throw new AppError('NOT_FOUND', 'That user does not exist.');
  return u;
}

/** Every staff account. */
export function listUsers(ws: Workspace): User[] {
  return listUserRows(requireDb(ws)).map(publicUser);
}

/** Adds a user with a temporary password, which they must change at first sign-in. */
export async function addUser(
  ws: Workspace,
  input: { username: string; displayName: string; role: Role; temporaryPassword: string },
): Promise<User> {
  requireSession(ws);
  const db = requireDb(ws);
  const unlocked = ws.unlocked!;
  assertAcceptablePassword(input.temporaryPassword, ws.deps.commonPasswords, 'temporaryPassword');
  if (getUserByUsername(db, input.username)) {
    throw new AppError('CONFLICT', 'That username is already taken (perhaps by a deactivated account).', { username: 'That username is already taken.' });
  }
  const { keyring, slotId } = await addSlot(unlocked.keyring, unlocked.open.dataKey, input.username, input.temporaryPassword, { scrypt: ws.deps.vault?.scrypt });
  let id = 0;
  // The keyring is written inside the transaction: if writing it fails, the user row rolls back.
  db.transaction(() => {
    id = insertUser(db, { ...input, mustChangePassword: true, keyringSlot: slotId, createdAt: nowIso(ws) });
    audit(ws, { action: 'user.add', entity: 'user', entityId: id, detail: `role ${input.role}` });
    saveKeyring(ws.deps.paths, keyring);
  })();
  unlocked.keyring = keyring;
  return publicUser(mustGet(ws, id));
}

function assertNotLastAdmin(ws: Workspace, user: UserRecord, what: string): void {
  if (user.role === 'administrator' && user.active && countActiveAdmins(requireDb(ws)) <= 1) {
    throw new AppError('LAST_ADMIN', `${user.displayName} is the last active administrator and cannot be ${what}. Make someone else an administrator first.`);
  }
}

/** Changes a user's role. */
export function setRole(ws: Workspace, input: { userId: number; role: Role }): User {
  const db = requireDb(ws);
  const user = mustGet(ws, input.userId);
  if (!user.active) throw new AppError('CONFLICT', 'That account is deactivated.');
  if (user.role === input.role) return publicUser(user);
  if (input.role !== 'administrator') assertNotLastAdmin(ws, user, `given the ${ROLE_LABELS[input.role].toLowerCase()} role`);
  db.transaction(() => {
    setUserRole(db, user.id, input.role);
    audit(ws, { action: 'user.role', entity: 'user', entityId: user.id, detail: `${user.role} → ${input.role}` });
  })();
  if (ws.session?.userId === user.id) ws.session.role = input.role;
  return publicUser(mustGet(ws, user.id));
}

/** Deactivates a user: their key slot is removed, so their password opens nothing. */
export function deactivate(ws: Workspace, input: { userId: number }): User {
  const db = requireDb(ws);
  const unlocked = ws.unlocked!;
  const user = mustGet(ws, input.userId);
  if (!user.active) return publicUser(user);
  assertNotLastAdmin(ws, user, 'deactivated');
  if (ws.session?.userId === user.id) throw new AppError('CONFLICT', 'You cannot deactivate your own account while signed in.');
  const keyring = user.keyringSlot ? removeSlot(unlocked.keyring, user.keyringSlot) : unlocked.keyring;
  db.transaction(() => {
    deactivateUser(db, user.id, nowIso(ws));
    audit(ws, { action: 'user.deactivate', entity: 'user', entityId: user.id });
    saveKeyring(ws.deps.paths, keyring);
  })();
  unlocked.keyring = keyring;
  return publicUser(mustGet(ws, user.id));
}

/** Resets a user's password to a temporary one they must change at next sign-in. */
export async function resetPassword(ws: Workspace, input: { userId: number; temporaryPassword: string }): Promise<User> {
  const db = requireDb(ws);
  const unlocked = ws.unlocked!;
  const user = mustGet(ws, input.userId);
  if (!user.active) throw new AppError('CONFLICT', 'That account is deactivated; add a new account instead.');
  assertAcceptablePassword(input.temporaryPassword, ws.deps.commonPasswords, 'temporaryPassword');
  const scrypt = { scrypt: ws.deps.vault?.scrypt };
  let keyring = unlocked.keyring;
  let slotId = user.keyringSlot;
  if (slotId && keyring.slots.some((s) => s.id === slotId)) {
    keyring = await rewrapSlot(keyring, slotId, unlocked.open.dataKey, input.temporaryPassword, scrypt);
  } else {
    const added = await addSlot(keyring, unlocked.open.dataKey, user.username, input.temporaryPassword, scrypt);
    keyring = added.keyring;
    slotId = added.slotId;
  }
  db.transaction(() => {
    setKeyringSlot(db, user.id, slotId);
    setMustChangePassword(db, user.id, true);
    audit(ws, { action: 'user.reset-password', entity: 'user', entityId: user.id });
    saveKeyring(ws.deps.paths, keyring);
  })();
  unlocked.keyring = keyring;
  return publicUser(mustGet(ws, user.id));
}
