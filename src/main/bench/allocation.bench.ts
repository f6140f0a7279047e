import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPEN_END } from '../../shared/allocation/nights';
import { rankUnits } from '../../shared/allocation/ranking';
import { londonDate } from '../../shared/time/london';
import { keyringPathFor } from '../db/keyring-file';
import { vaultPaths } from '../db/vault';
import { listUnits } from '../db/repos/allocation/units.repo';
import { waitingReferrals } from '../db/repos/cases/referrals.repo';
import { allocationCandidates, buildBoard, matchHousehold } from '../services/allocation/board.service';
import { householdFacts } from '../services/allocation/household-facts';
import { periodsByUnit, timelineRows, unitFacts } from '../services/allocation/unit-facts';
import { loadCommonPasswords } from '../services/common-passwords';
import { lock, signIn } from '../services/session.service';
import { createWorkspace, requireDb, type Workspace } from '../services/workspace';
import { createRng } from '../seed/rng';
import { seedClock } from '../seed/seed-clock';
import { seedUnits } from '../seed/units.seed';
import { summarise, time } from './measure';
import type { BenchContext, BenchResult } from './suite';

/*
 * The night-time board on the demo database: building the board's data for every unit over
 * 12 weeks (target < 20 ms), and marking and ranking every unit for one household (target
 * < 5 ms for the ranking itself; the whole matching call, with its reads and audit entry, is
 * reported beside it).
 *
 * If the shared demo database has no units yet (seed-demo without the units seed), the
 * benchmark seeds them into its own copy, so the shared database is never changed under the
 * other benchmarks.
 */

async function openSignedIn(dbPath: string, username: string, password: string, clock = seedClock(new Date())): Promise<Workspace> {
  const ws = createWorkspace({ paths: vaultPaths(dbPath), clock, commonPasswords: loadCommonPasswords() });
  await signIn(ws, { username, password });
  return ws;
}

/** The allocation benchmarks. */
export async function benchAllocation(ctx: BenchContext): Promise<BenchResult[]> {
  const demo = await ctx.demo();
  let ws = await openSignedIn(demo.dbPath, demo.username, demo.password);
  const hasUnits = listUnits(requireDb(ws)).length > 0;
  if (!hasUnits) {
    lock(ws, 'sign-out', false);
    const copy = join(ctx.dir, `allocation-${ctx.scale}.db`);
    copyFileSync(demo.dbPath, copy);
    copyFileSync(keyringPathFor(demo.dbPath), keyringPathFor(copy));
    const now = new Date();
    const clock = seedClock(now);
    ws = await openSignedIn(copy, demo.username, demo.password, clock);
    ctx.log('allocation: seeding units into a copy of the demo database');
    const t0 = Date.now();
    const s = seedUnits(ws, { rng: createRng(17), scale: ctx.scale, today: now, clock });
    ctx.log(`allocation: ${s.units} units, ${s.stays} stays seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  try {
    const db = requireDb(ws);
    const units = listUnits(db).length;
    const stays = (db.prepare("SELECT count(*) AS n FROM unit_stays WHERE status = 'active'").get() as { n: number }).n;

    ctx.log('allocation: board, 12 weeks');
    const board = await time(() => buildBoard(ws, { from: null, weeks: 12 }), 30, 3);
    const entries = buildBoard(ws, { from: null, weeks: 12 }).entries.length;

    // The household with the most children among those waiting (or any household).
    const waiting = waitingReferrals(db);
    const householdId =
      waiting
        .map((r) => ({ id: r.household_id, children: householdFacts(db, r.household_id).children.length }))
        .sort((a, b) => b.children - a.children)[0]?.id ?? (db.prepare('SELECT id FROM households ORDER BY id DESC LIMIT 1').get() as { id: number }).id;
    const today = londonDate(ws.deps.clock.now());
    const now = ws.deps.clock.now().toISOString();

    ctx.log('allocation: suitability ranking');
    const facts = householdFacts(db, householdId);
    const unitList = listUnits(db, today).map(unitFacts);
    const byUnit = periodsByUnit(timelineRows(db, today, OPEN_END, now));
    const rankSamples: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t0 = performance.now();
      rankUnits(facts, unitList, byUnit, { start: today, end: null, householdId });
      rankSamples.push(performance.now() - t0);
    }
    const matchCall = await time(() => matchHousehold(ws, { householdId, startDate: null, endDate: null }), 30, 3);
    const candidates = await time(() => allocationCandidates(ws), 10, 1);

    return [
      {
        name: 'allocation-board',
        description: `board data for ${units} units × 12 weeks (${stays} stays in the database, ${entries} bars shown)`,
        target: 'median < 20 ms',
        timing: board,
        figures: { units, stays, bars: entries },
      },
      {
        name: 'allocation-ranking',
        description: `suitability of every unit (${unitList.length}) for one household, ranked (pure rules, data in memory)`,
        target: 'median < 5 ms',
        timing: summarise(rankSamples),
      },
      { name: 'allocation-match-call', description: 'the whole allocation.match call: reads, suitability, ranking, audit entry', timing: matchCall },
      { name: 'allocation-candidates', description: `households needing a unit (${waiting.length} on the waiting list)`, timing: candidates },
    ];
  } finally {
    lock(ws, 'sign-out', false);
  }
}
