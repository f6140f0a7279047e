import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc/channels';
import { PERMISSIONS } from '../../src/shared/ipc/permissions';
import { ROLES } from '../../src/shared/roles';
import { listAudit } from '../../src/main/db/repos/audit.repo';
import { addStaff, signInAs } from '../helpers/staff';
import { setUpWorkspace } from '../helpers/temp-workspace';

let t: Awaited<ReturnType<typeof setUpWorkspace>>;
beforeAll(async () => {
  t = await setUpWorkspace();
  for (const role of ROLES) await addStaff(t, `as-${role}`, role);
});
afterAll(() => t.cleanup());

describe('role enforcement', () => {
  // Every channel, called by every role, against the permission table. An allowed call may still
  // fail its input check (we send {}), but it must never be FORBIDDEN; a refused one always is.
  for (const role of ROLES) {
    for (const channel of CHANNELS) {
      const access = PERMISSIONS[channel];
      if (access === 'public') continue;
      const allowed = access === 'signed-in' || access.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} call ${channel}`, async () => {
        await signInAs(t, `as-${role}`);
        const r = await t.router.call(channel, {});
        if (allowed) expect(r.ok ? 'ok' : r.error.code).not.toBe('FORBIDDEN');
        else {
          expect(r.ok ? 'ok' : r.error.code).toBe('FORBIDDEN');
          const last = listAudit(t.ws.unlocked!.open.db, { limit: 1 })[0]!;
          expect(last).toMatchObject({ action: 'access.denied', entityId: channel, username: `as-${role}` });
        }
      });
    }
  }

  it('public channels answer without a session', async () => {
    if (t.ws.session) await t.ok('session.signOut');
    for (const channel of CHANNELS.filter((c) => PERMISSIONS[c] === 'public')) {
      const r = await t.router.call(channel, {});
      expect(r.ok ? 'ok' : r.error.code).not.toMatch(/FORBIDDEN|NOT_SIGNED_IN/);
    }
  });
});
