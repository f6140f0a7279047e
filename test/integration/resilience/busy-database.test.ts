import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { DatabaseBusyError } from '../../../src/main/db/errors';
import { sqliteIntegrity } from '../../../src/main/db/integrity';
import { getMeta } from '../../../src/main/db/repos/meta.repo';
import { fileHash } from '../backup/helpers';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * Another program holding the database (a second copy of a tool, a stuck sync client, an
 * antivirus scanner with the file open): Waymark says so plainly and nothing is damaged or
 * half-written. Waits are shortened from 5 s to 300 ms for the test.
 */

const FIXTURE = resolve(__dirname, 'fixtures/hold-lock.ts');
const BUSY_MS = 300;

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function fresh() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  t.ws.deps.vault = { ...t.ws.deps.vault, busyTimeoutMs: BUSY_MS };
  // Sign in again so the connection waits only BUSY_MS.
  await t.ok('session.signOut');
  await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
  return t;
}

/** Starts the other program and resolves once it holds its lock. */
function holdLock(dbPath: string, key: Buffer, mode: 'exclusive' | 'write'): Promise<ChildProcess> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dbPath, mode], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('held')) resolvePromise(child);
    });
    child.on('exit', (code) => reject(new Error(`the lock holder exited (${code}): ${err.slice(-1000)}`)));
    child.stdin.end(key.toString('hex') + '\n');
    cleanups.push(() => child.kill('SIGKILL'));
  });
}

/**
 * Waits until a plain read from this process is refused, so the test starts from a lock that is
 * really in force. (Rarely, a read straight after the other process reports its lock still got
 * through; seen only on the first hold after set-up, on a heavily loaded machine.)
 */
async function untilHeld(dbPath: string, key: Buffer): Promise<void> {
  for (let i = 0; i < 60; i++) {
    try {
      openDatabase(dbPath, Buffer.from(key), { readonly: true, busyTimeoutMs: 0 }).close();
    } catch (e) {
      if (e instanceof DatabaseBusyError) return;
      throw e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the other program’s lock never took effect');
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    child.removeAllListeners('exit');
    if (child.exitCode !== null || child.signalCode !== null) return r();
    child.on('exit', () => r());
    child.kill('SIGKILL');
  });
}

describe('another program holding the database', { timeout: 180_000 }, () => {
  it('holding it exclusively: sign-in says the database is in use, and works once the other program lets go', async () => {
    const t = await fresh();
    const key = Buffer.from(t.ws.unlocked!.open.dataKey);
    await t.ok('session.signOut');

    // On a loaded machine the other program's lock has been seen to lapse (CI, once) between our
    // check that it is in force and the sign-in. What is asserted is the behaviour while the lock
    // is actually held, so a lapse — a sign-in that got through, or a lock that never took effect —
    // starts a fresh holder (a sign-in that got through is signed out first). Three holders that
    // all lapse fail the test, saying whether the holder was still alive.
    const attempt = async () => {
      const t0 = performance.now();
      const result = await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
      return { result, waited: performance.now() - t0 };
    };
    let other: ChildProcess | null = null;
    let r: Awaited<ReturnType<typeof attempt>>['result'] | null = null;
    let waited = 0;
    const lapses: string[] = [];
    for (let holder = 0; holder < 3; holder++) {
      if (other) await killed(other);
      other = await holdLock(t.ws.deps.paths.dbPath, key, 'exclusive');
      try {
        await untilHeld(t.ws.deps.paths.dbPath, key);
      } catch (e) {
        lapses.push(`${(e as Error).message} (holder ${other.exitCode === null ? 'alive' : `exited ${other.exitCode}`})`);
        continue;
      }
      ({ result: r, waited } = await attempt());
      if (!r.ok) break;
      lapses.push(`sign-in got through (holder ${other.exitCode === null ? 'alive' : `exited ${other.exitCode}`})`);
      await t.ok('session.signOut');
      r = null;
    }
    if (!r) throw new Error(`the other program's lock kept lapsing: ${lapses.join('; ')}`);
    expect(r).toMatchObject({ ok: false, error: { code: 'DATABASE_BUSY', message: expect.stringMatching(/in use by another program.*nothing has been changed/) } });
    expect(waited).toBeGreaterThanOrEqual(BUSY_MS * 0.9);
    expect(t.ws.session).toBeNull();
    expect(t.ws.unlocked).toBeNull();

    await killed(other!);
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const db = t.ws.unlocked!.open.db;
    expect(sqliteIntegrity(db).ok).toBe(true);
    // What the other program committed before it died is there.
    expect(getMeta(db, 'held-by-other')).toBe('committed');
  });

  it('a long write transaction: reading carries on, saving says the database is in use, and nothing is half-written', async () => {
    const t = await fresh();
    const key = Buffer.from(t.ws.unlocked!.open.dataKey);
    const keyringBefore = fileHash(t.ws.deps.paths.keyringPath);
    const other = await holdLock(t.ws.deps.paths.dbPath, key, 'write');

    expect((await t.router.call('users.list', {})).ok).toBe(true);
    expect(await t.router.call('settings.update', { orgPhone: '01234 567890' })).toMatchObject({ ok: false, error: { code: 'DATABASE_BUSY' } });
    // Adding a user writes a row and the keyring together: neither happened.
    expect(await t.router.call('users.add', { username: 'sam', displayName: 'Sam', role: 'manager', temporaryPassword: 'sams-temporary-pw' })).toMatchObject({
      ok: false,
      error: { code: 'DATABASE_BUSY' },
    });
    expect(fileHash(t.ws.deps.paths.keyringPath)).toBe(keyringBefore);
    expect(t.ws.unlocked!.open.db.prepare("SELECT count(*) FROM users WHERE username = 'sam'").pluck().get()).toBe(0);
    expect(t.errors).toEqual([]);

    // Signing in needs to record the sign-in: it is refused cleanly, not left half signed in.
    await t.ok('session.signOut').catch(() => undefined);
    const signIn = await t.router.call('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    expect(signIn).toMatchObject({ ok: false, error: { code: 'DATABASE_BUSY' } });
    expect(t.ws.session).toBeNull();
    expect(t.ws.unlocked).toBeNull();

    await killed(other);
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const db = t.ws.unlocked!.open.db;
    expect(getMeta(db, 'uncommitted-by-other')).toBeNull();
    expect(sqliteIntegrity(db).ok).toBe(true);
    await t.ok('settings.update', { orgPhone: '01234 567890' });
  });
});
