import { plusDays } from '../../../shared/allocation/nights';
import type { EpisodeFact, PersonFact, PlanFact, ReferralFact, ReportFacts, RiskFact } from '../../../shared/reports/facts';
import type { ScorePoint } from '../../../shared/support/outcomes';
import { OutcomeArea, type AssessmentStageCode, type OutcomeAreaCode } from '../../../shared/support/vocab.support';
import { dateOf, dayOf, dayStart, iso, londonDayOf } from '../../../shared/rota/zone';
import type { Sqlite } from '../../db/connection';
import { writeVersion } from '../../db/write-version';
import {
  allUnits,
  contactsIn,
  episodesOverlapping,
  eventsIn,
  firstAttempts,
  firstContacts,
  latestRisks,
  listParser,
  maracIn,
  outOfServiceIn,
  peopleOf,
  planAreas,
  planAssessments,
  SCORE_BITS,
  referralsBetween,
  staysUpTo,
} from '../../db/repos/reports/report-facts.repo';
import { loadSanctuaryFacts } from '../sanctuary/sanctuary-report-facts';
import { specialistFteFor } from '../staff-records/specialist-fte';

/*
 * Loads everything a report reads for a period [from, to] (London dates, both included). Instants
 * become London dates here, once, with the rota's cached zone table (dayjs's tz is too slow for
 * tens of thousands of referrals).
 */

/** The London date of a UTC instant. */
export function londonDateOf(isoInstant: string): string {
  // London is on UTC or one hour ahead of it, so before 23:00 UTC the London date is the UTC
  // date: no time-zone arithmetic for most of the tens of thousands of instants a report reads.
  if (isoInstant.length >= 20 && isoInstant[10] === 'T' && isoInstant.endsWith('Z') && isoInstant.slice(11, 13) < '23') return isoInstant.slice(0, 10);
  return dateOf(londonDayOf(Date.parse(isoInstant)));
}

/** The UTC instant at which a London date begins, as stored (ISO with Z). */
export function londonStartIso(date: string): string {
  return iso(dayStart(dayOf(date)));
}

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
  /** What the on-demand loaders have read, by household or referral (null: none). */
  people: Map<number, PersonFact[]>;
  risks: Map<number, RiskFact | null>;
  attempts: Map<number, string | null>;
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
    k = { key, groups: new Map(), people: new Map(), risks: new Map(), attempts: new Map(), extra: {}, counts: new Map() };
    kept.set(db, k);
  }
  return k;
}

/** Forgets the facts kept on a connection (the benchmark times a first load with this). */
export function forgetReportFacts(db: Sqlite): void {
  kept.delete(db);
}

