import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { keyringPathFor } from '../db/keyring-file';
import { systemClock, type Clock } from '../../shared/clock';
import { AppError } from '../../shared/errors';
import type { Channel } from '../../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import type { ScryptParams } from '../db/crypto';
import { vaultPaths } from '../db/vault';
import { createAppRouter } from '../ipc/app-router';
import type { Router } from '../ipc/router';
import { loadCommonPasswords } from '../services/common-passwords';
import { lock } from '../services/session.service';
import { createWorkspace, type Workspace } from '../services/workspace';

/** What every command gets: a workspace on the given database and the same router the app uses. */
export interface CliContext {
  ws: Workspace;
  router: Router;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  close(): void;
}

/** Options the tests and benchmarks pass. */
export interface CliEnv {
  clock?: Clock;
  scrypt?: ScryptParams;
}

/** Refuses a database path that does not exist, with the path in the message. */
export function requireDbFile(dbPath: string): void {
  if (!existsSync(dbPath)) throw new AppError('FILE_MISSING', `no database at ${dbPath}`);
  if (!existsSync(keyringPathFor(dbPath))) throw new AppError('FILE_MISSING', `no keyring beside ${dbPath} (expected ${keyringPathFor(dbPath)})`);
}

/** Opens a CLI context for a database path (nothing is unlocked yet). */
export function cliContext(dbPath: string, env: CliEnv = {}): CliContext {
  const ws = createWorkspace({
    paths: vaultPaths(resolve(dbPath)),
    clock: env.clock ?? systemClock,
    vault: env.scrypt ? { scrypt: env.scrypt } : undefined,
    commonPasswords: loadCommonPasswords(),
  });
  const router = createAppRouter(ws, () => {});
  return {
    ws,
    router,
    async call(channel, input) {
      const r = await router.call(channel, input);
      if (!r.ok) {
        const field = r.error.fields ? Object.values(r.error.fields)[0] : undefined;
        throw new AppError(r.error.code, field && r.error.code === 'INVALID_INPUT' ? field : r.error.message);
      }
      return r.value as never;
    },
    close() {
      if (ws.unlocked) lock(ws, 'sign-out', false);
    },
  };
}
