import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/db/connection';
import { writeVersion } from '../../../src/main/db/write-version';
import { loadReportFacts } from '../../../src/main/services/reports/report-facts';
import { computeReport } from '../../../src/main/services/reports/report.service';
import { resolvePeriod } from '../../../src/shared/reports/periods';
import { audit, requireDb } from '../../../src/main/services/workspace';
import type { ReportResult } from '../../../src/shared/reports/result.schema';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { nonZero } from './figures-of';

/*
 * The reports keep what they loaded for a period until a write is committed (a manager who opens
 * a report, drills into a figure and exports it reads the records once). These tests prove a
 * kept figure is never stale: a write through the app, a write by another connection (the CLI)
 * and a write rolled back, on the real encrypted database.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;

const FY25 = { kind: 'financial_year', year: 2025 } as const;

async function received(): Promise<number> {
  const r = await t.ok<ReportResult>('reports.run', { report: 'annual-return', period: FY25 });
  return nonZero(r).referrals?.received?.count ?? 0;
}

async function refer(date: string, name: string): Promise<{ referralId: number; householdId: number }> {
  t.clock.set(`${date}T12:00:00Z`);
  return t.ok('referrals.create', { receivedAt: `${date}T10:00:00Z`, source: 'police', name, requests: ['refuge'] });
}

beforeEach(async () => {
  t = await setUpWorkspace({ start: '2025-04-01T10:00:00Z' });
});
afterEach(() => t.cleanup());

describe('facts kept between reports', () => {
  it('are read again after a referral is saved through the app', async () => {
    await refer('2025-05-01', 'Anna Ash');
    t.clock.set('2026-04-20T10:00:00Z');
    expect(await received()).toBe(1);
    expect(await received()).toBe(1);
    await refer('2025-06-01', 'Bea Bell');
    t.clock.set('2026-04-20T10:00:00Z');
    expect(await received()).toBe(2);
  });

  it('are read again after another connection (the CLI, say) commits a write', async () => {
    await refer('2025-05-01', 'Anna Ash');
    await refer('2025-06-01', 'Bea Bell');
    t.clock.set('2026-04-20T10:00:00Z');
    expect(await received()).toBe(2);
    const other = openDatabase(t.ws.unlocked!.open.path, Buffer.from(t.ws.unlocked!.open.dataKey));
    try {
      // Moved to the year before: no longer received in 2025–26.
      other.db.prepare(`UPDATE referrals SET received_at = '2024-05-01T10:00:00Z' WHERE received_at LIKE '2025-06-01%'`).run();
    } finally {
      other.close();
    }
    expect(await received()).toBe(1);
  });

  it('are kept while nothing but the audit log is written, and shared by every report of the period', async () => {
    await refer('2025-05-01', 'Anna Ash');
    const db = requireDb(t.ws);
    const now = new Date('2026-04-20T10:00:00Z');
    const first = loadReportFacts(db, '2025-04-01', '2026-03-31', now);
    const referrals = first.referrals;
    expect(referrals).toHaveLength(1);
    // Reading a report audits it: that must not count as a change to the records.
    audit(t.ws, { action: 'report.view', entity: 'report', entityId: 'annual-return', detail: 'test' });
    const again = loadReportFacts(db, '2025-04-01', '2026-03-31', now);
    expect(again.referrals).toBe(referrals);
    // Another period loads its own.
    expect(loadReportFacts(db, '2025-04-01', '2025-06-30', now).referrals).not.toBe(referrals);
  });

  it('are still right after a write that was rolled back', async () => {
    await refer('2025-05-01', 'Anna Ash');
    const db = requireDb(t.ws);
    const now = new Date('2026-04-20T10:00:00Z');
    const before = writeVersion(db);
    const kept = loadReportFacts(db, '2025-04-01', '2026-03-31', now).referrals;
    expect(() =>
      db.transaction(() => {
        db.prepare(`UPDATE referrals SET source = 'self'`).run();
        expect(writeVersion(db)).not.toBe(before);
        throw new Error('abandoned');
      })(),
    ).toThrow('abandoned');
    // The records are as they were, and so is the version: the kept facts still describe them.
    expect(writeVersion(db)).toBe(before);
    const after = loadReportFacts(db, '2025-04-01', '2026-03-31', now).referrals;
    expect(after).toBe(kept);
    expect(after[0]!.source).toBe('police');
  });

  it('keep a report’s counts that do not read the time, and those that do until the time changes them', async () => {
    await refer('2025-05-01', 'Anna Ash');
    const db = requireDb(t.ws);
    const FY = resolvePeriod({ kind: 'financial_year', year: 2025 });
    const later = new Date('2026-04-20T10:00:00Z');
    const annual = computeReport(db, 'annual-return', FY, later);
    expect(computeReport(db, 'annual-return', FY, later).tally).toBe(annual.tally);
    // A referral received 2026-03-31 22:00 UTC, asked about at 23:00 that night: not yet due.
    t.clock.set('2026-03-31T22:30:00Z');
    await t.ok('referrals.create', { receivedAt: '2026-03-31T22:00:00Z', source: 'police', name: 'Cara Cole', requests: ['refuge'] });
    const that = new Date('2026-03-31T23:00:00Z');
    const kpi = computeReport(db, 'kpi', FY, that);
    expect(nonZero(kpi.result).contact_48h?.not_due).toEqual({ value: 1 });
    // An hour on, still inside its 48 hours: the counts are kept.
    expect(computeReport(db, 'kpi', FY, new Date('2026-04-01T00:00:00Z')).tally).toBe(kpi.tally);
    // Nothing written since, but two days on: the 48 hours have passed, and the KPIs say so.
    const next = computeReport(db, 'kpi', FY, later);
    expect(next.tally).not.toBe(kpi.tally);
    expect(nonZero(next.result).contact_48h?.not_due).toBeUndefined();
    expect(nonZero(next.result).contact_48h?.none).toEqual({ value: 2 });
    // With nothing left "not yet due", they stand from then on...
    expect(computeReport(db, 'kpi', FY, new Date('2026-06-01T10:00:00Z')).tally).toBe(next.tally);
    // ...but not for an earlier instant, when Cara's referral was not yet due.
    const before = computeReport(db, 'kpi', FY, that);
    expect(before.tally).not.toBe(next.tally);
    expect(nonZero(before.result).contact_48h?.not_due).toEqual({ value: 1 });
    // The dashboard series keeps its monthly 48-hour figures by the same rule.
    const dash = computeReport(db, 'dashboard', FY, that);
    expect(computeReport(db, 'dashboard', FY, new Date('2026-04-01T00:00:00Z')).tally).toBe(dash.tally);
    const dashLater = computeReport(db, 'dashboard', FY, later);
    expect(dashLater.tally).not.toBe(dash.tally);
    expect(nonZero(dashLater.result).contact_monthly?.['2026-03']?.none).toBe(1);
    // The annual return saw the new referral (a write since it was kept).
    expect(computeReport(db, 'annual-return', FY, later).tally).not.toBe(annual.tally);
  });

  it('count writes to a table created after the counting began', async () => {
    const db = requireDb(t.ws);
    const v1 = writeVersion(db);
    db.exec('CREATE TABLE later_feature (id INTEGER PRIMARY KEY, x TEXT) STRICT');
    const v2 = writeVersion(db);
    expect(v2).not.toBe(v1);
    db.prepare(`INSERT INTO later_feature (x) VALUES ('a')`).run();
    expect(writeVersion(db)).not.toBe(v2);
  });

  it('are forgotten when the database is locked: the next session reads afresh', async () => {
    await refer('2025-05-01', 'Anna Ash');
    t.clock.set('2026-04-20T10:00:00Z');
    const db = requireDb(t.ws);
    const kept = loadReportFacts(db, '2025-04-01', '2026-03-31', new Date()).referrals;
    await t.ok('session.signOut');
    await t.ok('session.signIn', { username: 'admin', password: 'lantern-orchard-pebble' });
    const reopened = requireDb(t.ws);
    expect(reopened).not.toBe(db);
    expect(loadReportFacts(reopened, '2025-04-01', '2026-03-31', new Date()).referrals).not.toBe(kept);
  });
});
