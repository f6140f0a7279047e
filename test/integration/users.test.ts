import { afterEach, describe, expect, it } from 'vitest';
import { addStaff, signInAs, userRow } from '../helpers/staff';
import { GOOD_PASSWORD, setUpWorkspace } from '../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function fresh() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  return t;
}

describe('staff accounts', () => {
  it('a new user must change the temporary password before doing anything else', async () => {
    const t = await fresh();
    await t.ok('users.add', { username: 'Sam', displayName: 'Sam Okafor', role: 'support_worker', temporaryPassword: 'temporary-pass-123' });
    await signInAs(t, 'sam', 'temporary-pass-123');
    expect(t.ws.session!.mustChangePassword).toBe(true);
    expect(await t.router.call('settings.get', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    const bad = await t.router.call('session.changePassword', { currentPassword: 'temporary-pass-123', newPassword: 'password1234', newPasswordAgain: 'password1234' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'WEAK_PASSWORD', fields: { newPassword: expect.stringMatching(/common/) } } });
    await t.ok('session.changePassword', { currentPassword: 'temporary-pass-123', newPassword: 'marmalade-sunrise-42', newPasswordAgain: 'marmalade-sunrise-42' });
    expect((await t.router.call('settings.get', {})).ok).toBe(true);
    await t.ok('session.signOut');
    expect((await t.router.call('session.signIn', { username: 'sam', password: 'temporary-pass-123' })).ok).toBe(false);
    await t.ok('session.signIn', { username: 'sam', password: 'marmalade-sunrise-42' });
  });

  it('refuses common and short passwords, with the reason beside the field', async () => {
    const t = await fresh();
    for (const pw of ['qwerty123456', 'Password2024!', 'aaaaaaaaaaaaaaa']) {
      const r = await t.router.call('users.add', { username: 'x1', displayName: 'X', role: 'manager', temporaryPassword: pw });
      expect(r, pw).toMatchObject({ ok: false, error: { code: 'WEAK_PASSWORD', fields: { temporaryPassword: expect.any(String) } } });
    }
    const short = await t.router.call('users.add', { username: 'x1', displayName: 'X', role: 'manager', temporaryPassword: 'short' });
    expect(short).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { temporaryPassword: expect.stringMatching(/12/) } } });
    expect(userRow(t, 'x1')).toBeNull();
  });

  it('a deactivated user cannot sign in, and gets the same message as a wrong password', async () => {
    const t = await fresh();
    const id = await addStaff(t, 'sam', 'support_worker');
    await t.ok('users.deactivate', { userId: id });
    await t.ok('session.signOut');
    const r = await t.router.call('session.signIn', { username: 'sam', password: GOOD_PASSWORD });
    const wrong = await t.router.call('session.signIn', { username: 'admin', password: 'not-the-password' });
    expect(r).toEqual(wrong);
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    // Their slot is gone from the keyring, not just flagged.
    expect(t.ws.deps.paths.keyringPath).toBeTruthy();
    const { readKeyringFile } = await import('../../src/main/db/keyring-file');
    const { findUserSlot } = await import('../../src/main/db/keyring');
    expect(findUserSlot(readKeyringFile(t.ws.deps.paths.keyringPath), 'sam')).toBeNull();
  });

  it('the last active administrator cannot be demoted or deactivated', async () => {
    const t = await fresh();
    const adminId = t.ws.session!.userId;
    expect(await t.router.call('users.setRole', { userId: adminId, role: 'manager' })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
    const other = await addStaff(t, 'bea', 'administrator');
    await signInAs(t, 'bea');
    expect(await t.router.call('users.deactivate', { userId: adminId })).toMatchObject({ ok: true });
    expect(await t.router.call('users.setRole', { userId: other, role: 'manager' })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } });
  });

  it('an administrator resets a password to a temporary one that must be changed', async () => {
    const t = await fresh();
    const id = await addStaff(t, 'sam', 'support_worker');
    await t.ok('users.resetPassword', { userId: id, temporaryPassword: 'fresh-temporary-99' });
    await signInAs(t, 'sam', 'fresh-temporary-99');
    expect(t.ws.session!.mustChangePassword).toBe(true);
    await t.ok('session.signOut');
    expect((await t.router.call('session.signIn', { username: 'sam', password: GOOD_PASSWORD })).ok).toBe(false);
  });

  it('the recovery key unlocks and sets a new administrator password', async () => {
    const t = await fresh();
    await t.ok('session.signOut');
    const wrongKey = await t.router.call('session.recover', {
      recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
      adminUsername: 'admin',
      newPassword: 'brand-new-admin-pass',
      newPasswordAgain: 'brand-new-admin-pass',
    });
    expect(wrongKey).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    const s = await t.ok<{ username: string; role: string }>('session.recover', {
      recoveryKey: t.recoveryKey.toLowerCase(),
      adminUsername: 'admin',
      newPassword: 'brand-new-admin-pass',
      newPasswordAgain: 'brand-new-admin-pass',
    });
    expect(s).toMatchObject({ username: 'admin', role: 'administrator' });
    await t.ok('session.signOut');
    expect((await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).ok).toBe(false);
    await t.ok('session.signIn', { username: 'admin', password: 'brand-new-admin-pass' });
    const used = await t.ok<unknown[]>('audit.list', { action: 'recovery-key.used' });
    expect(used).toHaveLength(1);
  });

  it('failed attempts get growing delays per username', async () => {
    const t = await fresh();
    await addStaff(t, 'sam', 'support_worker');
    await t.ok('session.signOut');
    const attempt = () => t.router.call('session.signIn', { username: 'admin', password: 'wrong-wrong-wrong' });
    for (let i = 0; i < 3; i++) expect(await attempt()).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    // Three failures are free; then a one-second wait starts, even for the right password.
    expect(await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'THROTTLED', message: expect.stringMatching(/Wait 1 seconds/) },
    });
    // Another username is not held up.
    expect((await t.router.call('session.signIn', { username: 'sam', password: GOOD_PASSWORD })).ok).toBe(true);
    await t.ok('session.signOut');
    t.clock.advance(1_000);
    expect(await attempt()).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } }); // fourth failure: now 2 s
    t.clock.advance(1_000);
    expect(await attempt()).toMatchObject({ error: { code: 'THROTTLED', message: expect.stringMatching(/Wait 1 seconds/) } });
    t.clock.advance(1_000);
    expect((await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD })).ok).toBe(true);
    // Success resets the count.
    await t.ok('session.signOut');
    expect(await attempt()).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    expect(await attempt()).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
  });
});
