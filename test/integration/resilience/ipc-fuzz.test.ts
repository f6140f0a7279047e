import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../../src/main/db/connection';
import { CHANNELS, type Channel } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { ERROR_CODES, type Result } from '../../../src/shared/errors';
import { refer } from '../../helpers/cases';
import { addStaff } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { fileHash } from '../backup/helpers';
import { payloadsFor } from './fuzz-payloads';

/*
 * IPC fuzzing: for every channel in the contract (whatever features have added), thousands of
 * hostile payloads in all, called through the real router on a real encrypted database:
 *   - signed in as an administrator (who may call everything), then
 *   - signed out (every channel, the public ones included).
 * Every call must answer with a valid result or a typed error (never INTERNAL, never a throw),
 * Object.prototype must stay clean, nothing may crash the process, and a call that failed must
 * not have written any row (table row counts before and after).
 *
 * Left out while signed in (fuzzed while signed out instead), because a well-formed call ends
 * the session before anything else and the rest of the run would only see NOT_SIGNED_IN:
 *   session.signOut, session.lock (that is what they do), session.signIn, session.recover and
 *   setup.create (each signs the current person out before it checks what it was given).
 *
 * Payloads generated to pass validation (see fuzz-schema.ts) are not sent to channels that act
 * outside the database on valid input: backup.* (they write to whatever folder they are given,
 * which could be anywhere on this machine) and any channel that prints or exports (a PDF starts
 * Chromium). Those get the hostile payloads only; their valid paths have tests of their own.
 */
const NO_VALID_INPUT = (channel: string) => channel.startsWith('backup.') || /pdf|export|print/i.test(channel);
const ENDS_SESSION: ReadonlySet<string> = new Set(['session.signOut', 'session.lock', 'session.signIn', 'session.recover', 'setup.create']);

/**
 * Failures that are recorded on purpose: a failed backup writes the banner's record and an audit
 * entry (that is the feature). Allowed: those rows only.
 */
const RECORDS_ITS_FAILURE: Record<string, (before: Record<string, number>, after: Record<string, number>) => boolean> = {
  'backup.run': (b, a) => Object.keys(b).every((t) => (t === 'meta' || t === 'audit_log' ? a[t]! - b[t]! <= 1 : a[t] === b[t])),
};

const RUNS_SIGNED_IN = Number(process.env.WAYMARK_FUZZ_RUNS ?? 25);
const SEED = Number(process.env.WAYMARK_FUZZ_SEED ?? 20261120);
const RUNS_SIGNED_OUT = Math.max(5, Math.round(RUNS_SIGNED_IN / 4));

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
const crashes: unknown[] = [];
const onCrash = (e: unknown) => crashes.push(e);
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_PROTO_NAMES = Object.getOwnPropertyNames(Array.prototype).sort();

function rowCounter(db: Sqlite): () => Record<string, number> {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  // Table names come from sqlite_schema: one statement counting them all.
  const sql = `SELECT ${tables.map((n, i) => `(SELECT count(*) FROM "${n}") AS c${i}`).join(', ')}`;
  const stmt = db.prepare(sql);
  return () => {
    const row = stmt.get() as Record<string, number>;
    return Object.fromEntries(tables.map((n, i) => [n, row[`c${i}`]!]));
  };
}

/** Outcomes by code, to show the payloads reach past validation into the handlers. */
const tally: Record<string, number> = {};

function assertTyped(channel: string, input: unknown, r: Result<unknown>): void {
  tally[r.ok ? 'ok' : r.error.code] = (tally[r.ok ? 'ok' : r.error.code] ?? 0) + 1;
  const what = `${channel} ${describeInput(input)}`;
  expect(r, what).toBeTypeOf('object');
  if (r.ok) {
    expect(contract[channel as Channel].output.safeParse(r.value).success, what).toBe(true);
    return;
  }
  expect(ERROR_CODES, what).toContain(r.error.code);
  expect(r.error.code, `${what}: ${r.error.message}`).not.toBe('INTERNAL');
  expect(typeof r.error.message, what).toBe('string');
}

