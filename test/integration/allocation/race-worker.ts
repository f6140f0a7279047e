import { existsSync } from 'node:fs';
import { createAppRouter } from '../../../src/main/ipc/app-router';
import { vaultPaths } from '../../../src/main/db/vault';
import { loadCommonPasswords } from '../../../src/main/services/common-passwords';
import { lock } from '../../../src/main/services/session.service';
import { createWorkspace } from '../../../src/main/services/workspace';
import { fixedClock } from '../../../src/shared/clock';

/*
 * One side of the two-process race (concurrency.test.ts): opens the shared database as its own
 * workspace, signs in, says "ready", waits for the start signal (a file appearing), then tries
 * to hold the unit and prints the result as one JSON line.
 *
 * argv: dbPath goFile unitId householdId password clockIso
 */
const [dbPath, goFile, unitId, householdId, password, clockIso] = process.argv.slice(2) as [string, string, string, string, string, string];

const ws = createWorkspace({ paths: vaultPaths(dbPath), clock: fixedClock(clockIso), vault: { scrypt: { N: 2 ** 10, r: 8, p: 1 } }, commonPasswords: loadCommonPasswords() });
const router = createAppRouter(ws, () => {});
const signIn = await router.call('session.signIn', { username: 'admin', password });
if (!signIn.ok) {
  process.stdout.write(JSON.stringify({ stage: 'sign-in', ...signIn }) + '\n');
  process.exit(1);
}
process.stdout.write('ready\n');
while (!existsSync(goFile)) await new Promise((r) => setTimeout(r, 2));
const result = await router.call('allocation.hold', {
  unitId: Number(unitId),
  householdId: Number(householdId),
  startDate: clockIso.slice(0, 10),
  expiresAt: new Date(Date.parse(clockIso) + 6 * 3600_000).toISOString(),
});
process.stdout.write(JSON.stringify(result) + '\n');
lock(ws, 'sign-out', false);
