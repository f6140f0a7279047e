import type { Role } from '../../shared/roles';
import { getUserByUsername, setMustChangePassword } from '../db/repos/users.repo';
import { addUser } from '../services/users.service';
import { requireDb, type Workspace } from '../services/workspace';

/** The demo staff accounts: every role, as a small service would have them. */
export const DEMO_STAFF: readonly { username: string; displayName: string; role: Role }[] = [
  { username: 'mona.manager', displayName: 'Mona Okafor', role: 'manager' },
  { username: 'marcus.manager', displayName: 'Marcus Reid', role: 'manager' },
  { username: 'sophie.support', displayName: 'Sophie Turner', role: 'support_worker' },
  { username: 'priya.support', displayName: 'Priya Desai', role: 'support_worker' },
  { username: 'hannah.support', displayName: 'Hannah Kowalczyk', role: 'support_worker' },
  { username: 'david.support', displayName: 'David Mensah', role: 'support_worker' },
  { username: 'nina.night', displayName: 'Nina Farouk', role: 'night_worker' },
  { username: 'olu.night', displayName: 'Olu Adebayo', role: 'night_worker' },
];

/** Creates the demo accounts (skipping any that exist) and returns their ids by username. */
export async function seedStaffAccounts(ws: Workspace, password: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const s of DEMO_STAFF) {
    const existing = getUserByUsername(requireDb(ws), s.username);
    if (existing) {
      ids.set(s.username, existing.id);
      continue;
    }
    const u = await addUser(ws, { ...s, temporaryPassword: password });
    // Demo accounts are for trying the app: they need not change the password first.
    setMustChangePassword(requireDb(ws), u.id, false);
    ids.set(s.username, u.id);
  }
  return ids;
}
