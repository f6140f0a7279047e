import { join } from 'node:path';
import { systemClock } from '../../shared/clock';
import { createVault, vaultPaths } from '../db/vault';
import { crashLoop } from './crash-harness';
import type { BenchContext, BenchResult } from './suite';

/**
 * The long run of the crash test: a writer process killed with SIGKILL at random moments (one in
 * five during start-up), the database reopened and checked after every kill. Reports how many
 * kills it survived; anything less than all of them is a failure to investigate.
 */
export async function benchCrash(ctx: BenchContext): Promise<BenchResult[]> {
  // The small scale only proves the benchmark still runs (CI runs it on every change; the crash
  // test itself is test/integration/resilience/crash.test.ts): 30 kills, not the large run's 500.
  const kills = ctx.scale === 'large' ? 500 : 30;
  const paths = vaultPaths(join(ctx.dir, 'crash.db'));
  const { unlocked } = await createVault(paths, { orgName: 'Crash bench', username: 'bench', displayName: 'Bench', password: 'benchmark-passphrase-long' }, systemClock);
  const key = Buffer.from(unlocked.open.dataKey);
  unlocked.open.close();
  ctx.log(`crash: ${kills} SIGKILLs`);
  const t0 = performance.now();
  try {
    const report = await crashLoop({
      dbPath: paths.dbPath,
      key,
      kills,
      maxDelayMs: 300,
      onKill: (i, r) => {
        if ((i + 1) % 50 === 0) ctx.log(`crash: ${i + 1} kills, ${r.survived} survived, ${r.committed} writes committed`);
      },
    });
    for (const f of report.failures.slice(0, 10)) ctx.log(`crash: FAILED ${f}`);
    return [
      {
        name: 'crash-kills',
        description: 'writer killed with SIGKILL at random moments; reopened, both integrity checks, audit chain and every committed write checked after each kill',
        target: 'every kill survived',
        figures: {
          kills: report.kills,
          survived: report.survived,
          killedDuringOpen: report.duringOpen,
          committedWrites: report.committed,
          failures: report.failures.length,
          msPerKill: Math.round((performance.now() - t0) / Math.max(1, report.kills)),
        },
      },
    ];
  } finally {
    key.fill(0);
  }
}
