import { afterEach, describe, expect, it } from 'vitest';
import type { BackupStatus } from '../../../src/shared/backup/schemas';
import { backupNow } from '../../../src/main/services/backup/backup.service';
import { backupWorkspace, inlineDeps } from './helpers';

/*
 * The window must not freeze during a backup: the copy and every check run in a worker thread,
 * so the main process (which answers the window) keeps running its timers, and backup.status
 * reports progress meanwhile. The same job run on the main thread is measured too, to show the
 * test would notice a freeze.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** Records the longest gap between 10 ms timer ticks while `work` runs. */
async function longestGap(work: () => Promise<unknown>): Promise<{ maxGapMs: number; ticks: number; ms: number }> {
  let last = performance.now();
  let maxGapMs = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    ticks++;
  }, 10);
  const t0 = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  // The gap still open when the work ended counts too (a blocking job leaves no tick at all).
  const end = performance.now();
  maxGapMs = Math.max(maxGapMs, end - last);
  return { maxGapMs, ticks, ms: end - t0 };
}

describe('a large backup', () => {
  it('runs off the main thread: timers keep firing, and progress can be read while it runs', { timeout: 300_000 }, async () => {
    const t = await backupWorkspace();
    cleanups.push(t.cleanup);
    // About 40 MB of records.
    t.ws.unlocked!.open.db.exec(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO meta (key, value) SELECT 'filler-' || i, hex(randomblob(1000)) FROM n",
    );

    const seen: BackupStatus[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        seen.push(await t.ok<BackupStatus>('backup.status'));
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const inWorker = await longestGap(() => t.ok('backup.run'));
    polling = false;
    await poller;

    const running = seen.filter((s) => s.running);
    expect(running.length).toBeGreaterThan(3);
    const phases = new Set(running.map((s) => s.phase));
    expect(phases.has('copying')).toBe(true);
    expect(phases.has('checking-encryption') || phases.has('checking-integrity')).toBe(true);
    const percents = running.map((s) => s.percent!);
    expect(Math.max(...percents)).toBeGreaterThan(Math.min(...percents));
    expect(percents.every((p, i) => i === 0 || p >= percents[i - 1]!)).toBe(true);

    t.clock.advance(60_000);
    const onMainThread = await longestGap(() => backupNow(t.ws, { trigger: 'manual' }, inlineDeps()));

    console.log(
      `backup of ${Math.round(inWorker.ms)} ms in the worker: longest timer gap ${Math.round(inWorker.maxGapMs)} ms (${inWorker.ticks} ticks); ` +
        `on the main thread: ${Math.round(onMainThread.maxGapMs)} ms`,
    );
    // Run on the main thread, the copy blocks timers for seconds; in the worker, for a moment at most.
    expect(onMainThread.maxGapMs).toBeGreaterThan(500);
    // (Bounds are loose because test machines are shared: a busy CPU delays timers by itself.)
    expect(inWorker.maxGapMs).toBeLessThan(Math.min(1000, onMainThread.maxGapMs / 4));
    expect(inWorker.ticks).toBeGreaterThan(inWorker.ms / 10 / 4);
  });
});
