import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../src/main/db/connection';
import { schemaVersion } from '../../src/main/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { vaultPaths } from '../../src/main/db/vault';
import { createAppRouter } from '../../src/main/ipc/app-router';
import { loadCommonPasswords } from '../../src/main/services/common-passwords';
import { createWorkspace, type Workspace } from '../../src/main/services/workspace';
import { fixedClock } from '../../src/shared/clock';
import { GOOD_PASSWORD, TEST_SCRYPT, tempDir } from '../helpers/temp-workspace';

/*
 * Migration 12 gives the case links of out-of-hours calls and handover notes a foreign key to
 * households. Migrate to 11, make calls and notes through the real services (one of them about a
 * household then erased: before 12 the erasure could not see the link and left it dangling),
 * sign in with this build (which migrates to 12), and check every row came through, the dangling
 * link is cleared, the tables are still STRICT with their indexes, and the key now holds.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function office() {
  const { dir, cleanup } = tempDir();
  const clock = fixedClock('2026-11-21T02:10:00Z');
  const paths = vaultPaths(join(dir, 'waymark.db'));
  const open = (migrations?: typeof MIGRATIONS) => {
    const ws = createWorkspace({ paths, clock, vault: { scrypt: TEST_SCRYPT, migrations }, commonPasswords: loadCommonPasswords() });
    const router = createAppRouter(ws, () => {});
    const ok = async <T = unknown>(channel: string, input: unknown = {}): Promise<T> => {
      const r = await router.call(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
      return r.value as T;
    };
    cleanups.unshift(() => ws.unlocked?.open.close());
    return { ws, ok };
  };
  cleanups.push(cleanup);
  return { open };
}

const db = (ws: Workspace): Sqlite => ws.unlocked!.open.db;
const calls = (d: Sqlite) => d.prepare('SELECT * FROM phone_calls ORDER BY id').all() as Record<string, unknown>[];
const notes = (d: Sqlite) => d.prepare('SELECT * FROM handover_notes ORDER BY handover_id, position').all() as Record<string, unknown>[];
const schemaOf = (d: Sqlite, table: string) =>
  d.prepare("SELECT type, name FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name").all(table);

describe('migration 12: calls and handover notes refer to their household', () => {
  it('keeps every call and note, clears links to households that no longer exist, and enforces the key', async () => {
    const o = office();
    // An office still on migration 11.
    const old = o.open(MIGRATIONS.slice(0, 11));
    await old.ok('setup.create', { orgName: 'Harbour Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: GOOD_PASSWORD, passwordAgain: GOOD_PASSWORD });
    expect(schemaVersion(db(old.ws))).toBe(11);
    const kept = await old.ok<{ householdId: number }>('referrals.create', { receivedAt: '2026-11-20T10:00:00Z', source: 'self', name: 'Amira Haddad' });
    const erased = await old.ok<{ householdId: number }>('referrals.create', { receivedAt: '2026-11-20T10:00:00Z', source: 'self', name: 'Gone Person' });
    await old.ok('phoneLog.add', { callerType: 'resident', caseId: kept.householdId, actionTaken: 'Rang distressed; safe tonight.', followUpNeeded: true, followUpNote: 'Ring in the morning' });
    await old.ok('phoneLog.add', { callerType: 'family_or_friend', caseId: erased.householdId, actionTaken: 'Sister asked after her.' });
    await old.ok('phoneLog.add', { callerType: 'unknown_or_silent', actionTaken: 'Silent call.' });
    await old.ok('handover.add', {
      generalNotes: 'Quiet night.',
      notes: [
        { targetLabel: 'Unit 4', caseId: kept.householdId, note: 'Rang at 02:10.' },
        { targetLabel: 'Unit 6', caseId: erased.householdId, note: 'Sister rang.' },
        { targetLabel: 'Unit 7', note: 'Boiler.' },
      ],
    });
    // Before 12 an erasure cannot see these links, so it leaves them naming a deleted household.
    await old.ok('subjectAccess.erase', { householdId: erased.householdId, reason: 'Erasure request' });
    const callsBefore = calls(db(old.ws));
    const notesBefore = notes(db(old.ws));
    expect(callsBefore.map((c) => c.case_id)).toEqual([kept.householdId, erased.householdId, null]);
    expect(notesBefore.map((n) => n.case_id)).toEqual([kept.householdId, erased.householdId, null]);
    const indexesBefore = { calls: schemaOf(db(old.ws), 'phone_calls'), notes: schemaOf(db(old.ws), 'handover_notes') };
    expect(indexesBefore.calls).toHaveLength(3);
    expect(indexesBefore.notes).toHaveLength(1);
    expect(db(old.ws).pragma('foreign_key_list(phone_calls)')).not.toContainEqual(expect.objectContaining({ table: 'households' }));
    await old.ok('session.signOut');
    old.ws.unlocked?.open.close();

    // This build: signing in migrates through 12 (to the latest).
    const now = o.open();
    await now.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const d = db(now.ws);
    expect(schemaVersion(d)).toBe(LATEST_VERSION);

    // Every row kept as it was, but the dangling links are cleared (the call and note stay).
    const unlink = (r: Record<string, unknown>) => (r.case_id === erased.householdId ? { ...r, case_id: null } : r);
    expect(calls(d)).toEqual(callsBefore.map(unlink));
    expect(notes(d)).toEqual(notesBefore.map(unlink));
    expect(d.prepare('SELECT general_notes FROM handovers').pluck().all()).toEqual(['Quiet night.']);

    // Still STRICT, the same indexes, no leftover copy, and the database consistent.
    const strict = d.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('phone_calls', 'handover_notes') ORDER BY name").all();
    expect(strict).toEqual([
      { name: 'handover_notes', strict: 1 },
      { name: 'phone_calls', strict: 1 },
    ]);
    expect({ calls: schemaOf(d, 'phone_calls'), notes: schemaOf(d, 'handover_notes') }).toEqual(indexesBefore);
    expect(d.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_linked'").pluck().get()).toBe(0);
    expect(d.pragma('foreign_key_check')).toEqual([]);
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');

    // The key holds now: a link must name a household that exists, on insert and on update.
    for (const table of ['phone_calls', 'handover_notes']) {
      expect(d.pragma(`foreign_key_list(${table})`), table).toContainEqual(expect.objectContaining({ table: 'households', from: 'case_id', to: 'id' }));
    }
    expect(() =>
      d.prepare("INSERT INTO phone_calls (call_at, caller_type, case_id, action_taken, manager_called, police_called, follow_up_needed, logged_by, logged_at) VALUES ('2026-11-21T03:00:00.000Z', 'other', 9999, 'x', 0, 0, 0, 1, '2026-11-21T03:00:00.000Z')").run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => d.prepare('UPDATE handover_notes SET case_id = 9999 WHERE case_id IS NULL').run()).toThrow(/FOREIGN KEY/);
    // …and still refuses what the checks refused, and a value of the wrong type.
    expect(() => d.prepare("UPDATE phone_calls SET caller_type = 'stranger' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => d.prepare("UPDATE handover_notes SET position = 'first' WHERE case_id IS NULL").run()).toThrow(/cannot store TEXT value in INTEGER column/);

    // The services work on the rebuilt tables.
    const list = await now.ok<{ caseId: number | null; caseReference: string | null; actionTaken: string }[]>('phoneLog.list', {});
    expect(list.map((c) => [c.caseId, c.actionTaken])).toEqual([
      [null, 'Silent call.'],
      [null, 'Sister asked after her.'],
      [kept.householdId, 'Rang distressed; safe tonight.'],
    ]);
    await now.ok('phoneLog.add', { callerType: 'professional', caseId: kept.householdId, actionTaken: 'GP rang back.' });
    expect(await now.ok<unknown[]>('phoneLog.followUps')).toHaveLength(1);
  });
});
