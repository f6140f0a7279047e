import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/db/repos/audit.repo';
import { addStaff } from '../helpers/staff';
import { GOOD_PASSWORD, setUpWorkspace } from '../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('the audit log', () => {
  it('records set-up, sign-in, changes, sign-out and failed sign-ins', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await addStaff(t, 'sam', 'support_worker', 'Sam Support');
    await t.ok('session.signOut');
    await t.router.call('session.signIn', { username: 'sam', password: 'not-sams-password' });
    await t.router.call('session.signIn', { username: 'ghost', password: 'whatever-it-is' });
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const entries = await t.ok<{ action: string; username: string | null; detail: string | null }[]>('audit.list', {});
    const actions = entries.map((e) => e.action).reverse();
    expect(actions).toEqual(['setup', 'sign-in', 'user.add', 'sign-out', 'sign-in.failed', 'sign-in.failed', 'sign-in']);
    const failed = entries.filter((e) => e.action === 'sign-in.failed');
    expect(failed.map((f) => f.username).sort()).toEqual([null, 'sam']);
    // What was typed as a username is never stored, only matched.
    expect(JSON.stringify(entries)).not.toContain('ghost');
    expect(JSON.stringify(entries)).not.toContain('not-sams-password');
  });

  it('refuses UPDATE and DELETE', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    const db = t.ws.unlocked!.open.db;
    expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('detects a row altered through an external connection and names the row', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await addStaff(t, 'sam', 'support_worker');
    await addStaff(t, 'kim', 'manager');
    const key = Buffer.from(t.ws.unlocked!.open.dataKey);
    await t.ok('session.signOut');
    // Someone with the key and a SQLite tool drops the trigger and edits a row.
    const ext = new Database(t.ws.deps.paths.dbPath);
    ext.pragma("cipher = 'sqlcipher'");
    ext.pragma('legacy = 4');
    ext.key(Buffer.from(`x'${key.toString('hex')}'`));
    ext.exec('DROP TRIGGER audit_log_no_update');
    ext.prepare("UPDATE audit_log SET detail = 'role manager' WHERE id = 3").run();
    ext.close();
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const check = await t.ok<{ ok: boolean; firstBrokenId: number; message: string }>('audit.verify', {});
    expect(check.ok).toBe(false);
    expect(check.firstBrokenId).toBe(3);
    expect(check.message).toMatch(/row 3/);
  });

  it('detects a deleted row in the middle of the chain', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await addStaff(t, 'sam', 'support_worker');
    const db = t.ws.unlocked!.open.db;
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE id = 2').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenId: 3 });
  });

  it('filters by the kind of record an entry is about', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await addStaff(t, 'sam', 'support_worker');
    await t.ok('settings.update', { idleLockMinutes: 15 });
    const all = await t.ok<{ entity: string | null }[]>('audit.list', {});
    const users = await t.ok<{ action: string; entity: string | null }[]>('audit.list', { entity: 'user' });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((e) => e.entity === 'user')).toBe(true);
    expect(users.map((e) => e.action)).toEqual(expect.arrayContaining(['sign-in', 'user.add']));
    expect(users).toHaveLength(all.filter((e) => e.entity === 'user').length);
    const org = await t.ok<{ action: string }[]>('audit.list', { entity: 'organisation' });
    expect(org.map((e) => e.action)).toEqual(['setup']);
    const settings = await t.ok<{ action: string }[]>('audit.list', { entity: 'settings' });
    expect(settings.map((e) => e.action)).toEqual(['settings.update']);
    // Combined with an action, both must match; an entity nothing was recorded about matches nothing.
    expect(await t.ok<unknown[]>('audit.list', { entity: 'organisation', action: 'sign-in' })).toEqual([]);
    expect(await t.ok<unknown[]>('audit.list', { entity: 'household' })).toEqual([]);
  });

  it('filters by user, action and London dates', async () => {
    const t = await setUpWorkspace({ start: '2026-06-30T22:30:00Z' }); // 23:30 BST on 30 June
    cleanups.push(t.cleanup);
    t.clock.set('2026-06-30T23:30:00Z'); // 00:30 BST on 1 July
    await addStaff(t, 'sam', 'support_worker');
    const june = await t.ok<{ action: string }[]>('audit.list', { from: '2026-06-30', to: '2026-06-30' });
    expect(june.map((e) => e.action).sort()).toEqual(['setup', 'sign-in']);
    const july = await t.ok<{ action: string }[]>('audit.list', { from: '2026-07-01', action: 'user.add' });
    expect(july).toHaveLength(1);
    const byUser = await t.ok<unknown[]>('audit.list', { userId: 999 });
    expect(byUser).toHaveLength(0);
  });
});
