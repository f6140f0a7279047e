import { AppError } from '../../shared/errors';
import type { AppStatus, SessionInfo } from '../../shared/schemas/session';
import { BadCredentialsError } from '../db/errors';
import { addSlot, hashUsername, normaliseUsername, rewrapSlot, unwrapWithPassword, type Keyring } from '../db/keyring';
import { readKeyringFile } from '../db/keyring-file';
import { getMeta } from '../db/repos/meta.repo';
import {
  getUserBySlot,
  getUserByUsername,
  listUsers,
  setDiscreet,
  setKeyringSlot,
  setMustChangePassword,
  touchSignIn,
  type UserRecord,
} from '../db/repos/users.repo';
import { saveKeyring, unlockWithPassword, unlockWithRecovery, vaultExists, type Unlocked } from '../db/vault';
import { assertAcceptablePassword } from './password-policy';
import { getSettings } from './settings.service';
import { fallbackUserHash, fileGuardStore, RECOVERY_GUARD_KEY, startAttempt, type GuardStore } from './sign-in-guard';
import { audit, nowIso, requireDb, requireSession, type LockReason, type SessionState, type Workspace } from './workspace';
import { appendAudit } from '../db/repos/audit.repo';

/** The guard's side file sits beside the keyring. */
function guardStore(ws: Workspace): GuardStore {
  return fileGuardStore(`${ws.deps.paths.dbPath}.signin`);
}

function tryReadKeyring(ws: Workspace): Keyring | null {
  try {
    return readKeyringFile(ws.deps.paths.keyringPath);
  } catch {
    return null;
  }
}

function guardHash(keyring: Keyring | null, username: string): string {
  return keyring ? hashUsername(keyring, username) : fallbackUserHash(username);
}

/** The session as the renderer may see it. */
export function sessionInfo(s: SessionState): SessionInfo {
  return {
    userId: s.userId,
    username: s.username,
    displayName: s.displayName,
    role: s.role,
    mustChangePassword: s.mustChangePassword,
    discreet: s.discreet,
  };
}

/** What the renderer needs at start-up. Reveals nothing about any person when locked. */
export function appStatus(ws: Workspace): AppStatus {
  const setUp = vaultExists(ws.deps.paths);
  if (!ws.unlocked || !ws.session) {
    return { setUp, locked: ws.lockedAt !== null, session: null, orgName: null, idleLockMinutes: 10 };
  }
  const settings = getSettings(ws);
  return { setUp, locked: false, session: sessionInfo(ws.session), orgName: settings.orgName, idleLockMinutes: settings.idleLockMinutes };
}

function startSession(ws: Workspace, unlocked: Unlocked, user: UserRecord): SessionState {
  ws.unlocked = unlocked;
  ws.lockedAt = null;
  ws.session = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    discreet: user.discreet,
    lastActivityMs: ws.deps.clock.now().getTime(),
  };
  return ws.session;
}

/**
 * Moves queued failed sign-ins and recovery-key attempts into the audit log, naming the user
 * where the hash matches one.
 */
function flushFailedAttempts(ws: Workspace, store: GuardStore): void {
  const state = store.load();
  if (state.pending.length === 0) return;
  const db = requireDb(ws);
  const keyring = ws.unlocked!.keyring;
  const byHash = new Map(listUsers(db).map((u) => [hashUsername(keyring, u.username), u]));
  db.transaction(() => {
    for (const p of state.pending) {
      const u = p.kind === 'recovery' ? undefined : byHash.get(p.userHash);
      appendAudit(db, p.at, {
        userId: u?.id ?? null,
        username: u?.username ?? null,
        // Action and entity on one line: the audit-labels test finds the codes there.
        action: p.kind === 'recovery' ? 'recovery-key.failed' : 'sign-in.failed', entity: 'user',
        entityId: u?.id ?? null,
        detail: p.kind === 'recovery' ? 'wrong recovery key' : u ? 'wrong password' : 'unknown username',
      });
    }
  })();
  store.save({ ...state, pending: [] });
}

/** Closes the database, wipes the key and forgets the session. */
export function closeWorkspace(ws: Workspace): void {
  const unlocked = ws.unlocked;
  ws.unlocked = null;
  ws.session = null;
  unlocked?.open.close();
}

