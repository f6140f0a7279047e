import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '../../shared/clock';
import { keyringPathFor } from '../db/keyring-file';
import { vaultPaths } from '../db/vault';
import { createAppRouter } from '../ipc/app-router';
import type { Router } from '../ipc/router';
import { loadCommonPasswords } from '../services/common-passwords';
import { lock, signIn } from '../services/session.service';
import { setUp } from '../services/setup.service';
import { createWorkspace, type Workspace } from '../services/workspace';
import { seedClock } from '../seed/seed-clock';
import { seedDemo, type SeedScale } from '../seed/seed-demo';

/** The demo database a benchmark run shares: seeded once, then opened by each benchmark. */
export interface DemoDb {
  dbPath: string;
  username: string;
  password: string;
  /** Opens a signed-in workspace on it (the caller closes it). */
  open(): Promise<{ ws: Workspace; router: Router; close(): void }>;
}

const USERNAME = 'bench.admin';
const PASSWORD = 'benchmark-passphrase-long';

function workspaceFor(dbPath: string): Workspace {
  return createWorkspace({ paths: vaultPaths(dbPath), clock: systemClock, commonPasswords: loadCommonPasswords() });
}

/**
 * Creates and seeds the demo database for a scale, or copies a prepared one from
 * WAYMARK_BENCH_DB to save the large seed's time when iterating (its administrator is
 * WAYMARK_BENCH_USER, whose password is read from WAYMARK_BENCH_PASSWORD; by default the
 * benchmark's own account).
 */
export async function createDemoDb(dir: string, scale: SeedScale, log: (line: string) => void): Promise<DemoDb> {
  const dbPath = join(dir, `demo-${scale}.db`);
  const prepared = process.env.WAYMARK_BENCH_DB;
  const username = prepared ? (process.env.WAYMARK_BENCH_USER ?? USERNAME) : USERNAME;
  const password = prepared ? (process.env.WAYMARK_BENCH_PASSWORD ?? PASSWORD) : PASSWORD;
  if (prepared && existsSync(prepared)) {
    log(`demo database: copying ${prepared}`);
    copyFileSync(prepared, dbPath);
    copyFileSync(keyringPathFor(prepared), keyringPathFor(dbPath));
  } else {
    log(`demo database: seeding at ${scale} scale (this takes a while at large scale)`);
    const clock = seedClock(new Date());
    const ws = createWorkspace({ paths: vaultPaths(dbPath), clock, commonPasswords: loadCommonPasswords() });
    await setUp(ws, {
      orgName: 'Benchmark Refuge',
      orgAddress: '',
      orgPhone: '',
      orgEmail: '',
      adminUsername: USERNAME,
      adminDisplayName: 'Benchmark Admin',
      password: PASSWORD,
      passwordAgain: PASSWORD,
    });
    const t0 = Date.now();
    await seedDemo(ws, { scale, seed: 11, clock, staffPassword: PASSWORD, log: (l) => log(`seed: ${l}`) });
    log(`demo database: seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    lock(ws, 'sign-out', false);
  }
  return {
    dbPath,
    username,
    password,
    async open() {
      const ws = workspaceFor(dbPath);
      await signIn(ws, { username, password });
      return { ws, router: createAppRouter(ws, () => {}), close: () => lock(ws, 'sign-out', false) };
    },
  };
}
