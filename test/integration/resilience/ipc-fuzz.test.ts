import fc from 'fast-check';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { PERMISSIONS } from '../../../src/shared/ipc/permissions';
import { ERROR_CODES, type Result } from '../../../src/shared/errors';
import { refer } from '../../helpers/cases';
import { addStaff } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { fileHash } from '../backup/helpers';
import { hostilePayloadsFor, schemaPayloadsFor } from './fuzz-payloads';
import { writeWatch, type RowCounts } from './write-watch';

/*
 * IPC fuzzing: for every channel in the contract (whatever features have added), thousands of
 * generated payloads, every one called through the real router on a real encrypted database:
 *   - signed in as an administrator (who may call everything): hostile payloads by the thousand
 *     per channel (wrong types, missing fields, huge strings, deep objects, prototype-pollution
 *     keys, NaN, impossible dates), then fewer payloads shaped by each channel's schema, which
 *     reach the handlers and cost far more each;
 *   - signed out (every channel, the public ones most).
 * Every call must answer with a valid result or a typed error (never INTERNAL, never a throw),
 * the prototypes must stay clean, nothing may crash the process, and a call that failed must not
 * have written any row (see write-watch.ts for how that is checked cheaply).
 *
 * WAYMARK_FUZZ_RUNS sets the hostile payloads per channel (default 2,000); the other phases scale
 * with it. WAYMARK_FUZZ_SEED replays a run.
 *
 * Some channels are only sent, signed in, payloads their schema refuses (so the router's checks
 * are fuzzed but the handler never runs):
 *   - those that end the session: session.signOut, session.lock (that is what they do),
 *     session.signIn, session.recover and setup.create (each signs the current person out before
 *     it checks what it was given); the rest of the run would only see NOT_SIGNED_IN. Signed out,
 *     they get schema-shaped payloads too.
 *   - those that act outside the database on valid input: backup.* (they write to whatever folder
 *     they are given, which could be anywhere on this machine) and any channel that prints or
 *     exports (a PDF starts Chromium). Their valid paths have tests of their own. The exception
 *     is backup.run, whose only valid input is empty: with no folder ever set
 *     (backup.settings.update only gets refused payloads), it fails and records that.
 */
const NO_VALID_INPUT = (channel: string) => (channel.startsWith('backup.') && channel !== 'backup.run') || /pdf|export|print/i.test(channel);
const ENDS_SESSION: ReadonlySet<string> = new Set(['session.signOut', 'session.lock', 'session.signIn', 'session.recover', 'setup.create']);

/**
 * Failures that are recorded on purpose: a failed backup writes the banner's record and an audit
 * entry (that is the feature). Allowed: those rows only.
 */
const RECORDS_ITS_FAILURE: Record<string, (before: RowCounts, after: RowCounts) => boolean> = {
  'backup.run': (b, a) => Object.keys(b).every((t) => (t === 'meta' || t === 'audit_log' ? a[t]! - b[t]! <= 1 : a[t] === b[t])),
};

const HOSTILE_RUNS = Number(process.env.WAYMARK_FUZZ_RUNS ?? 2_000);
const SCHEMA_RUNS = Math.max(10, Math.round(HOSTILE_RUNS / 50));
/** Signed out, most channels answer NOT_SIGNED_IN before reading their input; the public ones read it. */
const SIGNED_OUT_RUNS = Math.max(10, Math.round(HOSTILE_RUNS / 20));
const SIGNED_OUT_PUBLIC_RUNS = Math.max(20, Math.round(HOSTILE_RUNS / 4));
const SEED = Number(process.env.WAYMARK_FUZZ_SEED ?? 20261120);
/** Payloads generated per fast-check run: the library's cost per run is then shared by a batch. */
const BATCH = 100;

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
const crashes: unknown[] = [];
const onCrash = (e: unknown) => crashes.push(e);

/** Outcomes by code, to show the payloads reach past validation into the handlers. */
type Tally = Record<string, number>;

/** Fails the test with a message built only then (describing a payload can take longer than the call). */
function failWith(message: () => string): never {
  assert.fail(message());
}

function describeInput(input: unknown): string {
  try {
    const s = fc.stringify(input);
    return s.length > 300 ? `${s.slice(0, 300)}…` : s;
  } catch {
    // fast-check cannot print some values (e.g. an object with no prototype inside an array).
    const keys = typeof input === 'object' && input !== null ? Reflect.ownKeys(input).map(String).join(', ') : typeof input;
    return `(unprintable: ${keys.slice(0, 300)})`;
  }
}

function assertTyped(channel: Channel, input: unknown, r: Result<unknown>, tally: Tally): void {
  const what = () => `${channel} ${describeInput(input)}`;
  if (typeof r !== 'object' || r === null) failWith(() => `${what()} answered ${String(r)}`);
  const code = r.ok ? 'ok' : r.error.code;
  tally[code] = (tally[code] ?? 0) + 1;
  if (r.ok) {
    if (!contract[channel].output.safeParse(r.value).success) failWith(() => `${what()} answered with a value outside its contract`);
    return;
  }
  if (r.error.code === 'INTERNAL' || !ERROR_CODES.includes(r.error.code) || typeof r.error.message !== 'string') {
    failWith(() => `${what()} answered ${r.error.code}: ${r.error.message}`);
  }
}