/** Signs in with a username and password. */
export async function signIn(ws: Workspace, input: { username: string; password: string }): Promise<SessionInfo> {
  if (!vaultExists(ws.deps.paths)) throw new AppError('NOT_SET_UP', 'Waymark has not been set up on this computer yet.');
  if (ws.unlocked) lock(ws, 'sign-out', false);
  const store = guardStore(ws);
  const keyring = tryReadKeyring(ws);
  const userHash = guardHash(keyring, input.username);
  // Counted before the slow derivation, so attempts made together still meet the delay.
  const attempt = startAttempt(store, userHash, ws.deps.clock.now());
  let unlocked: Unlocked;
  try {
    unlocked = await unlockWithPassword(ws.deps.paths, input.username, input.password, ws.deps.vault);
  } catch (e) {
    if (e instanceof BadCredentialsError) attempt.failed(ws.deps.clock.now());
    else attempt.abandoned();
    throw e;
  }
  let user: UserRecord | null;
  try {
    user = unlocked.slotId ? getUserBySlot(unlocked.open.db, unlocked.slotId) : null;
  } catch (e) {
    unlocked.open.close();
    attempt.abandoned();
    throw e;
  }
  if (!user || !user.active) {
    unlocked.open.close();
    attempt.failed(ws.deps.clock.now());
    throw new BadCredentialsError();
  }
  attempt.succeeded();
  startSession(ws, unlocked, user);
  try {
    flushFailedAttempts(ws, store);
    const db = requireDb(ws);
    db.transaction(() => {
      touchSignIn(db, user.id, nowIso(ws));
      audit(ws, { action: 'sign-in', entity: 'user', entityId: user.id });
    })();
  } catch (e) {
    // A sign-in that cannot be recorded (another program holds the database) is not a sign-in:
    // close again rather than leave a session the caller was told failed.
    closeWorkspace(ws);
    throw e;
  }
  return sessionInfo(ws.session!);
}

/**
 * Locks: records why, closes the database and zero-fills the key. The platform is told so it can
 * wipe the renderer.
 */
export function lock(ws: Workspace, reason: LockReason, notify = true): void {
  if (ws.unlocked && ws.session) {
    try {
      // A long job's transaction still open (an import between two chunks) is abandoned first,
      // so the lock itself is recorded instead of being rolled back with the job.
      const db = ws.unlocked.open.db;
      if (db.inTransaction) db.exec('ROLLBACK');
      audit(ws, { action: reason === 'sign-out' ? 'sign-out' : 'lock', entity: 'user', entityId: ws.session.userId, detail: reason });
    } catch {
      // Locking must never fail because the audit could not be written.
    }
  }
  const wasOpen = ws.unlocked !== null;
  closeWorkspace(ws);
  ws.lockedAt = reason === 'sign-out' ? null : nowIso(ws);
  if (wasOpen && notify) ws.deps.onLocked?.(reason);
}

/** Notes activity by the signed-in person (resets the idle timer). */
export function touch(ws: Workspace): void {
  if (ws.session) ws.session.lastActivityMs = ws.deps.clock.now().getTime();
}

/** Locks if the session has been idle longer than the setting. Returns whether it locked. */
export function lockIfIdle(ws: Workspace): boolean {
  if (!ws.session || !ws.unlocked) return false;
  const minutes = getSettings(ws).idleLockMinutes;
  if (ws.deps.clock.now().getTime() - ws.session.lastActivityMs >= minutes * 60_000) {
    lock(ws, 'idle');
    return true;
  }
  return false;
}

