import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../../../src/main/db/connection';
import { snapshotMeta } from '../../../src/main/db/repos/reports/report-snapshot.repo';
import { currentFactStore, forgetFactStore, REBUILD_AFTER } from '../../../src/main/services/reports/fact-store/fact-store';
import { forgetReportFacts } from '../../../src/main/services/reports/report-facts';
import { computeReport } from '../../../src/main/services/reports/report.service';
import { requireDb } from '../../../src/main/services/workspace';
import { COMPUTABLE } from '../../../src/shared/reports/registry';
import type { ReportPeriod } from '../../../src/shared/reports/periods';
import { checklistAnswers } from '../../helpers/cases';
import { buildKnownAnswerData, type KnownAnswerData } from './known-answers.fixture';

/*
 * The reports' store (fact-store.ts) keeps every household's records in memory, loaded from the
 * database's snapshot and patched from its change log. Whatever path it took, every figure of
 * every report must be what reading the records afresh gives. The reference here is exactly
 * that: another connection with the snapshot deleted inside a transaction that is rolled back,
 * so its store is built from the tables and the file is left as it was.
 */

let data: KnownAnswerData;
const NOW = new Date('2026-04-20T10:00:00Z');
const PERIODS: ReportPeriod[] = [
  { kind: 'custom', from: '2025-04-01', to: '2026-03-31', label: '2025–26' },
  { kind: 'custom', from: '2025-07-01', to: '2025-09-30', label: 'Q2' },
  { kind: 'custom', from: '2024-01-01', to: '2026-12-31', label: 'everything' },
];

/** Every report over every period, as the tables it prints (without the time it was made). */
function everyReport(db: Sqlite): unknown[] {
  const out: unknown[] = [];
  for (const period of PERIODS)
    for (const name of COMPUTABLE) {
      const { result } = computeReport(db, name, period, NOW);
      out.push({ name, period: period.label, tables: result.tables });
    }
  return out;
}

function otherConnection(): Sqlite {
  const open = openDatabase(data.t.ws.unlocked!.open.path, Buffer.from(data.t.ws.unlocked!.open.dataKey));
  opened.push(open);
  return open.db;
}
const opened: { close(): void }[] = [];

/** Every report worked out from the tables alone, leaving the file as it was. */
function fromTheRecords(): unknown[] {
  const db = otherConnection();
  db.exec('BEGIN');
  try {
    db.exec('DELETE FROM report_snapshot');
    forgetReportFacts(db);
    const reports = everyReport(db);
    expect(currentFactStore(db, NOW).last).toBe('kept');
    return reports;
  } finally {
    db.exec('ROLLBACK');
  }
}

const main = () => requireDb(data.t.ws);

beforeEach(async () => {
  data = await buildKnownAnswerData();
});
afterEach(() => {
  for (const o of opened.splice(0)) o.close();
  data.t.cleanup();
});