/**
 * The prototypes a payload could pollute and every own property they had before the run, kept as
 * plain values where possible: checked after every call, so it has to be quick.
 */
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype] as const;
const PROTO_PROPS = PROTOTYPES.map((p) =>
  Reflect.ownKeys(p).map((key) => {
    const d = Object.getOwnPropertyDescriptor(p, key)!;
    return { key, accessor: !('value' in d), value: d.value as unknown, get: d.get, set: d.set };
  }),
);

function prototypesClean(): boolean {
  return PROTOTYPES.every((p, i) => {
    const props = PROTO_PROPS[i]!;
    if (Reflect.ownKeys(p).length !== props.length) return false;
    return props.every(({ key, accessor, value, get, set }) => {
      if (!accessor) return Object.hasOwn(p, key) && (p as Record<PropertyKey, unknown>)[key] === value;
      const d = Object.getOwnPropertyDescriptor(p, key);
      return d !== undefined && d.get === get && d.set === set;
    });
  });
}

function assertPrototypesClean(channel: Channel, input: unknown): void {
  if (!prototypesClean() || ({} as Record<string, unknown>).polluted !== undefined) failWith(() => `${channel} ${describeInput(input)} polluted a prototype`);
}

function sameCounts(a: RowCounts, b: RowCounts): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Calls the router; a throw (rather than an error result) fails the test, naming the payload. */
async function callRouter(channel: Channel, input: unknown): Promise<Result<unknown>> {
  try {
    return await t.router.call(channel, input);
  } catch (e) {
    failWith(() => `${channel} ${describeInput(input)} threw instead of answering: ${String(e)}`);
  }
}

function restoreAdministrator(): void {
  const db = t.ws.unlocked!.open.db;
  db.prepare("UPDATE users SET role = 'administrator', active = 1, must_change_password = 0 WHERE id = ?").run(t.ws.session!.userId);
  t.ws.session!.role = 'administrator';
  t.ws.session!.mustChangePassword = false;
}

/**
 * Sends at least `runs` payloads from `payloads` to `check`, generated by fast-check in batches.
 * fast-check's own report is not used: it would print the whole batch, megabyte strings and all;
 * the check's message names the channel and the payload, and the seed replays the run.
 */
async function fuzz(payloads: fc.Arbitrary<unknown>, runs: number, seed: number, check: (input: unknown) => Promise<void>): Promise<void> {
  const size = Math.min(BATCH, runs);
  const batches = fc.array(payloads, { minLength: size, maxLength: size });
  const details = await fc.check(
    fc.asyncProperty(batches, async (batch) => {
      for (const input of batch) await check(input);
    }),
    { numRuns: Math.ceil(runs / size), seed, endOnFailure: true },
  );
  if (!details.failed) return;
  const e = details.errorInstance instanceof Error ? details.errorInstance : new Error(String(details.errorInstance));
  e.message += ` (replay with WAYMARK_FUZZ_SEED=${SEED} WAYMARK_FUZZ_RUNS=${HOSTILE_RUNS})`;
  throw e;
}

/**
 * Fuzzes every channel `payloadsOf` gives payloads for, signed in as an administrator, and
 * returns the calls made per channel and their outcomes.
 */
async function fuzzSignedIn(payloadsOf: (channel: Channel) => fc.Arbitrary<unknown> | null, runs: number, seed: number) {
  const watch = writeWatch(() => t.ws.unlocked!.open.db);
  const calls: Partial<Record<Channel, number>> = {};
  const tally: Tally = {};
  for (const channel of CHANNELS) {
    const payloads = payloadsOf(channel);
    if (!payloads) continue;
    calls[channel] = 0;
    await fuzz(payloads, runs, seed, async (input) => {
      const before = watch.mark();
      const r = await callRouter(channel, input);
      calls[channel]!++;
      assertTyped(channel, input, r, tally);
      assertPrototypesClean(channel, input);
      if (!r.ok) {
        const after = watch.countsIfWritten(before);
        if (after && !sameCounts(before.counts, after)) {
          const allowed = RECORDS_ITS_FAILURE[channel];
          if (allowed) expect(allowed(before.counts, after), `${channel} wrote more than its failure record`).toBe(true);
          else expect(after, `${channel} failed with ${r.error.code} but wrote rows (${describeInput(input)})`).toEqual(before.counts);
        }
      }
      // Still signed in (nothing fuzzed here may end the session)…
      if (!t.ws.session) failWith(() => `${channel} ${describeInput(input)} ended the session`);
      // …though a valid users.setRole may demote the administrator: put that back, so the
      // rest of the run is still made as an administrator.
      if (t.ws.session.role !== 'administrator' || t.ws.session.mustChangePassword) restoreAdministrator();
    });
  }
  return { calls, tally };
}