/** Changes the signed-in person's own password (also the forced change at first sign-in). */
export async function changePassword(ws: Workspace, input: { currentPassword: string; newPassword: string }): Promise<SessionInfo> {
  const session = requireSession(ws);
  const unlocked = ws.unlocked!;
  assertAcceptablePassword(input.newPassword, ws.deps.commonPasswords);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('WEAK_PASSWORD', 'Choose a password different from the current one.', { newPassword: 'Choose a password different from the current one.' });
  }
  const db = requireDb(ws);
  const user = getUserByUsername(db, session.username);
  if (!user?.keyringSlot) throw new AppError('FORBIDDEN', 'This account has no key slot. Ask an administrator to reset your password.');
  // Proves the current password: the slot must open with it.
  try {
    const { dataKey } = await unwrapWithPassword(unlocked.keyring, session.username, input.currentPassword);
    dataKey.fill(0);
  } catch (e) {
    if (e instanceof BadCredentialsError) throw new AppError('BAD_CREDENTIALS', 'Your current password is not right.', { currentPassword: 'Your current password is not right.' });
    throw e;
  }
  const keyring = await rewrapSlot(unlocked.keyring, user.keyringSlot, unlocked.open.dataKey, input.newPassword, { scrypt: ws.deps.vault?.scrypt });
  db.transaction(() => {
    setMustChangePassword(db, user.id, false);
    audit(ws, { action: 'password.change', entity: 'user', entityId: user.id });
    saveKeyring(ws.deps.paths, keyring);
  })();
  unlocked.keyring = keyring;
  session.mustChangePassword = false;
  return sessionInfo(session);
}

/** Unlocks with the recovery key and sets a new password for an active administrator. */
export async function recover(ws: Workspace, input: { recoveryKey: string; adminUsername: string; newPassword: string }): Promise<SessionInfo> {
  if (!vaultExists(ws.deps.paths)) throw new AppError('NOT_SET_UP', 'Waymark has not been set up on this computer yet.');
  assertAcceptablePassword(input.newPassword, ws.deps.commonPasswords);
  if (ws.unlocked) lock(ws, 'sign-out', false);
  // Guessing the recovery key meets the same growing delay as a password, and is audited.
  const store = guardStore(ws);
  const attempt = startAttempt(store, RECOVERY_GUARD_KEY, ws.deps.clock.now(), 'recovery');
  let unlocked: Unlocked;
  try {
    unlocked = await unlockWithRecovery(ws.deps.paths, input.recoveryKey, ws.deps.vault);
  } catch (e) {
    if (e instanceof BadCredentialsError) attempt.failed(ws.deps.clock.now());
    else attempt.abandoned();
    throw e;
  }
  const db = unlocked.open.db;
  const user = getUserByUsername(db, normaliseUsername(input.adminUsername));
  if (!user || !user.active || user.role !== 'administrator') {
    unlocked.open.close();
    // The key was right: a mistyped administrator's name is not a guess at it.
    attempt.abandoned();
    throw new AppError('NOT_FOUND', 'No active administrator has that username.', { adminUsername: 'No active administrator has that username.' });
  }
  attempt.succeeded();
  let keyring = unlocked.keyring;
  let slotId = user.keyringSlot;
  if (slotId && keyring.slots.some((s) => s.id === slotId)) {
    keyring = await rewrapSlot(keyring, slotId, unlocked.open.dataKey, input.newPassword, { scrypt: ws.deps.vault?.scrypt });
  } else {
    const added = await addSlot(keyring, unlocked.open.dataKey, user.username, input.newPassword, { scrypt: ws.deps.vault?.scrypt });
    keyring = added.keyring;
    slotId = added.slotId;
  }
  unlocked.keyring = keyring;
  unlocked.slotId = slotId;
  startSession(ws, unlocked, { ...user, mustChangePassword: false });
  try {
    flushFailedAttempts(ws, store);
    db.transaction(() => {
      setKeyringSlot(db, user.id, slotId);
      setMustChangePassword(db, user.id, false);
      audit(ws, { action: 'recovery-key.used', entity: 'user', entityId: user.id, detail: 'administrator password reset with the recovery key' });
      saveKeyring(ws.deps.paths, keyring);
    })();
  } catch (e) {
    // As at sign-in: a recovery that cannot be recorded is not left signed in.
    closeWorkspace(ws);
    throw e;
  }
  return sessionInfo(ws.session!);
}

/** Turns discreet mode on or off (remembered per user). */
export function setDiscreetMode(ws: Workspace, discreet: boolean): SessionInfo {
  const session = requireSession(ws);
  const db = requireDb(ws);
  setDiscreet(db, session.userId, discreet);
  session.discreet = discreet;
  return sessionInfo(session);
}

/** The organisation's name, for the title bar while unlocked. */
export function orgName(ws: Workspace): string | null {
  return ws.unlocked ? getMeta(ws.unlocked.open.db, 'org_name') : null;
}
