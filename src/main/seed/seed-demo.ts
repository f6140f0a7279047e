import { AppError } from '../../shared/errors';
import { listCases } from '../db/repos/cases/case-list.repo';
import { snapshotMeta } from '../db/repos/reports/report-snapshot.repo';
import { currentFactStore } from '../services/reports/fact-store/fact-store';
import { requireDb, type Workspace } from '../services/workspace';
import { seedCases, type SeededCases } from './cases.seed';
import { createRng } from './rng';
import type { SeedClock } from './seed-clock';
import { acceptedEpisodes, seedSupport, type SeededSupport } from './support.seed';
import { seedRota, type SeededRota } from './rota.seed';
import { seedRetention } from './retention.seed';
import { seedSanctuary, type SeededSanctuary } from './sanctuary.seed';
import { seedStaffRecords, type SeededStaffRecords } from './staff-records.seed';
import { seedUnits, type SeededUnits } from './units.seed';
import { DEMO_STAFF, seedStaffAccounts } from './staff-accounts.seed';

/** How big a demo to make. */
export type SeedScale = 'small' | 'large';

/** Sizes per scale: large is ten years of a large service (about 30,000 referrals). */
export const SCALES: Record<SeedScale, { years: number; referrals: number }> = {
  small: { years: 2, referrals: 400 },
  large: { years: 10, referrals: 30_000 },
};

/** What was made, for the command's summary. */
export interface SeedSummary {
  staff: number;
  cases: SeededCases;
  /** Lines other features add ("units: 37", "rota: 52 weeks"). */
  extra: string[];
}

/**
 * Fills a database with demonstration data through the real services. Each feature adds its
 * seed here, after the data it builds on. Refuses a database that already has cases, so demo
 * data never mixes with real records.
 */
export async function seedDemo(ws: Workspace, opts: { scale: SeedScale; seed: number; clock: SeedClock; staffPassword: string; log?: (line: string) => void }): Promise<SeedSummary> {
  const log = opts.log ?? (() => {});
  const db = requireDb(ws);
  if (listCases(db, { text: null, reference: null, dateOfBirth: null, status: null, riskLevel: null, workerId: null, receivedFromIso: null, receivedToIso: null, limit: 1, offset: 0, viewerId: null }).total > 0) {
    throw new AppError('CONFLICT', 'This database already holds cases; demo data is only added to an empty database.');
  }
  const today = opts.clock.now();
  const rng = createRng(opts.seed);
  const size = SCALES[opts.scale];
  log(`staff accounts (${DEMO_STAFF.length})`);
  const staff = await seedStaffAccounts(ws, opts.staffPassword);
  const workerIds = DEMO_STAFF.filter((s) => s.role === 'support_worker').map((s) => staff.get(s.username)!);
  log(`cases: ${size.referrals} referrals over ${size.years} years`);
  let cases!: SeededCases;
  let support!: SeededSupport;
  let units!: SeededUnits;
  let rota!: SeededRota;
  let sanctuary!: SeededSanctuary;
  let staffRecords!: SeededStaffRecords;
  // One transaction: a large seed is thousands of writes, and a failure leaves nothing behind.
  db.transaction(() => {
    cases = seedCases(ws, { rng, clock: opts.clock, today, years: size.years, referrals: size.referrals, workerIds });
    log('units, stays, holds and out-of-service periods');
    units = seedUnits(ws, { rng, scale: opts.scale, today, clock: opts.clock, waiting: cases.acceptedToWaiting });
    log('support, outcomes and exits');
    // Support follows the stays: keep it after any seed that makes them. Accepted households only.
    support = seedSupport(ws, { rng, clock: opts.clock, today, households: acceptedEpisodes(db) });
    log('rota, phone log and handovers');
    rota = seedRota(ws, { rng, scale: opts.scale, today, clock: opts.clock });
    // Sanctuary reads support's plans; staff records hang off the rota's staff directory.
    log('sanctuary cases and staff records');
    sanctuary = seedSanctuary(ws, { rng, clock: opts.clock, today, scale: opts.scale });
    staffRecords = seedStaffRecords(ws, { rng, clock: opts.clock, today });
  })();
  const retention = seedRetention(ws, { rng, clock: opts.clock, today, restrictTo: workerIds[0] ?? null });
  opts.clock.set(today);
  // The reports' snapshot, as a service's database has it after its first report: the demo's
  // first report then reads it rather than every table (and the seed's change log is cleared).
  log('reports snapshot');
  const store = currentFactStore(db, today);
  const snapshot = snapshotMeta(db);
  const extra: string[] = [retention.summary];
  extra.push(`units: ${units.units} units, ${units.stays} stays (${units.currentStays} current), ${units.holds} holds, ${units.outOfService} out-of-service periods`);
  extra.push(rota.summary);
  extra.push(sanctuary.summary, staffRecords.summary);
  extra.push(`support: ${support.plans} plans, ${support.contacts} contacts, ${support.events} events, ${support.budgets} budgets, ${support.exits} exits`);
  extra.push(`reports snapshot: ${store.referrals.length} referrals, ${[...store.people.values()].reduce((n, list) => n + list.length, 0)} people, ${store.contacts.length} contacts${snapshot ? '' : ' (not written)'}`);
  return { staff: staff.size, cases, extra };
}