/** Payloads `channel`'s schema refuses: for channels that must not be sent valid input (see above). */
function refusedOnly(channel: Channel, payloads: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  // The router reads a missing input as {} (see router.ts), so that is what is asked of zod here;
  // input that makes zod itself throw is refused by the router too.
  const accepted = (p: unknown) => {
    try {
      return contract[channel].input.safeParse(p ?? {}).success;
    } catch {
      return false;
    }
  };
  return payloads.filter((p) => !accepted(p));
}

/** Whether `channel` may be sent, signed in, a payload its schema accepts (see above). */
function mayRunSignedIn(channel: Channel): boolean {
  return !NO_VALID_INPUT(channel) && !ENDS_SESSION.has(channel);
}

function fewest(calls: Partial<Record<Channel, number>>): number {
  return Math.min(...Object.values(calls));
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
  it('as an administrator: every channel answers thousands of hostile payloads with a typed error or a valid result, writing nothing when it fails', { timeout: 600_000 }, async () => {
    const started = performance.now();
    const { calls, tally } = await fuzzSignedIn((c) => (mayRunSignedIn(c) ? hostilePayloadsFor(contract[c].input) : refusedOnly(c, hostilePayloadsFor(contract[c].input))), HOSTILE_RUNS, SEED);
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    console.log(`ipc fuzz: ${total} hostile calls signed in over ${Object.keys(calls).length} channels in ${Math.round(performance.now() - started)} ms; outcomes ${JSON.stringify(tally)}`);
    expect(t.errors).toEqual([]);
    expect(crashes).toEqual([]);
    expect(Object.keys(calls)).toHaveLength(CHANNELS.length);
    expect(fewest(calls)).toBeGreaterThanOrEqual(HOSTILE_RUNS);
    // No payload set a backup folder, so nothing was written outside the test's own folder.
    expect((await t.ok<{ folder: string | null }>('backup.settings.get')).folder).toBeNull();
  });

  it('as an administrator: payloads shaped by each schema reach the handlers, which answer with a typed error or a valid result, writing nothing when they fail', { timeout: 600_000 }, async () => {
    const started = performance.now();
    const { calls, tally } = await fuzzSignedIn((c) => (mayRunSignedIn(c) ? schemaPayloadsFor(contract[c].input) : null), SCHEMA_RUNS, SEED + 2);
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    console.log(`ipc fuzz: ${total} schema-shaped calls signed in over ${Object.keys(calls).length} channels in ${Math.round(performance.now() - started)} ms; outcomes ${JSON.stringify(tally)}`);
    expect(t.errors).toEqual([]);
    expect(crashes).toEqual([]);
    expect(fewest(calls)).toBeGreaterThanOrEqual(SCHEMA_RUNS);
    // Some payloads were accepted and some refused by the handlers themselves, not only by zod.
    expect(tally.ok ?? 0).toBeGreaterThan(0);
    expect(Object.keys(tally).filter((k) => k !== 'ok' && k !== 'INVALID_INPUT').length).toBeGreaterThan(0);
  });

  it('signed out: every channel (public ones included) answers with a typed error and the database file is not touched', { timeout: 600_000 }, async () => {
    await t.ok('session.signOut');
    const started = performance.now();
    const files = [t.ws.deps.paths.dbPath, `${t.ws.deps.paths.dbPath}-wal`, t.ws.deps.paths.keyringPath];
    const before = files.map(fileHash);
    const runsOf = (c: Channel) => (PERMISSIONS[c] === 'public' || ENDS_SESSION.has(c) ? SIGNED_OUT_PUBLIC_RUNS : SIGNED_OUT_RUNS);
    const calls: Partial<Record<Channel, number>> = {};
    const tally: Tally = {};
    for (const channel of CHANNELS) {
      const hostile = hostilePayloadsFor(contract[channel].input);
      const payloads = NO_VALID_INPUT(channel) ? refusedOnly(channel, hostile) : fc.oneof(hostile, schemaPayloadsFor(contract[channel].input));
      calls[channel] = 0;
      await fuzz(payloads, runsOf(channel), SEED + 1, async (input) => {
        const r = await callRouter(channel, input);
        calls[channel]!++;
        assertTyped(channel, input, r, tally);
        assertPrototypesClean(channel, input);
        if (t.ws.session) failWith(() => `${channel} ${describeInput(input)} signed someone in`);
      });
    }
    const total = Object.values(calls).reduce((a, b) => a + b, 0);
    console.log(`ipc fuzz: ${total} calls signed out over ${CHANNELS.length} channels in ${Math.round(performance.now() - started)} ms; outcomes ${JSON.stringify(tally)}`);
    expect(files.map(fileHash)).toEqual(before);
    expect(t.errors).toEqual([]);
    expect(crashes).toEqual([]);
    for (const channel of CHANNELS) expect(calls[channel], channel).toBeGreaterThanOrEqual(runsOf(channel));
  });
});
