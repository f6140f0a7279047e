import type { ContactFact, EpisodeFact, PersonFact, PlanFact, ReferralFact, RiskFact } from '../../../../shared/reports/facts';
import type { Sqlite } from '../../../db/connection';
import { householdRecordRows, type HouseholdRecordRows } from '../../../db/repos/reports/household-facts.repo';
import { changedSince, countChangedSince, lastChangeSeq, snapshotData, snapshotMeta, writeSnapshot } from '../../../db/repos/reports/report-snapshot.repo';
import { buildRecords, RECORD_WIDTHS, withLondonDates, type HouseholdRecords, type PlanRecord, type ReferralRecord, type RiskRecord, type RecordTables } from './fact-records';
import { decodeTables, encodeTables, RowCodecError } from './row-codec';

/*
 * Every household's report records, in memory, kept current from the database's snapshot and
 * change log (migration 13).
 *
 * Why: a report over ten years reads about two million values, and making them into JavaScript
 * values one at a time through SQLite costs 500–600 ms however the SQL is written (measured in
 * docs/reports.md). The snapshot holds the same records encoded by column, which decodes in tens
 * of milliseconds; the change log names the households written since, whose records are read
 * afresh and merged in. So the first report after signing in, or after a save, reads the
 * snapshot (or nothing: the store is kept per connection) and a handful of households.
 *
 * When: the store is brought up to date before each period's facts are made (report-facts.ts).
 * It is rebuilt from the tables, and the snapshot rewritten, when there is no snapshot (a new
 * database, after a purge or an erasure, after an upgrade that changed this format), or when
 * more than REBUILD_AFTER households changed since it was written, so a later sign-in never has
 * many to read. A rebuild is about as slow as reports were without the snapshot; it happens once
 * in that many households' changes.
 *
 * Consistency: everything is read in one transaction, so the records, the log's position and
 * the snapshot agree. The log is written by triggers in the same transaction as each change,
 * by whichever connection makes it, so nothing can change the records without the store hearing
 * of it. A read-only or busy database still gets a current store; only the snapshot is not
 * rewritten then.
 */

/** The snapshot's format: change it whenever household-facts.repo.ts or fact-records.ts changes what a row holds. */
export const SNAPSHOT_FORMAT = 3;

/**
 * Households changed since the snapshot past which the store is rebuilt rather than patched.
 * Reading a thousand households' records afresh takes about as long as decoding the snapshot
 * (measured on the large demo database), so a sign-in stays quick and rebuilds stay rare.
 */
export const REBUILD_AFTER = 1000;

/** One connection's records, current as of change `seq`. */
export interface FactStore {
  seq: number;
  /** By received_at, then id. */
  referrals: ReferralRecord[];
  /** By contact_on, then id. */
  contacts: ContactFact[];
  /** Each household's people, the adult first, then by id (the reports count a household's people together). */
  people: Map<number, PersonFact[]>;
  /** Each household's risk assessments, oldest first. */
  risks: Map<number, RiskRecord[]>;
  /** Each referral's plan (plans with an area of need only). */
  plans: Map<number, PlanRecord>;
  /** Each referral's first contact attempt, or null (made when first asked for: only the KPIs and the dashboard read them). */
  attempts: Map<number, string | null> | null;
  /** How the store last came up to date (the benchmark and the tests read it). */
  last: 'kept' | 'snapshot' | 'patched' | 'rebuilt';
}

const stores = new WeakMap<Sqlite, FactStore>();

/** Forgets a connection's store (the next report decodes the snapshot): the benchmark's "first report after signing in". */
export function forgetFactStore(db: Sqlite): void {
  stores.delete(db);
}

/**
 * The connection's store, brought up to date with the database. With `rebuild: false` it is
 * undefined when only a rebuild would bring it up to date (the sign-in warm-up leaves that slow
 * case to the first report, where the manager is waiting for work).
 */
export function currentFactStore(db: Sqlite, now: Date): FactStore;
export function currentFactStore(db: Sqlite, now: Date, opts: { rebuild: false }): FactStore | undefined;
export function currentFactStore(db: Sqlite, now: Date, { rebuild: mayRebuild = true }: { rebuild?: boolean } = {}): FactStore | undefined {
  return db.transaction(() => {
    const last = lastChangeSeq(db);
    let store = stores.get(db);
    if (store && store.seq === last) {
      store.last = 'kept';
      return store;
    }
    const meta = snapshotMeta(db);
    const schema = db.pragma('schema_version', { simple: true }) as number;
    const usable = meta !== undefined && meta.format === SNAPSHOT_FORMAT && meta.schema === schema;
    // Another connection may have written a newer snapshot and cleared the log up to it, so the
    // log no longer holds every change since this store's: start again from that snapshot.
    if (store && usable && meta.throughSeq > store.seq) store = undefined;
    if (usable && countChangedSince(db, meta.throughSeq) <= REBUILD_AFTER) {
      if (!store) store = fromSnapshot(db, meta.throughSeq);
      if (store) {
        const { households, unknown } = changedSince(db, store.seq, last);
        if (!unknown) {
          if (households.length > 0) patch(store, households, householdRecordRows(db, households));
          store.seq = last;
          store.last = store.last === 'snapshot' && households.length === 0 ? 'snapshot' : 'patched';
          stores.set(db, store);
          return store;
        }
      }
    }
    if (!mayRebuild) return undefined;
    store = rebuild(db, last, schema, now);
    stores.set(db, store);
    return store;
  }).deferred();
}

