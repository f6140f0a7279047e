import { getUserByUsername, setMustChangePassword } from '../../src/main/db/repos/users.repo';
import type { Role } from '../../src/shared/roles';
import { GOOD_PASSWORD, type setUpWorkspace } from './temp-workspace';

type T = Awaited<ReturnType<typeof setUpWorkspace>>;

/** Adds a user with a known password who need not change it (for tests not about that). */
export async function addStaff(t: T, username: string, role: Role, displayName = username): Promise<number> {
  const u = await t.ok<{ id: number }>('users.add', { username, displayName, role, temporaryPassword: GOOD_PASSWORD });
  setMustChangePassword(t.ws.unlocked!.open.db, u.id, false);
  return u.id;
}

/** Signs in as someone (after signing out whoever is in). */
export async function signInAs(t: T, username: string, password = GOOD_PASSWORD): Promise<void> {
  if (t.ws.session) await t.ok('session.signOut');
  await t.ok('session.signIn', { username, password });
}

/** The user row for a username. */
export function userRow(t: T, username: string) {
  return getUserByUsername(t.ws.unlocked!.open.db, username);
}
