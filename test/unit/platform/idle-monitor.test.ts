import { describe, expect, it } from 'vitest';
import { IDLE_CHECK_INTERVAL_MS, idleTick, lockForOs, workspaceIdleTarget, type IdleTarget } from '../../../src/main/platform/idle-monitor';
import { setUpWorkspace } from '../../helpers/temp-workspace';

function target(signedIn: boolean, idleLocks = false) {
  const calls: string[] = [];
  const t: IdleTarget = {
    hasSession: () => signedIn,
    touch: () => void calls.push('touch'),
    lockIfIdle: () => {
      calls.push('lockIfIdle');
      return idleLocks;
    },
    lock: (reason) => void calls.push(`lock:${reason}`),
  };
  return { t, calls };
}

describe('idle check', () => {
  it('runs every 15 seconds', () => {
    expect(IDLE_CHECK_INTERVAL_MS).toBe(15_000);
  });

  it('does nothing while nobody is signed in', () => {
    const { t, calls } = target(false);
    expect(idleTick(t, { systemIdleSeconds: 0, windowFocused: true })).toBe('no-session');
    expect(lockForOs(t, 'os-lock')).toBe(false);
    expect(calls).toEqual([]);
  });

  it('counts keyboard or mouse input since the last tick as activity while Waymark has focus', () => {
    const { t, calls } = target(true);
    expect(idleTick(t, { systemIdleSeconds: 3, windowFocused: true })).toBe('active');
    expect(calls).toEqual(['touch']);
  });

  it('does not count input in other programs: Waymark left in the background still locks on time', () => {
    const { t, calls } = target(true, true);
    expect(idleTick(t, { systemIdleSeconds: 3, windowFocused: false })).toBe('locked');
    expect(calls).toEqual(['lockIfIdle']);
  });

  it('asks the session whether the idle limit has passed when there was no input', () => {
    const quiet = target(true, false);
    expect(idleTick(quiet.t, { systemIdleSeconds: 60, windowFocused: true })).toBe('idle');
    const over = target(true, true);
    expect(idleTick(over.t, { systemIdleSeconds: 900, windowFocused: true })).toBe('locked');
  });

  it('locks at once on screen lock and on suspend', () => {
    const { t, calls } = target(true);
    expect(lockForOs(t, 'os-lock')).toBe(true);
    expect(lockForOs(t, 'suspend')).toBe(true);
    expect(calls).toEqual(['lock:os-lock', 'lock:suspend']);
  });
});

describe('idle check on a real workspace', () => {
  it('an idle session locks after the configured minutes, and the window is told to wipe', async () => {
    const h = await setUpWorkspace();
    try {
      const idle = workspaceIdleTarget(h.ws);
      expect(idle.hasSession()).toBe(true);
      h.clock.advance(5 * 60_000);
      // Input in the window keeps it open…
      expect(idleTick(idle, { systemIdleSeconds: 1, windowFocused: true })).toBe('active');
      h.clock.advance(9 * 60_000);
      expect(idleTick(idle, { systemIdleSeconds: 540, windowFocused: true })).toBe('idle');
      // …and without any, it locks once the default ten minutes have passed.
      h.clock.advance(60_000);
      expect(idleTick(idle, { systemIdleSeconds: 600, windowFocused: true })).toBe('locked');
      expect(h.ws.unlocked).toBeNull();
      expect(h.locks).toEqual(['idle']);
    } finally {
      h.cleanup();
    }
  });
});
