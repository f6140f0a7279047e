import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/main/db/repos/audit.repo';
import { collectHouseholdRows, foreignKeyEdges, householdTables, userTables } from '../../../src/main/db/repos/retention/household-graph.repo';
import type { RetentionPreview, RetentionPurgeResult } from '../../../src/shared/retention/schedule';
import { refer } from '../../helpers/cases';
import { addStaff, signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
const db = (t: T) => t.ws.unlocked!.open.db;

/** Every text or blob value anywhere in the database that contains `needle` (case-insensitive). */
function occurrences(t: T, needle: string): string[] {
  const found: string[] = [];
  const tables = db(t).prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name } of tables) {
    // eslint-disable-next-line waymark/no-sql-interpolation -- a table name from sqlite_schema, double-quoted
    const cols = db(t).prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[];
    for (const c of cols) {
      const n = db(t)
        // eslint-disable-next-line waymark/no-sql-interpolation -- table and column names from the schema, double-quoted; the needle is bound
        .prepare(`SELECT COUNT(*) AS n FROM "${name}" WHERE instr(lower(CAST("${c.name}" AS TEXT)), ?) > 0`)
        .get(needle.toLowerCase()) as { n: number };
      if (n.n > 0) found.push(`${name}.${c.name}`);
    }
  }
  return found;
}

/**
 * A refuge with history: set up in 2018; a closed case and an unsuccessful referral from then,
 * a restricted closed case, an open case from then, and a recent unsuccessful referral.
 */
async function refugeWithHistory() {
  const t = await setUpWorkspace({ start: '2018-01-10T10:00:00Z' });
  cleanups.push(t.cleanup);
  await addStaff(t, 'mia', 'manager', 'Mia Manager');
  await addStaff(t, 'sam', 'support_worker', 'Sam Support');
  const closed = await refer(t, { name: 'Zephyrine Quillfeather' });
  db(t).prepare("UPDATE referrals SET status = 'closed' WHERE id = ?").run(closed.referralId);
  const unsuccessful = await refer(t, { name: 'Beatrix Oldcase' });
  await t.ok('referrals.decide', { referralId: unsuccessful.referralId, outcome: 'not_supported', reason: 'capacity' });
  const restricted = await refer(t, { name: 'Eve Hidden' });
  db(t).prepare("UPDATE referrals SET status = 'closed' WHERE id = ?").run(restricted.referralId);
  db(t).prepare('UPDATE households SET restricted = 1 WHERE id = ?').run(restricted.householdId);
  const open = await refer(t, { name: 'Dana Open' });
  t.clock.set('2026-06-01T10:00:00Z');
  const recent = await refer(t, { name: 'Carla Recent' });
  await t.ok('referrals.decide', { referralId: recent.referralId, outcome: 'not_supported', reason: 'capacity' });
  t.clock.set('2026-11-20T10:00:00Z');
  await signInAs(t, 'mia');
  return { t, closed, unsuccessful, restricted, open, recent };
}