const TABLE_ORDER = ['referrals', 'people', 'risks', 'contacts', 'planAreas', 'assessments'] as const;

function fromSnapshot(db: Sqlite, seq: number): FactStore | undefined {
  const data = snapshotData(db);
  if (!data) return undefined;
  try {
    const tables = decodeTables(data);
    if (tables.length !== TABLE_ORDER.length || TABLE_ORDER.some((name, i) => tables[i]!.columns.length !== RECORD_WIDTHS[name])) return undefined;
    const t = Object.fromEntries(TABLE_ORDER.map((name, i) => [name, tables[i]!])) as unknown as RecordTables;
    return { ...storeOf(buildRecords(t)), seq, last: 'snapshot' };
  } catch (e) {
    // A snapshot this build cannot read is rebuilt from the records, never trusted.
    if (e instanceof RowCodecError) return undefined;
    throw e;
  }
}

function rebuild(db: Sqlite, seq: number, schema: number, now: Date): FactStore {
  const tables = withLondonDates(householdRecordRows(db, 'all'));
  const store: FactStore = { ...storeOf(buildRecords(tables)), seq, last: 'rebuilt' };
  try {
    writeSnapshot(db, { format: SNAPSHOT_FORMAT, schema, throughSeq: seq, builtAt: now.toISOString() }, encodeTables(TABLE_ORDER.map((name) => tables[name])));
  } catch (e) {
    // Read-only, or another connection holds the write lock: the store is current all the same,
    // and the next report tries again.
    const code = (e as { code?: string }).code ?? '';
    if (!code.startsWith('SQLITE_READONLY') && !code.startsWith('SQLITE_BUSY')) throw e;
  }
  return store;
}

function storeOf(r: HouseholdRecords): Omit<FactStore, 'seq' | 'last'> {
  const plans = new Map<number, PlanRecord>();
  for (const p of r.plans) plans.set(p.fact.referralId, p);
  const people = new Map<number, PersonFact[]>();
  addByHousehold(people, r.people);
  const risks = new Map<number, RiskRecord[]>();
  addByHousehold(risks, r.risks);
  return { referrals: r.referrals, contacts: r.contacts, people, risks, plans, attempts: null };
}

/** Adds records, in their order, to their household's list (records arrive grouped by household). */
function addByHousehold<T extends { householdId: number }>(into: Map<number, T[]>, list: readonly T[]): void {
  let current: T[] | undefined;
  let householdId = -1;
  for (const x of list) {
    if (x.householdId !== householdId || current === undefined) {
      householdId = x.householdId;
      current = into.get(householdId);
      if (!current) into.set(householdId, (current = []));
    }
    current.push(x);
  }
}

