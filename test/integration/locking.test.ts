import { afterEach, describe, expect, it } from 'vitest';
import { lock, lockIfIdle } from '../../src/main/services/session.service';
import { GOOD_PASSWORD, setUpWorkspace } from '../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('locking', () => {
  it('locks after the idle time, zero-fills the key, and the status then shows nobody', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await t.ok('settings.update', { idleLockMinutes: 5 });
    const key = t.ws.unlocked!.open.dataKey;
    t.clock.advance(4 * 60_000 + 59_000);
    expect(lockIfIdle(t.ws)).toBe(false);
    await t.ok('session.touch'); // activity resets the timer
    t.clock.advance(4 * 60_000);
    expect(lockIfIdle(t.ws)).toBe(false);
    t.clock.advance(60_000);
    expect(lockIfIdle(t.ws)).toBe(true);
    expect(key.equals(Buffer.alloc(32))).toBe(true);
    expect(t.ws.unlocked).toBeNull();
    expect(t.locks).toEqual(['idle']);
    const status = await t.ok<{ locked: boolean; session: unknown; orgName: unknown }>('app.status');
    expect(status).toMatchObject({ locked: true, session: null, orgName: null });
    expect((await t.router.call('users.list', {})).ok).toBe(false);
  });

  it("only the person's own typing or clicking counts as activity: the home screen's background refreshes do not keep Waymark unlocked", async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    // A PC left on the home screen: the backup panel and "on now" refresh themselves every minute.
    for (let minute = 0; minute < 9; minute++) {
      t.clock.advance(60_000);
      await t.ok('backup.status');
      await t.ok('rota.onNow');
    }
    t.clock.advance(60_000);
    expect(lockIfIdle(t.ws)).toBe(true);
    expect(t.locks).toEqual(['idle']);

    // Signed in again: the renderer reports a key press or click as session.touch.
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    t.clock.advance(9 * 60_000);
    await t.ok('session.touch');
    t.clock.advance(9 * 60_000);
    expect(lockIfIdle(t.ws)).toBe(false);
    t.clock.advance(60_000);
    expect(lockIfIdle(t.ws)).toBe(true);
  });

  it('locks on the OS screen lock and on suspend, and records why', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    lock(t.ws, 'os-lock');
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    lock(t.ws, 'suspend');
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    await t.ok('session.lock');
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const entries = await t.ok<{ action: string; detail: string | null }[]>('audit.list', { action: 'lock' });
    expect(entries.map((e) => e.detail).reverse()).toEqual(['os-lock', 'suspend', 'manual']);
    expect(t.locks).toEqual(['os-lock', 'suspend', 'manual']);
  });

  it('remembers discreet mode per person across sign-ins', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    expect((await t.ok<{ discreet: boolean }>('session.setDiscreet', { discreet: true })).discreet).toBe(true);
    await t.ok('session.lock');
    const s = await t.ok<{ discreet: boolean }>('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    expect(s.discreet).toBe(true);
  });
});
