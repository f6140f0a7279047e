import { listCaseSummaries, getCaseRecord } from '../services/cases/case-record.service';
import { requireDb } from '../services/workspace';
import { summarise } from './measure';
import type { BenchContext, BenchResult } from './suite';

const SEARCHES = ['amira', 'patel', 'zoe', 'C-0012', '1990-04-02', 'rose', 'kowalska', 'smith', 'xyz-not-there', 'hannah ahmed'];

/** Case search over the demo database, and opening the case record with the longest history. */
export async function benchCases(ctx: BenchContext): Promise<BenchResult[]> {
  const demo = await ctx.demo();
  const { ws, close } = await demo.open();
  try {
    ctx.log('cases: search');
    const samples: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const search of SEARCHES) {
        const t0 = performance.now();
        listCaseSummaries(ws, { search, status: null, riskLevel: null, workerId: null, receivedFrom: null, receivedTo: null, limit: 50, offset: 0 });
        samples.push(performance.now() - t0);
      }
    }
    const db = requireDb(ws);
    const longest = db
      .prepare(
        `SELECT h.id, (SELECT count(*) FROM audit_log a WHERE a.entity = 'household' AND a.entity_id = CAST(h.id AS TEXT)) AS events
         FROM households h ORDER BY events DESC LIMIT 1`,
      )
      .get() as { id: number; events: number } | undefined;
    const households = (db.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
    ctx.log('cases: open a case record');
    const open: number[] = [];
    if (longest) {
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        getCaseRecord(ws, longest.id);
        open.push(performance.now() - t0);
      }
    }
    return [
      {
        name: 'case-search',
        description: `case list search by name, alias, reference and date of birth (${households} households)`,
        target: 'median and p95 < 30 ms',
        timing: summarise(samples),
      },
      { name: 'case-open', description: 'open the case record with the longest history (audited view)', timing: summarise(open) },
    ];
  } finally {
    close();
  }
}
