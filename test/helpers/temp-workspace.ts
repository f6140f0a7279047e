import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/shared/clock';
import type { ScryptParams } from '../../src/main/db/crypto';
import { vaultPaths } from '../../src/main/db/vault';
import { createAppRouter } from '../../src/main/ipc/app-router';
import type { Router } from '../../src/main/ipc/router';
import { loadCommonPasswords } from '../../src/main/services/common-passwords';
import { createWorkspace, type LockReason, type Workspace } from '../../src/main/services/workspace';

/**
 * Cheap scrypt parameters for tests that are not about key derivation: the format and code path
 * are the same, only the cost differs. Tests of the keyring itself use the real parameters.
 */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

/** A password that passes the policy. */
export const GOOD_PASSWORD = 'lantern-orchard-pebble';

/** A temporary folder removed after the test. */
export function tempDir(prefix = 'waymark-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A workspace on a real encrypted database in a temporary folder, with a test clock. */
export function tempWorkspace(opts: { start?: string; scrypt?: ScryptParams } = {}) {
  const { dir, cleanup } = tempDir();
  const clock = fixedClock(opts.start ?? '2026-11-20T10:00:00Z');
  const locks: LockReason[] = [];
  const errors: unknown[] = [];
  const ws: Workspace = createWorkspace({
    paths: vaultPaths(join(dir, 'waymark.db')),
    clock,
    vault: { scrypt: opts.scrypt ?? TEST_SCRYPT },
    commonPasswords: loadCommonPasswords(),
    onLocked: (r) => locks.push(r),
  });
  const router: Router = createAppRouter(ws, (_c, e) => errors.push(e));
  return {
    dir,
    clock,
    ws,
    router,
    locks,
    errors,
    /** Calls a channel and returns the value, failing the test on an error result. */
    async ok<T = unknown>(channel: string, input: unknown = {}): Promise<T> {
      const r = await router.call(channel, input);
      if (!r.ok) {
        const cause = r.error.code === 'INTERNAL' && errors.length ? ` (cause: ${String(errors[errors.length - 1])})` : '';
        throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}${cause}`);
      }
      return r.value as T;
    },
    cleanup() {
      ws.unlocked?.open.close();
      cleanup();
    },
  };
}

/** Sets up a workspace with an administrator signed in. */
export async function setUpWorkspace(opts: { start?: string } = {}) {
  const t = tempWorkspace(opts);
  const { recoveryKey } = await t.ok<{ recoveryKey: string }>('setup.create', {
    orgName: 'Harbour Refuge',
    adminUsername: 'admin',
    adminDisplayName: 'Ada Admin',
    password: GOOD_PASSWORD,
    passwordAgain: GOOD_PASSWORD,
  });
  return { ...t, recoveryKey };
}