describe('the retention purge', () => {
  it('a manager previews exactly what is due: references and counts, no names, restricted cases masked', async () => {
    const { t, closed, unsuccessful, restricted } = await refugeWithHistory();
    const p = await t.ok<RetentionPreview>('retention.preview');
    expect(p.cases.map((c) => c.householdId).sort()).toEqual([closed.householdId, unsuccessful.householdId, restricted.householdId].sort());
    expect(p.counts.closedCases).toBe(2);
    expect(p.counts.unsuccessfulReferrals).toBe(1);
    expect(p.cases.find((c) => c.householdId === closed.householdId)!.reference).toBe((db(t).prepare('SELECT reference FROM households WHERE id = ?').get(closed.householdId) as { reference: string }).reference);
    expect(p.cases.find((c) => c.householdId === restricted.householdId)!.reference).toBeNull();
    expect(JSON.stringify(p)).not.toMatch(/Zephyrine|Beatrix|Eve Hidden/);
    // The 2018 entries (set-up, the referrals) are more than seven years old.
    expect(p.counts.auditEntries).toBeGreaterThan(0);
    expect(p.auditThroughId).not.toBeNull();
  });

  it('purges exactly the approved households across every table, vacuums, keeps the audit chain whole', async () => {
    const { t, closed, unsuccessful, restricted, open, recent } = await refugeWithHistory();
    // A feature table nobody told retention about, two foreign keys away from households.
    db(t).exec('CREATE TABLE test_person_notes (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id), body TEXT NOT NULL) STRICT');
    db(t).prepare("INSERT INTO test_person_notes (person_id, body) SELECT id, 'Zephyrine said hello' FROM people WHERE household_id = ?").run(closed.householdId);
    db(t).prepare("INSERT INTO test_person_notes (person_id, body) SELECT id, 'Dana note' FROM people WHERE household_id = ?").run(open.householdId);
    db(t).prepare("INSERT INTO import_keys (kind, external_key, target_id, imported_at) VALUES ('cases', 'Zephyrine row 4', ?, '2018-01-10')").run(closed.referralId);
    db(t).prepare("INSERT INTO import_keys (kind, external_key, target_id, imported_at) VALUES ('cases', 'Dana row 5', ?, '2018-01-10')").run(open.referralId);
    const survivors = [open.householdId, recent.householdId];
    const before = collectHouseholdRows(db(t), survivors);
    const usersBefore = db(t).prepare('SELECT * FROM users ORDER BY id').all();
    expect((await t.ok<{ items: unknown[] }>('cases.list', { search: 'Zephyrine' })).items).toHaveLength(1);

    const p = await t.ok<RetentionPreview>('retention.preview');
    const approved = p.cases.map((c) => c.householdId);
    const r = await t.ok<RetentionPurgeResult>('retention.purge', { householdIds: approved, auditThroughId: p.auditThroughId });
    expect(r.households).toBe(3);
    expect(r.rows.households).toBe(3);
    expect(r.rows.people).toBe(3);
    expect(r.rows.test_person_notes).toBe(1);
    expect(r.rows.import_keys).toBe(1);
    expect(db(t).prepare('SELECT external_key FROM import_keys').all()).toEqual([{ external_key: 'Dana row 5' }]);
    expect(r.auditEntries).toBe(p.counts.auditEntries);
    expect(r.vacuumed).toBe(true);

    // Nothing of the purged households remains; nothing else changed.
    const left = collectHouseholdRows(db(t), [closed.householdId, unsuccessful.householdId, restricted.householdId]);
    for (const [table, rows] of left) expect(rows, table).toEqual([]);
    expect(collectHouseholdRows(db(t), survivors)).toEqual(before);
    expect(db(t).prepare('SELECT * FROM users ORDER BY id').all()).toEqual(usersBefore);
    expect(db(t).pragma('foreign_key_check')).toEqual([]);

    // Not findable, not in any column of any table (FTS shadow tables included), pages freed.
    expect((await t.ok<{ items: unknown[] }>('cases.list', { search: 'Zephyrine' })).items).toHaveLength(0);
    expect(db(t).prepare("SELECT COUNT(*) AS n FROM people_fts WHERE people_fts MATCH 'zephyrine'").get()).toEqual({ n: 0 });
    db(t).exec("INSERT INTO people_fts (people_fts) VALUES ('integrity-check')");
    for (const name of ['Zephyrine', 'Quillfeather', 'Beatrix', 'Eve Hidden']) expect(occurrences(t, name), name).toEqual([]);
    expect(occurrences(t, 'Dana Open').length).toBeGreaterThan(0);
    expect(db(t).pragma('freelist_count', { simple: true })).toBe(0);
    expect((db(t).pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check).toBe('ok');

    // The audit log: old entries gone, the purge recorded in counts, the chain re-anchored and whole.
    const chain = verifyAuditChain(db(t));
    expect(chain.ok, chain.message).toBe(true);
    const first = db(t).prepare('SELECT MIN(id) AS id FROM audit_log').get() as { id: number };
    expect(first.id).toBe(p.auditThroughId! + 1);
    const purge = db(t).prepare("SELECT detail FROM audit_log WHERE action = 'retention.purge'").get() as { detail: string };
    expect(JSON.parse(purge.detail)).toMatchObject({ households: 3, closedCases: 2, unsuccessfulReferrals: 1, auditEntries: p.counts.auditEntries });
    expect(purge.detail).not.toMatch(/Zephyrine|Beatrix|Hidden|C-0/);
    // The delete trigger is back.
    expect(() => db(t).prepare('DELETE FROM audit_log WHERE id = ?').run(first.id)).toThrow(/append-only/);
  });

  it('purges the out-of-hours calls and handover notes about a purged household; the handover and other notes stay', async () => {
    // Deleted, not unlinked: a call or note about the household is personal data about it, and
    // with its link cleared it would still say what was said, with nothing left to find it by.
    const { t, closed, restricted, open } = await refugeWithHistory();
    // Calls logged in 2018, when they came in (a call's dates count as contact with the household).
    const old = '2018-01-11T02:00:00.000Z';
    t.clock.set('2018-01-11T02:05:00Z');
    await t.ok('phoneLog.add', { at: old, callerType: 'ex_resident', caseId: closed.householdId, actionTaken: 'Zephyrine rang about her deposit.', followUpNeeded: true, followUpNote: 'Ring Zephyrine back' });
    await t.ok('phoneLog.add', { at: old, callerType: 'resident', caseId: open.householdId, actionTaken: 'Dana rang about the boiler.' });
    await t.ok('phoneLog.add', { at: old, callerType: 'unknown_or_silent', actionTaken: 'Silent call.' });
    // Nobody may open the restricted case to link it, so its call is put in as it would have been.
    db(t)
      .prepare("INSERT INTO phone_calls (call_at, caller_type, case_id, action_taken, manager_called, police_called, follow_up_needed, logged_by, logged_at) VALUES (?, 'resident', ?, 'Eve Hidden rang.', 0, 1, 0, 1, ?)")
      .run(old, restricted.householdId, old);
    t.clock.set('2026-11-20T10:00:00Z');
    await signInAs(t, 'mia');
    const h = await t.ok<{ id: number }>('handover.add', {
      generalNotes: 'Quiet night.',
      notes: [
        { targetLabel: 'Flat 2', caseId: closed.householdId, note: 'Zephyrine’s keys returned.' },
        { targetLabel: 'Unit 4', caseId: open.householdId, note: 'Dana settled.' },
        { targetLabel: 'Unit 7', note: 'Boiler noise.' },
      ],
    });

    const p = await t.ok<RetentionPreview>('retention.preview');
    expect(p.cases.map((c) => c.householdId)).toContain(closed.householdId);
    const r = await t.ok<RetentionPurgeResult>('retention.purge', { householdIds: p.cases.map((c) => c.householdId), auditThroughId: p.auditThroughId });
    expect(r.rows.phone_calls).toBe(2);
    expect(r.rows.handover_notes).toBe(1);

    expect(db(t).prepare('SELECT action_taken, case_id FROM phone_calls ORDER BY id').all()).toEqual([
      { action_taken: 'Dana rang about the boiler.', case_id: open.householdId },
      { action_taken: 'Silent call.', case_id: null },
    ]);
    expect(db(t).prepare('SELECT target_label, note FROM handover_notes WHERE handover_id = ? ORDER BY position').all(h.id)).toEqual([
      { target_label: 'Unit 4', note: 'Dana settled.' },
      { target_label: 'Unit 7', note: 'Boiler noise.' },
    ]);
    expect(db(t).prepare('SELECT general_notes FROM handovers WHERE id = ?').pluck().get(h.id)).toBe('Quiet night.');
    expect(await t.ok<unknown[]>('phoneLog.followUps')).toEqual([]);
    for (const name of ['Zephyrine', 'Eve Hidden']) expect(occurrences(t, name), name).toEqual([]);
    expect(db(t).pragma('foreign_key_check')).toEqual([]);
  });

  it('a recent call about a closed case keeps it: the call is contact with the household', async () => {
    const { t, closed } = await refugeWithHistory();
    await t.ok('phoneLog.add', { at: '2026-10-01T21:00:00.000Z', callerType: 'ex_resident', caseId: closed.householdId, actionTaken: 'Rang for advice.' });
    const p = await t.ok<RetentionPreview>('retention.preview');
    expect(p.cases.map((c) => c.householdId)).not.toContain(closed.householdId);
  });

  it('a hand-deleted start of the audit log (no re-anchor entry) still shows as broken', async () => {
    const { t } = await refugeWithHistory();
    db(t).exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id <= 2;');
    expect(verifyAuditChain(db(t)).ok).toBe(false);
  });

  it('refuses the whole purge when an approved case was reopened since the preview', async () => {
    const { t, closed } = await refugeWithHistory();
    const p = await t.ok<RetentionPreview>('retention.preview');
    db(t).prepare("UPDATE referrals SET status = 'in_progress' WHERE household_id = ?").run(closed.householdId);
    const households = (db(t).prepare('SELECT COUNT(*) AS n FROM households').get() as { n: number }).n;
    const r = await t.router.call('retention.purge', { householdIds: p.cases.map((c) => c.householdId), auditThroughId: p.auditThroughId });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CONFLICT');
    expect((db(t).prepare('SELECT COUNT(*) AS n FROM households').get() as { n: number }).n).toBe(households);
    expect(verifyAuditChain(db(t)).ok).toBe(true);
  });

  it('refuses a household that is not due and audit entries beyond the due run', async () => {
    const { t, open } = await refugeWithHistory();
    const p = await t.ok<RetentionPreview>('retention.preview');
    const notDue = await t.router.call('retention.purge', { householdIds: [open.householdId], auditThroughId: null });
    expect(notDue.ok).toBe(false);
    const tooMuchAudit = await t.router.call('retention.purge', { householdIds: [], auditThroughId: p.auditThroughId! + 5 });
    expect(tooMuchAudit.ok).toBe(false);
  });

  it('only managers and administrators preview and purge; only administrators change the schedule', async () => {
    const { t } = await refugeWithHistory();
    expect(await t.ok('retention.schedule.get')).toEqual({ closedCaseYears: 6, unsuccessfulReferralMonths: 12, auditYears: 7 });
    const managerChange = await t.router.call('retention.schedule.update', { closedCaseYears: 3 });
    expect(managerChange.ok).toBe(false);
    await signInAs(t, 'sam');
    for (const channel of ['retention.preview', 'retention.schedule.get']) {
      const r = await t.router.call(channel, {});
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('FORBIDDEN');
    }
    const purge = await t.router.call('retention.purge', { householdIds: [], auditThroughId: null });
    expect(purge.ok).toBe(false);
    await signInAs(t, 'admin');
    expect(await t.ok('retention.schedule.update', { closedCaseYears: 3 })).toMatchObject({ closedCaseYears: 3 });
  });

  it('every table that refers to households, directly or through another table, is purged', async () => {
    const { t } = await refugeWithHistory();
    const covered = new Set(householdTables(db(t)));
    const edges = foreignKeyEdges(db(t));
    // Closure by hand, independently of the purge's own walk: any table with a foreign key into a
    // covered table must itself be covered.
    for (const table of userTables(db(t))) {
      for (const e of edges.filter((x) => x.table === table)) {
        if (covered.has(e.parent)) expect(covered.has(table), `${table} refers to ${e.parent} but is not purged`).toBe(true);
      }
    }
    for (const t2 of ['people', 'referrals', 'contact_attempts', 'case_access', 'perpetrators', 'court_orders', 'risk_assessments', 'phone_calls', 'handover_notes']) expect(covered.has(t2), t2).toBe(true);
    // A handover holds notes about many households: only its notes belong to one.
    expect(covered.has('handovers')).toBe(false);
  });
});
