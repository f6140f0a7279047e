import type { ReportFacts } from '../../../shared/reports/facts';
import type { Sqlite } from '../../db/connection';
import { writeVersion } from '../../db/write-version';
import { allUnits, eventsIn, maracIn, outOfServiceIn, staysUpTo } from '../../db/repos/reports/report-facts.repo';
import { loadSanctuaryFacts } from '../sanctuary/sanctuary-report-facts';
import { specialistFteFor } from '../staff-records/specialist-fte';
import { contactsIn, currentFactStore, episodesIn, firstAttemptsIn, forgetFactStore, latestRiskOf, peopleOfHousehold, plansOf, referralsIn, type FactStore } from './fact-store/fact-store';
import { londonDateOf } from './london-dates';

/*
 * A period's records for the reports (ReportFacts). The households' records (referrals,
 * episodes, people, risks, contacts, plans) come from the connection's fact store, kept current
 * from the snapshot and change log (fact-store.ts); the small groups (stays, units, events,
 * MARAC) are read for the period. Periods are London dates, both included.
 */

/**
 * Records a report module reads beyond the standard facts, by its `facts` key (see the registry).
 * Issue 9 added the sanctuary scheme's loader.
 */
export const EXTRA_FACTS: Record<string, (db: Sqlite, from: string, to: string, now: Date) => unknown> = {
  sanctuary: (db, from, to) => loadSanctuaryFacts(db, from, to),
};

/**
 * What has been loaded for one period on one connection, kept while no write is committed: a
 * manager who opens a report, drills into a figure and exports it reads the records once, not
 * three times. One period per connection (the last asked for); a locked or signed-out database's
 * connection is closed and takes its facts with it. Nothing kept may depend on `now` (today and
 * the instant are set on each call).
 */
interface KeptFacts {
  key: string;
  groups: Map<string, unknown>;
  /** Records report modules loaded for themselves (EXTRA_FACTS), by key. */
  extra: Record<string, unknown>;
  /** Reports' counts worked out from these records without reading the time (see keptCounts). */
  counts: Map<string, unknown>;
}

const kept = new WeakMap<Sqlite, KeptFacts>();

/** The facts kept for this period on this connection, or a fresh set when the period or the records changed. */
function keptFor(db: Sqlite, from: string, to: string): KeptFacts {
  const key = `${from}|${to}|${writeVersion(db)}`;
  let k = kept.get(db);
  if (!k || k.key !== key) {
    k = { key, groups: new Map(), extra: {}, counts: new Map() };
    kept.set(db, k);
  }
  return k;
}

/**
 * Forgets the facts kept on a connection, and with `store` its fact store too (the benchmark
 * times a first report after signing in with this: the snapshot is read again).
 */
export function forgetReportFacts(db: Sqlite, { store = true }: { store?: boolean } = {}): void {
  kept.delete(db);
  if (store) forgetFactStore(db);
}

/** The record groups, each loaded on first use (see loadReportFacts). */
type GroupKey = 'referrals' | 'episodes' | 'stays' | 'units' | 'outOfService' | 'contacts' | 'plans' | 'events' | 'marac' | 'specialistFte';

/** Loads a period's facts (or reuses those loaded since the last write). `now` decides what is "not yet due". */
export function loadReportFacts(db: Sqlite, from: string, to: string, now: Date): ReportFacts {
  const k = keptFor(db, from, to);
  // Brought up to date once per facts object, on the first read of a household's records (a
  // report of stays alone never reads the store).
  let store: FactStore | undefined;
  const current = () => (store ??= currentFactStore(db, now));
  const today = londonDateOf(now.toISOString());
  const nowIso = now.toISOString();
  const reads = { now: 0 };
  // The record groups are added below as lazy getters, so the object is a ReportFacts only once
  // they are defined: the checked part is the one written here.
  const eager: Omit<ReportFacts, GroupKey> = {
    from,
    to,
    // Counted when read: a report's counts that never read the time can be kept (keptCounts).
    get today() {
      reads.now++;
      return today;
    },
    get nowIso() {
      reads.now++;
      return nowIso;
    },
    extra: k.extra,
    peopleOfHousehold: (householdId: number) => peopleOfHousehold(current(), householdId),
    latestRiskOf: (householdId: number) => latestRiskOf(current(), householdId, to),
    firstAttemptsOf: (): ReadonlyMap<number, string | null> => firstAttemptsIn(current()),
  };
  const facts = eager as ReportFacts;
  const group = <K extends keyof ReportFacts>(key: K, load: () => ReportFacts[K]) => lazy(facts, key, k.groups, load);
  // Every group is loaded on first use and kept: a report reads only what it counts, and the
  // dashboards, which run four reports on one set of facts, make each group once.
  group('referrals', () => referralsIn(current(), from, to));
  group('episodes', () => episodesIn(current(), from, to));
  group('stays', () => staysUpTo(db, to));
  group('units', () => allUnits(db));
  group('outOfService', () => outOfServiceIn(db, from, to));
  group('contacts', () => contactsIn(current(), from, to));
  group('plans', () =>
    plansOf(
      current(),
      facts.episodes.map((e) => e.referralId),
      to,
    ),
  );
  group('events', () => eventsIn(db, from, to));
  group('marac', () => maracIn(db, from, to));
  // Specialist FTE comes from staff records (issue 9): null while no FTE in a specialist role is
  // recorded for the period.
  group('specialistFte', () => specialistFteFor(db, from, to));
  keptOf.set(facts, { counts: k.counts, reads });
  return facts;
}

const keptOf = new WeakMap<ReportFacts, { counts: Map<string, unknown>; reads: { now: number } }>();

/**
 * Where a report's counts over these facts can be kept, by report name, with how many times the
 * facts' time (today, now) has been read so far. Counts worked out without reading the time
 * depend only on the period and the records, so they hold until the next write, like the
 * records they came from; counts that read it (the 48-hour contact figures: "not yet due") are
 * worked out each time. Undefined for facts not made by loadReportFacts.
 */
export function keptCounts(facts: ReportFacts): { counts: Map<string, unknown>; timeReads: () => number } | undefined {
  const k = keptOf.get(facts);
  return k && { counts: k.counts, timeReads: () => k.reads.now };
}

/** Defines a property loaded on first read and kept in `store` (shared by every facts object of the same period and write version). */
function lazy<T extends object, K extends keyof T & string>(target: T, key: K, store: Map<string, unknown>, load: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      if (!store.has(key)) store.set(key, load());
      const value = store.get(key) as T[K];
      Object.defineProperty(target, key, { value, enumerable: true });
      return value;
    },
  });
}