function describeInput(input: unknown): string {
  try {
    const s = fc.stringify(input);
    return s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    return '(unprintable)';
  }
}

function assertPrototypesClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_PROTO_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function restoreAdministrator(): void {
  const db = t.ws.unlocked!.open.db;
  db.prepare("UPDATE users SET role = 'administrator', active = 1, must_change_password = 0 WHERE id = ?").run(t.ws.session!.userId);
  t.ws.session!.role = 'administrator';
  t.ws.session!.mustChangePassword = false;
}

beforeAll(async () => {
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  t = await setUpWorkspace();
  // Something to find: staff, a referral and its household.
  await addStaff(t, 'sam', 'support_worker');
  await addStaff(t, 'mo', 'manager');
  await refer(t);
});

afterAll(() => {
  process.off('uncaughtException', onCrash);
  process.off('unhandledRejection', onCrash);
  t.cleanup();
});

describe('IPC fuzzing', () => {
  it('as an administrator: every channel answers hostile input with a typed error or a valid result, writing nothing when it fails', { timeout: 600_000 }, async () => {
    const counts = rowCounter(t.ws.unlocked!.open.db);
    const channels = CHANNELS.filter((c) => !ENDS_SESSION.has(c));
    let calls = 0;
    for (const channel of channels) {
      await fc.assert(
        fc.asyncProperty(payloadsFor(contract[channel].input, { validInput: !NO_VALID_INPUT(channel) }), async (input) => {
          const before = counts();
          const r = await t.router.call(channel, input);
          calls++;
          assertTyped(channel, input, r);
          assertPrototypesClean();
          // Still signed in (nothing fuzzed here may end the session)…
          expect(t.ws.session, channel).not.toBeNull();
          // …though a valid users.setRole may demote the administrator: put that back, so the
          // rest of the run is still made as an administrator.
          if (t.ws.session!.role !== 'administrator' || t.ws.session!.mustChangePassword) restoreAdministrator();
          if (!r.ok) {
            const after = counts();
            const allowed = RECORDS_ITS_FAILURE[channel];
            if (allowed) expect(allowed(before, after), `${channel} wrote more than its failure record`).toBe(true);
            else expect(after, `${channel} failed with ${r.error.code} but wrote rows`).toEqual(before);
          }
        }),
        { numRuns: RUNS_SIGNED_IN, seed: SEED, endOnFailure: true },
      );
    }
    expect(t.errors).toEqual([]);
    expect(crashes).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(channels.length * RUNS_SIGNED_IN);
    console.log(`ipc fuzz: ${calls} calls signed in over ${channels.length} channels; outcomes ${JSON.stringify(tally)}`);
    // Some payloads were accepted and some refused by the handlers themselves, not only by zod.
    expect(tally.ok ?? 0).toBeGreaterThan(0);
    expect(Object.keys(tally).filter((k) => k !== 'ok' && k !== 'INVALID_INPUT').length).toBeGreaterThan(0);
  });

  it('signed out: every channel (public ones included) answers with a typed error and the database file is not touched', { timeout: 600_000 }, async () => {
    await t.ok('session.signOut');
    const files = [t.ws.deps.paths.dbPath, `${t.ws.deps.paths.dbPath}-wal`, t.ws.deps.paths.keyringPath];
    const before = files.map(fileHash);
    let calls = 0;
    for (const channel of CHANNELS) {
      await fc.assert(
        fc.asyncProperty(payloadsFor(contract[channel].input, { validInput: !NO_VALID_INPUT(channel) }), async (input) => {
          const r = await t.router.call(channel, input);
          calls++;
          assertTyped(channel, input, r);
          assertPrototypesClean();
          expect(t.ws.session, channel).toBeNull();
        }),
        { numRuns: RUNS_SIGNED_OUT, seed: SEED + 1, endOnFailure: true },
      );
    }
    expect(files.map(fileHash)).toEqual(before);
    expect(t.errors).toEqual([]);
    expect(crashes).toEqual([]);
    console.log(`ipc fuzz: ${calls} calls signed out over ${CHANNELS.length} channels`);
  });
});
