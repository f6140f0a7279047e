import { rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashLoop } from '../../../src/main/bench/crash-harness';
import { checkPageAuthentication } from '../../../src/main/db/page-auth';
import { createVault, vaultPaths } from '../../../src/main/db/vault';
import type { EntryPoint } from '../../../src/main/entry-points';
import { fixedClock } from '../../../src/shared/clock';
import { buildEntryForTest } from '../../helpers/build-entry';
import { GOOD_PASSWORD, tempDir, TEST_SCRYPT } from '../../helpers/temp-workspace';

/*
 * Crash safety: a separate process opens the encrypted database exactly as the app does and
 * commits records in a loop, printing each committed id; it is killed with SIGKILL at random
 * moments, 50 times. After every kill the database must reopen, pass both integrity checks and
 * the audit chain check, hold every id that was reported committed, and show no half-done
 * transaction. (A longer run is the "crash" benchmark.)
 */

let entry: EntryPoint;
let dir: { dir: string; cleanup(): void };

beforeAll(async () => {
  entry = await buildEntryForTest('crash-writer');
  dir = tempDir('waymark-crash-');
});

afterAll(() => {
  dir.cleanup();
  rmSync(join(entry.file, '..'), { recursive: true, force: true });
});

describe('crash safety', () => {
  it('survives 50 SIGKILLs at random moments with every committed write kept', { timeout: 120_000 }, async () => {
    const paths = vaultPaths(join(dir.dir, 'waymark.db'));
    const { unlocked } = await createVault(paths, { orgName: 'Crash Test', username: 'admin', displayName: 'Admin', password: GOOD_PASSWORD }, fixedClock('2026-11-20T10:00:00Z'), {
      scrypt: TEST_SCRYPT,
    });
    const key = Buffer.from(unlocked.open.dataKey);
    unlocked.open.close();
    // Reproducible "random" moments: a fixed seed, a new one if this test ever needs reseeding.
    const random = fc.sample(fc.double({ min: 0, max: 1, noNaN: true }), { seed: 20261120, numRuns: 50 });
    let i = 0;
    const report = await crashLoop({ dbPath: paths.dbPath, key, kills: 50, maxDelayMs: 150, random: () => random[i++ % random.length]!, entry });
    expect(report.failures).toEqual([]);
    expect(report.survived).toBe(50);
    expect(report.committed).toBeGreaterThan(50);
    // After the last reopen and close, every page of the file still authenticates.
    expect(checkPageAuthentication(paths.dbPath, key).ok).toBe(true);
    key.fill(0);
  });
});