/** Loads a period's facts (or reuses those loaded since the last write). `now` decides what is "not yet due". */
export function loadReportFacts(db: Sqlite, from: string, to: string, now: Date): ReportFacts {
  const fromIso = londonStartIso(from);
  const toIso = londonStartIso(plusDays(to, 1));
  const k = keptFor(db, from, to);
  // The dashboards' reports, which share one set of facts, read each household's people, latest
  // risk and each referral's first attempt once.
  const { people, risks, attempts } = k;
  // Every group of records is loaded on first use and kept: a report reads only what it counts
  // (the KPIs never read people; the annual return reads only residents), and the dashboards,
  // which run four reports on one set of facts, load each group once.
  const today = londonDateOf(now.toISOString());
  const nowIso = now.toISOString();
  const reads = { now: 0 };
  const facts = {
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
    peopleOf: (ids: Iterable<number>) => {
      const wanted = new Set(ids);
      const missing: number[] = [];
      for (const id of wanted) if (!people.has(id)) missing.push(id);
      if (missing.length > 0) {
        for (const id of missing) people.set(id, []);
        for (const p of peopleOf(db, missing)) people.get(p.householdId)!.push(p);
      }
      const out: PersonFact[] = [];
      for (const id of wanted) for (const p of people.get(id)!) out.push(p);
      return out;
    },
    risksOf: (ids: Iterable<number>) => {
      const wanted = [...new Set(ids)];
      const missing = wanted.filter((id) => !risks.has(id));
      if (missing.length > 0) {
        const list = listParser();
        for (const id of missing) risks.set(id, null);
        for (const r of latestRisks(db, missing, toIso))
          risks.set(r.householdId, { householdId: r.householdId, level: r.level, primaryNeed: r.primaryNeed, secondaryNeeds: list(r.secondaryNeeds) });
      }
      return wanted.map((id) => risks.get(id)).filter((r): r is RiskFact => r != null);
    },
    firstAttemptsOf: (ids: Iterable<number>): ReadonlyMap<number, string | null> => {
      const missing = [...new Set(ids)].filter((id) => !attempts.has(id));
      if (missing.length > 0) {
        const found = firstAttempts(db, missing);
        for (const id of missing) attempts.set(id, found.get(id) ?? null);
      }
      return attempts;
    },
  } as ReportFacts;
  const group = <K extends keyof ReportFacts>(key: K, load: () => ReportFacts[K]) => lazy(facts, key, k.groups, load);
  group('referrals', () => loadReferrals(db, fromIso, toIso));
  group('episodes', () => loadEpisodes(db, from, fromIso, toIso));
  group('stays', () => staysUpTo(db, to));
  group('units', () => allUnits(db));
  group('outOfService', () => outOfServiceIn(db, from, to));
  group('contacts', () => contactsIn(db, from, to));
  group('plans', () =>
    loadPlans(
      db,
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

function loadReferrals(db: Sqlite, fromIso: string, toIso: string): ReferralFact[] {
  const list = listParser();
  const rows = referralsBetween(db, fromIso, toIso);
  const out: ReferralFact[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out[i] = {
      id: r[0],
      householdId: r[1],
      receivedAt: r[2],
      receivedOn: londonDateOf(r[2]),
      source: r[3],
      status: r[4],
      acceptedTo: r[5],
      reason: r[6],
      unitTypesFull: list(r[7]),
      decidedOn: r[8] ? londonDateOf(r[8]) : null,
      requests: list(r[9]),
      urgency: r[10],
      firstContactAt: r[11],
    };
  }
  return out;
}

function loadEpisodes(db: Sqlite, from: string, fromIso: string, toIso: string): EpisodeFact[] {
  const rows = episodesOverlapping(db, from, fromIso, toIso);
  const firsts = firstContacts(
    db,
    rows.map((e) => e[0]),
  );
  const out: EpisodeFact[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const e = rows[i]!;
    out[i] = {
      referralId: e[0],
      householdId: e[1],
      receivedOn: londonDateOf(e[2]),
      acceptedOn: londonDateOf(e[3]),
      acceptedTo: e[4],
      urgency: e[5],
      firstContactOn: firsts.get(e[0]) ?? null,
      exit:
        e[6] === null
          ? null
          : { id: e[6], exitedOn: e[7]!, planned: e[8] === 1, reason: e[9]!, destination: e[10]!, independence: e[11]!, stayId: e[12] },
      moveOn: e[13] ? { startOn: e[13], latestEndOn: e[14]!, endedOn: e[15] } : null,
      leftWaitingListOn: e[16] ? londonDateOf(e[16]) : null,
    };
  }
  return out;
}

function loadPlans(db: Sqlite, referralIds: number[], to: string): PlanFact[] {
  const plans = new Map<number, PlanFact>();
  for (const a of planAreas(db, referralIds)) {
    let p = plans.get(a.plan_id);
    if (!p) plans.set(a.plan_id, (p = { id: a.plan_id, referralId: a.referral_id, householdId: a.household_id, areas: {} }));
    p.areas[a.area as OutcomeAreaCode] = { hasNeed: a.has_need === 1, scores: [] };
  }
  if (plans.size === 0) return [];
  const mask = 2 ** SCORE_BITS - 1;
  for (const [planId, assessmentId, stage, on, packed] of planAssessments(db, [...plans.keys()], to)) {
    const plan = plans.get(planId);
    if (!plan) continue;
    for (let i = 0; i < OutcomeArea.codes.length; i++) {
      const score = Math.floor(packed / 2 ** (i * SCORE_BITS)) & mask;
      const area = score === 0 ? undefined : plan.areas[OutcomeArea.codes[i]!];
      if (area) (area.scores as ScorePoint[]).push({ on, stage: stage as AssessmentStageCode, score, seq: assessmentId });
    }
  }
  return [...plans.values()];
}
