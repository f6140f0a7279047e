import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../src/shared/errors';
import { CHANNELS, type Channel } from '../../src/shared/ipc/channels';
import { contract } from '../../src/shared/ipc/contract';
import { PERMISSIONS } from '../../src/shared/ipc/permissions';
import { createRouter, type CallerSession, type Handlers } from '../../src/main/ipc/router';

function handlersWith(overrides: Partial<Record<Channel, (input: unknown) => unknown>>): Handlers {
  const all = Object.fromEntries(CHANNELS.map((c) => [c, overrides[c] ?? (() => ({ done: true }))]));
  return all as unknown as Handlers;
}

function router(session: CallerSession | null, overrides: Partial<Record<Channel, (input: unknown) => unknown>> = {}) {
  const denied: string[] = [];
  const logged: unknown[] = [];
  const r = createRouter({
    handlers: handlersWith(overrides),
    getSession: () => session,
    onDenied: (c) => denied.push(c),
    logError: (_c, e) => logged.push(e),
  });
  return { r, denied, logged };
}

describe('the router', () => {
  it('has exactly one contract entry and one permission per channel', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers an unknown channel with a typed error, including prototype keys', async () => {
    const { r } = router({ role: 'administrator', mustChangePassword: false });
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      const res = await r.call(name, {});
      expect(res).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.any(String) } });
    }
  });

  it('refuses a signed-in channel without a session', async () => {
    const { r } = router(null);
    expect(await r.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('refuses a role the permission table does not allow, and reports the denial', async () => {
    const { r, denied } = router({ role: 'support_worker', mustChangePassword: false });
    expect(await r.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(denied).toEqual(['users.list']);
  });

  it('holds a person who must change their password to the password screen', async () => {
    const { r } = router({ role: 'administrator', mustChangePassword: true });
    expect(await r.call('users.list', {})).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    expect(await r.call('session.lock', {})).toMatchObject({ ok: true });
  });

  it('validates input with the contract schema and names the fields', async () => {
    const handler = vi.fn();
    const { r } = router({ role: 'administrator', mustChangePassword: false }, { 'users.add': handler });
    const res = await r.call('users.add', { username: 'x', role: 'boss', displayName: '', temporaryPassword: 'short', extra: 1 });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('INVALID_INPUT');
      expect(Object.keys(res.error.fields ?? {})).toEqual(expect.arrayContaining(['username', 'role', 'temporaryPassword']));
    }
    expect(handler).not.toHaveBeenCalled();
    expect((await r.call('users.list', 'not an object')).ok).toBe(false);
  });

  it('answers input that makes the validator itself throw as invalid input, without calling the handler', async () => {
    const handler = vi.fn();
    const { r, logged } = router({ role: 'administrator', mustChangePassword: false }, { 'referrals.create': handler });
    // zod compares `length` with the limit, and an object with no primitive value cannot be compared.
    const res = await r.call('referrals.create', { notes: { length: Object.create(null) } });
    expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.any(String) } });
    expect(handler).not.toHaveBeenCalled();
    expect(logged).toEqual([]);
  });

  it('never lets a thrown error, its stack or SQL reach the caller', async () => {
    const { r, logged } = router({ role: 'administrator', mustChangePassword: false }, {
      'users.list': () => {
        throw new Error('SQLITE_ERROR: no such table: secret_table at /home/x/app.js:1:1');
      },
    });
    const res = await r.call('users.list', {});
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(JSON.stringify(res)).not.toMatch(/secret_table|SQLITE|\.js:|at /);
    expect(logged).toHaveLength(1);
  });

  it('passes an AppError through as its code and message', async () => {
    const { r } = router({ role: 'administrator', mustChangePassword: false }, {
      'users.list': () => {
        throw new AppError('LAST_ADMIN', 'Ada is the last active administrator.');
      },
    });
    expect(await r.call('users.list', {})).toEqual({ ok: false, error: { code: 'LAST_ADMIN', message: 'Ada is the last active administrator.' } });
  });

  it('strips anything a handler returns beyond the contract', async () => {
    const { r } = router({ role: 'administrator', mustChangePassword: false }, {
      'settings.get': () => ({ idleLockMinutes: 10, escalationIncidents: 3, escalationMonths: 12, orgName: 'X', orgAddress: '', orgPhone: '', orgEmail: '', dataKey: 'secret' }),
    });
    const res = await r.call('settings.get', {});
    expect(res.ok && (res.value as Record<string, unknown>).dataKey).toBeUndefined();
    expect(z.object({ orgName: z.string() }).safeParse(res.ok && res.value).success).toBe(true);
  });
});
