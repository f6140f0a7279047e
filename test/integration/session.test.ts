import { afterEach, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, setUpWorkspace } from '../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('first-run set-up and sign-in', () => {
  it('sets up, signs out, and signs back in as the administrator', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    expect(t.recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const status = await t.ok<{ session: { role: string } }>('app.status');
    expect(status.session.role).toBe('administrator');
    await t.ok('session.signOut');
    expect((await t.router.call('users.list', {})).ok).toBe(false);
    const s = await t.ok<{ username: string }>('session.signIn', { username: 'ADMIN', password: GOOD_PASSWORD });
    expect(s.username).toBe('admin');
  });

  it('gives the same message for a wrong username and a wrong password', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('session.signOut');
    const a = await t.router.call('session.signIn', { username: 'nobody', password: GOOD_PASSWORD });
    const b = await t.router.call('session.signIn', { username: 'admin', password: 'wrong-password-here' });
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(false);
    if (!a.ok && !b.ok) {
      expect(a.error).toEqual(b.error);
      expect(a.error.code).toBe('BAD_CREDENTIALS');
    }
  });
});