describe('the reports store', () => {
  it('writes a snapshot with the first report, and a new session reads it and counts the same as the records', () => {
    const first = everyReport(main());
    const meta = snapshotMeta(main());
    expect(meta).toBeDefined();
    expect(first).toEqual(fromTheRecords());
    const later = otherConnection();
    const reports = everyReport(later);
    expect(currentFactStore(later, NOW).last).toBe('kept');
    forgetFactStore(later);
    expect(currentFactStore(later, NOW).last).toBe('snapshot');
    expect(reports).toEqual(first);
  });

  it('patches in each kind of change made through the app, counting as the records do', async () => {
    const t = data.t;
    everyReport(main());
    const h = data.households;
    const changes: [string, () => Promise<unknown>][] = [
      ['a new referral and contact attempt', async () => {
        t.clock.set('2025-08-05T12:00:00Z');
        const r = await t.ok<{ referralId: number; householdId: number }>('referrals.create', { receivedAt: '2025-08-05T10:00:00Z', source: 'police', name: 'Gwen Gray', requests: ['refuge'] });
        await t.ok('referrals.logContact', { referralId: r.referralId, at: '2025-08-05T11:00:00Z', method: 'phone_call', outcome: 'spoke' });
        await t.ok('risk.assess', { referralId: r.referralId, answers: checklistAnswers(15), primaryNeed: 'drugs', secondaryNeeds: [] });
        await t.ok('referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'community_support' });
      }],
      ['a person changed', () => t.ok('cases.updateAdult', { householdId: h.h4, profile: { sex: 'female', genderIdentity: 'woman', name: 'Dee Dunn', ethnicity: 'mixed_white_black_caribbean', dateOfBirth: '1990-01-01' } })],
      ['a support contact', async () => {
        t.clock.set('2025-10-20T10:00:00Z');
        await t.ok('support.contacts.add', { householdId: h.h4, contactOn: '2025-10-20', minutes: 50, timeKind: 'unpaid', workerName: 'Test Worker', supportType: 'advocacy', notes: 'x' });
      }],
      ['a plan and its scores', async () => {
        await t.ok('support.plan.save', { householdId: h.h4, areas: ['confidence', 'income_debt', 'mental_health', 'meaningful_time', 'settled_accommodation', 'harm_from_others', 'social_capital'].map((area) => ({ area, hasNeed: area === 'income_debt', goals: '' })), agreedOn: '2025-10-20' });
        await t.ok('support.plan.scores', { householdId: h.h4, stage: 'entry', assessedOn: '2025-10-20', scores: { income_debt: 2 } });
        await t.ok('support.plan.scores', { householdId: h.h4, stage: 'review', assessedOn: '2026-01-20', scores: { income_debt: 4 } });
      }],
      ['an exit', async () => {
        t.clock.set('2026-02-01T10:00:00Z');
        await t.ok('exits.record', { householdId: h.h4, exitedOn: '2026-02-01', planned: true, reason: 'stopped_needing_support', destination: 'own_home', achievingIndependence: 'yes' });
      }],
    ];
    for (const [what, change] of changes) {
      await change();
      t.clock.set('2026-04-20T10:00:00Z');
      const reports = everyReport(main());
      expect(currentFactStore(main(), NOW).last, what).toBe('kept');
      expect(reports, what).toEqual(fromTheRecords());
    }
  });

  it("sees another connection's writes, and starts again from its snapshot when it cleared the log", () => {
    const before = everyReport(main());
    const other = otherConnection();
    other.prepare(`UPDATE referrals SET source = 'health' WHERE household_id = ?`).run(data.households.h1);
    const changed = everyReport(main());
    expect(changed).not.toEqual(before);
    expect(changed).toEqual(fromTheRecords());
    // The other connection writes again, then rebuilds the snapshot (clearing the log the main
    // connection has not read yet).
    other.prepare(`UPDATE people SET ethnicity = 'white_irish' WHERE household_id = ?`).run(data.households.h1);
    other.exec('DELETE FROM report_snapshot');
    expect(currentFactStore(other, NOW).last).toBe('rebuilt');
    expect(other.prepare('SELECT count(*) FROM report_changes').pluck().get()).toBe(0);
    const again = everyReport(main());
    expect(again).not.toEqual(changed);
    expect(again).toEqual(fromTheRecords());
  });

  it('deletes the snapshot when records are deleted (an erasure leaves no copy), and rebuilds it', () => {
    everyReport(main());
    const contact = main().prepare('SELECT id FROM support_contacts WHERE household_id = ? LIMIT 1').pluck().get(data.households.h2) as number;
    main().prepare('DELETE FROM support_contacts WHERE id = ?').run(contact);
    expect(snapshotMeta(main())).toBeUndefined();
    const reports = everyReport(main());
    expect(reports).toEqual(fromTheRecords());
    expect(snapshotMeta(main())).toBeDefined();
    forgetFactStore(main());
    expect(currentFactStore(main(), NOW).contacts.some((c) => c.id === contact)).toBe(false);
  });

  it("forgets a household's deleted risk assessment and person while patching, not only adding what is new", () => {
    everyReport(main());
    // Bea and Cal: an assessment, and a child living with her.
    const h = data.households.h2;
    const other = otherConnection();
    // The household's latest assessment made later, then the household re-read: the patch must
    // replace its records, not append to them.
    other.prepare('UPDATE risk_assessments SET assessed_at = ?, level = ? WHERE id = (SELECT max(id) FROM risk_assessments WHERE household_id = ?)').run('2026-03-30T10:00:00Z', 'high', h);
    expect(everyReport(main())).toEqual(fromTheRecords());
    other.prepare('DELETE FROM risk_assessments WHERE household_id = ?').run(h);
    other.prepare("DELETE FROM people WHERE household_id = ? AND kind = 'child'").run(h);
    const reports = everyReport(main());
    expect(currentFactStore(main(), NOW).last).toBe('kept');
    expect(reports).toEqual(fromTheRecords());
  });

  it('deletes the snapshot when a date of birth is corrected on request (the old value goes with it)', async () => {
    everyReport(main());
    const person = main().prepare("SELECT id FROM people WHERE household_id = ? AND kind = 'adult'").pluck().get(data.households.h1) as number;
    await data.t.ok('subjectAccess.correct', { personId: person, field: 'name', value: 'Anna Ashe', reason: 'Spelling' });
    expect(snapshotMeta(main())).toBeDefined();
    await data.t.ok('subjectAccess.correct', { personId: person, field: 'dateOfBirth', value: '1995-06-16', reason: 'Wrong day' });
    expect(snapshotMeta(main())).toBeUndefined();
    expect(everyReport(main())).toEqual(fromTheRecords());
    expect(snapshotMeta(main())).toBeDefined();
  });

  it('rebuilds from the records when the snapshot cannot be read, never trusting it', () => {
    const reports = everyReport(main());
    main().exec('UPDATE report_snapshot SET data = randomblob(200)');
    forgetReportFacts(main());
    expect(currentFactStore(main(), NOW).last).toBe('rebuilt');
    expect(everyReport(main())).toEqual(reports);
  });

  it('rebuilds rather than patches once many households changed since the snapshot', () => {
    everyReport(main());
    const log = main().prepare('INSERT INTO report_changes (household_id) VALUES (?)');
    for (let i = 0; i < REBUILD_AFTER; i++) log.run(1_000_000 + i);
    forgetFactStore(main());
    expect(currentFactStore(main(), NOW).last).toBe('patched');
    log.run(2_000_000);
    forgetFactStore(main());
    expect(currentFactStore(main(), NOW).last).toBe('rebuilt');
    expect(main().prepare('SELECT count(*) FROM report_changes').pluck().get()).toBe(0);
  });

  it('reads the records on a read-only connection without writing a snapshot', () => {
    const open = openDatabase(data.t.ws.unlocked!.open.path, Buffer.from(data.t.ws.unlocked!.open.dataKey), { readonly: true });
    opened.push(open);
    const reports = everyReport(open.db);
    expect(snapshotMeta(open.db)).toBeUndefined();
    expect(reports).toEqual(fromTheRecords());
  });
});
