import { getCaseRecord, listCaseSummaries } from '../services/cases/case-record.service';
import { requireDb } from '../services/workspace';
import type { BenchContext, BenchResult } from './suite';

const MB = 1024 * 1024;

/**
 * The main process's memory with the demo database open and in use: resident set size after
 * signing in and walking the case list, opening case records and reading the audit log, as a
 * manager would in a shift. Measured in this process, which holds nothing else of note.
 */
export async function benchMemory(ctx: BenchContext): Promise<BenchResult[]> {
  const demo = await ctx.demo();
  global.gc?.();
  const before = process.memoryUsage();
  const { ws, router, close } = await demo.open();
  try {
    ctx.log('memory: working through the demo database');
    const db = requireDb(ws);
    const households = (db.prepare('SELECT id FROM households ORDER BY id DESC LIMIT 200').all() as { id: number }[]).map((r) => r.id);
    for (let offset = 0; offset < 2000; offset += 100) {
      listCaseSummaries(ws, { search: '', status: null, riskLevel: null, workerId: null, receivedFrom: null, receivedTo: null, limit: 100, offset });
    }
    for (const id of households) getCaseRecord(ws, id);
    for (const channel of ['audit.list', 'waitingList.list', 'referrals.contactDue', 'allocation.board', 'rota.onNow']) await router.call(channel, {});
    global.gc?.();
    const after = process.memoryUsage();
    const dbBytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
    return [
      {
        name: 'main-process-memory',
        description: 'resident memory of the main process with the demo database open and in use',
        target: '< 300 MB',
        figures: {
          rssMB: Math.round(after.rss / MB),
          heapUsedMB: Math.round(after.heapUsed / MB),
          rssBeforeOpenMB: Math.round(before.rss / MB),
          databaseMB: Math.round(dbBytes / MB),
        },
      },
    ];
  } finally {
    close();
  }
}
