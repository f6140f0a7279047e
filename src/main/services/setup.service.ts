import type { z } from 'zod';
import type { SetupInputSchema } from '../../shared/schemas/session';
import { getUserBySlot } from '../db/repos/users.repo';
import { setMeta } from '../db/repos/meta.repo';
import { assertNotSetUp, createVault } from '../db/vault';
import { assertAcceptablePassword } from './password-policy';
import { lock } from './session.service';
import { audit, type Workspace } from './workspace';

/**
 * First-run set-up: creates the database, the keyring, the organisation and the first
 * administrator, and returns the recovery key (shown once). The administrator is then signed in.
 */
export async function setUp(ws: Workspace, input: z.output<typeof SetupInputSchema>): Promise<{ recoveryKey: string }> {
  // Refused before anything else happens: a set-up call on a computer already set up must not
  // sign out whoever is signed in (createVault checks again, for a vault that appears meanwhile).
  assertNotSetUp(ws.deps.paths);
  assertAcceptablePassword(input.password, ws.deps.commonPasswords, 'password');
  if (ws.unlocked) lock(ws, 'sign-out', false);
  const { unlocked, recoveryKey, userId } = await createVault(
    ws.deps.paths,
    { orgName: input.orgName, username: input.adminUsername, displayName: input.adminDisplayName, password: input.password },
    ws.deps.clock,
    ws.deps.vault,
  );
  const db = unlocked.open.db;
  const user = getUserBySlot(db, unlocked.slotId!)!;
  ws.unlocked = unlocked;
  ws.lockedAt = null;
  ws.session = {
    userId,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    mustChangePassword: false,
    discreet: false,
    lastActivityMs: ws.deps.clock.now().getTime(),
  };
  db.transaction(() => {
    setMeta(db, 'org_address', input.orgAddress);
    setMeta(db, 'org_phone', input.orgPhone);
    setMeta(db, 'org_email', input.orgEmail);
    audit(ws, { action: 'setup', entity: 'organisation', detail: 'database, keyring and first administrator created' });
    audit(ws, { action: 'sign-in', entity: 'user', entityId: userId });
  })();
  return { recoveryKey };
}
