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

describe('first-run set-up on a computer already set up', () => {
  it('is refused before anything else: whoever is signed in stays signed in', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    const r = await t.router.call('setup.create', {
      orgName: 'Another Refuge',
      adminUsername: 'intruder',
      adminDisplayName: 'In Truder',
      password: 'another-long-password',
      passwordAgain: 'another-long-password',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'ALREADY_SET_UP' } });
    expect(t.ws.session?.username).toBe('admin');
    const status = await t.ok<{ session: { username: string } | null }>('app.status');
    expect(status.session?.username).toBe('admin');
    const actions = (await t.ok<{ action: string }[]>('audit.list', {})).map((e) => e.action);
    expect(actions).not.toContain('sign-out');
  });
});

describe('the growing delay holds against attempts made at the same moment', () => {
  const signInAll = (t: Awaited<ReturnType<typeof setUpWorkspace>>, n: number, password: string) =>
    Promise.all(Array.from({ length: n }, () => t.router.call('session.signIn', { username: 'admin', password })));
  const codes = (rs: { ok: boolean; error?: { code: string } }[]) => rs.map((r) => (r.ok ? 'ok' : r.error!.code)).sort();

  it('five wrong passwords sent together: three are tried, the rest must wait', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('session.signOut');
    const rs = await signInAll(t, 5, 'wrong-wrong-wrong');
    expect(codes(rs)).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'THROTTLED', 'THROTTLED']);
    // The delay now holds for the right password too, until it has run.
    expect(await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).toMatchObject({ error: { code: 'THROTTLED' } });
    t.clock.advance(1_000);
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    // The three that were tried are audited; the refused ones never reached a password check.
    expect(await t.ok<unknown[]>('audit.list', { action: 'sign-in.failed' })).toHaveLength(3);
  });

  it('after two failures, of three wrong passwords sent together only one more is tried', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('session.signOut');
    for (let i = 0; i < 2; i++) await t.router.call('session.signIn', { username: 'admin', password: 'wrong-wrong-wrong' });
    const rs = await Promise.all([
      t.router.call('session.signIn', { username: 'admin', password: 'wrong-wrong-wrong' }),
      t.router.call('session.signIn', { username: 'admin', password: 'wrong-wrong-wrong' }),
      t.router.call('session.signIn', { username: 'admin', password: 'wrong-wrong-wrong' }),
    ]);
    expect(codes(rs)).toEqual(['BAD_CREDENTIALS', 'THROTTLED', 'THROTTLED']);
  });

  it('an attempt that fails for another reason (a newer database) is not counted against the person', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    t.ws.unlocked!.open.db.pragma('user_version = 999');
    await t.ok('session.signOut');
    // One after another: each is taken back once it fails, so none meets a delay.
    for (let i = 0; i < 6; i++) {
      expect(await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).toMatchObject({ ok: false, error: { code: 'NEWER_SCHEMA' } });
    }
  });
});

describe('recovery-key attempts', () => {
  const recover = (t: Awaited<ReturnType<typeof setUpWorkspace>>, recoveryKey: string) =>
    t.router.call('session.recover', { recoveryKey, adminUsername: 'admin', newPassword: 'brand-new-admin-pass', newPasswordAgain: 'brand-new-admin-pass' });
  const WRONG_KEY = 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA';

  it('wrong recovery keys get the growing delay, even sent together, and each is audited', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('session.signOut');
    const rs = await Promise.all(Array.from({ length: 5 }, () => recover(t, WRONG_KEY)));
    expect(rs.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'THROTTLED', 'THROTTLED']);
    // Even the right key waits for the delay to run.
    expect(await recover(t, t.recoveryKey)).toMatchObject({ ok: false, error: { code: 'THROTTLED', message: expect.stringMatching(/Wait 1 seconds/) } });
    // Passwords are counted apart: the administrator can still sign in meanwhile.
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    await t.ok('session.signOut');

    t.clock.advance(1_000);
    expect(await recover(t, t.recoveryKey)).toMatchObject({ ok: true });
    const entries = await t.ok<{ action: string; detail: string | null; username: string | null }[]>('audit.list', {});
    const failed = entries.filter((e) => e.action === 'recovery-key.failed');
    expect(failed).toHaveLength(3);
    expect(failed.every((e) => e.detail === 'wrong recovery key' && e.username === null)).toBe(true);
    // Recorded in order: the failures before the recovery that followed them.
    const actions = entries.map((e) => e.action).reverse();
    expect(actions.lastIndexOf('recovery-key.failed')).toBeLessThan(actions.indexOf('recovery-key.used'));
    expect(JSON.stringify(entries)).not.toContain('AAAA');
  });

  it('a right key resets the count', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('session.signOut');
    for (let i = 0; i < 2; i++) expect(await recover(t, WRONG_KEY)).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    expect((await recover(t, t.recoveryKey)).ok).toBe(true);
    await t.ok('session.signOut');
    for (let i = 0; i < 3; i++) expect(await recover(t, WRONG_KEY)).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
  });
});