/** Replaces these households' records with `rows` (every record of each, as read just now). */
function patch(store: FactStore, households: readonly number[], rows: HouseholdRecordRows): void {
  const changed = new Set(households);
  const fresh = buildRecords(withLondonDates(rows));
  // Records that moved to another household are dropped by id from the one they left (both
  // households are logged, so this is belt and braces).
  const referralIds = new Set(fresh.referrals.map((r) => r.id));
  const contactIds = new Set(fresh.contacts.map((c) => c.id));
  store.referrals = merge(
    store.referrals.filter((r) => !changed.has(r.householdId) && !referralIds.has(r.id)),
    fresh.referrals,
    (a, b) => compare(a.receivedAt, b.receivedAt) || a.id - b.id,
  );
  store.contacts = merge(
    store.contacts.filter((c) => !changed.has(c.householdId) && !contactIds.has(c.id)),
    fresh.contacts,
    (a, b) => compare(a.on, b.on) || a.id - b.id,
  );
  // A household's people and assessments all come from the fresh rows, in the order read.
  for (const h of changed) {
    store.people.delete(h);
    store.risks.delete(h);
  }
  addByHousehold(store.people, fresh.people);
  addByHousehold(store.risks, fresh.risks);
  for (const [referralId, plan] of store.plans) if (changed.has(plan.fact.householdId)) store.plans.delete(referralId);
  for (const plan of fresh.plans) store.plans.set(plan.fact.referralId, plan);
  store.attempts = null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Merges two lists each already in `order`. */
function merge<T>(a: readonly T[], b: readonly T[], order: (x: T, y: T) => number): T[] {
  const out: T[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = order(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

/*
 * A period's records from the store, as the reports read them (ReportFacts). Periods are London
 * dates, both included; an instant is in the period when its London date is.
 */

/** The first index in a list sorted by `key` whose key is at least `value`. */
function lowerBound<T>(list: readonly T[], value: string, key: (x: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Referrals received in the period (in order), then those decided in it that were received outside it. */
export function referralsIn(store: FactStore, from: string, to: string): ReferralFact[] {
  const list = store.referrals;
  // received_at order is receivedOn order, so the received ones are one run of the list.
  const start = lowerBound(list, from, (r) => r.receivedOn);
  const out: ReferralFact[] = [];
  let i = start;
  for (; i < list.length && list[i]!.receivedOn <= to; i++) out.push(list[i]!);
  const end = i;
  for (let j = 0; j < list.length; j++) {
    if (j === start) j = end;
    if (j >= list.length) break;
    const r = list[j]!;
    if (r.decidedOn !== null && r.decidedOn >= from && r.decidedOn <= to) out.push(r);
  }
  return out;
}

/**
 * Episodes accepted on or before `to` whose support had not ended before `from`: an exit, and any
 * move-on after it, ending on or after `from`; with no exit, a household taken off the waiting
 * list without arriving (referred on, found somewhere else) left it on or after `from`.
 */
export function episodesIn(store: FactStore, from: string, to: string): EpisodeFact[] {
  const out: EpisodeFact[] = [];
  for (const r of store.referrals) {
    const e = r.episode;
    if (e === null || e.acceptedOn > to) continue;
    if (e.exit !== null) {
      const moveOnEnd = e.moveOn === null ? null : (e.moveOn.endedOn ?? e.moveOn.latestEndOn);
      if (e.exit.exitedOn >= from || (moveOnEnd !== null && moveOnEnd >= from)) out.push(e);
    } else if (e.leftWaitingListOn !== null) {
      if (e.leftWaitingListOn >= from) out.push(e);
    } else out.push(e);
  }
  return out;
}

/** Support contacts dated in the period. */
export function contactsIn(store: FactStore, from: string, to: string): ContactFact[] {
  const list = store.contacts;
  const out: ContactFact[] = [];
  for (let i = lowerBound(list, from, (c) => c.on); i < list.length && list[i]!.on <= to; i++) out.push(list[i]!);
  return out;
}

/** The plans of these referrals with their scores recorded on or before `to`. */
export function plansOf(store: FactStore, referralIds: Iterable<number>, to: string): PlanFact[] {
  const out: PlanFact[] = [];
  for (const id of referralIds) {
    const plan = store.plans.get(id);
    if (!plan) continue;
    if (plan.lastOn <= to) {
      out.push(plan.fact);
      continue;
    }
    // Scores after the period's end are not counted: a copy without them.
    const areas: PlanFact['areas'] = {};
    for (const [area, slot] of Object.entries(plan.fact.areas) as [keyof PlanFact['areas'], NonNullable<PlanFact['areas'][keyof PlanFact['areas']]>][])
      areas[area] = { hasNeed: slot.hasNeed, scores: slot.scores.filter((s) => s.on <= to) };
    out.push({ ...plan.fact, areas });
  }
  return out;
}

/** Each referral's first contact attempt (null: none). */
export function firstAttemptsIn(store: FactStore): ReadonlyMap<number, string | null> {
  if (store.attempts === null) {
    store.attempts = new Map();
    for (const r of store.referrals) store.attempts.set(r.id, r.firstAttemptAt);
  }
  return store.attempts;
}

/** A household's people, the adult first (none when it has no records). */
export function peopleOfHousehold(store: FactStore, householdId: number): readonly PersonFact[] {
  return store.people.get(householdId) ?? NONE;
}

/** A household's latest risk assessment on or before `to`, if any. */
export function latestRiskOf(store: FactStore, householdId: number, to: string): RiskFact | undefined {
  const list = store.risks.get(householdId);
  if (!list) return undefined;
  // Oldest first, so the latest on or before `to` is the last such.
  let latest: RiskRecord | undefined;
  for (let i = 0; i < list.length && list[i]!.on <= to; i++) latest = list[i]!;
  return latest;
}

const NONE: readonly PersonFact[] = Object.freeze([]);
