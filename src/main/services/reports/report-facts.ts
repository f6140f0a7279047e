import { plusDays } from '../../../shared/allocation/nights';
import type { EpisodeFact, PersonFact, PlanFact, ReferralFact, ReportFacts, RiskFact } from '../../../shared/reports/facts';
import type { ScorePoint } from '../../../shared/support/outcomes';
import type { AssessmentStageCode, OutcomeAreaCode } from '../../../shared/support/vocab.support';
import { dateOf, dayOf, dayStart, iso, londonDayOf } from '../../../shared/rota/zone';
import type { Sqlite } from '../../db/connection';
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
  planScores,
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

/** Loads a period's facts. `now` decides what is "not yet due". */
export function loadReportFacts(db: Sqlite, from: string, to: string, now: Date, specialistFte?: number | null): ReportFacts {
  const fromIso = londonStartIso(from);
  const toIso = londonStartIso(plusDays(to, 1));
  // What the on-demand loaders have read so far, by household or referral (null: none), so the
  // dashboards' reports, which share one set of facts, read each household's people, latest risk
  // and each referral's first attempt once.
  const people = new Map<number, PersonFact[]>();
  const risks = new Map<number, RiskFact | null>();
  const attempts = new Map<number, string | null>();
  // Every group of records is loaded on first use and kept: a report reads only what it counts
  // (the KPIs never read people; the annual return reads only residents), and the dashboards,
  // which run four reports on one set of facts, load each group once.
  const facts = {
    from,
    to,
    today: londonDateOf(now.toISOString()),
    nowIso: now.toISOString(),
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
  lazy(facts, 'referrals', () => loadReferrals(db, fromIso, toIso));
  lazy(facts, 'episodes', () => loadEpisodes(db, from, fromIso, toIso));
  lazy(facts, 'stays', () => staysUpTo(db, to));
  lazy(facts, 'units', () => allUnits(db));
  lazy(facts, 'outOfService', () => outOfServiceIn(db, from, to));
  lazy(facts, 'contacts', () => contactsIn(db, from, to));
  lazy(facts, 'plans', () =>
    loadPlans(
      db,
      facts.episodes.map((e) => e.referralId),
      to,
    ),
  );
  lazy(facts, 'events', () => eventsIn(db, from, to));
  lazy(facts, 'marac', () => maracIn(db, from, to));
  // Specialist FTE comes from staff records (issue 9): null while no FTE in a specialist role is recorded for the period.
  lazy(facts, 'specialistFte', () => (specialistFte === undefined ? specialistFteFor(db, from, to) : specialistFte));
  return facts;
}

/** Defines a property computed on first read and kept. */
function lazy<T extends object, K extends keyof T>(target: T, key: K, load: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
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
  for (const [planId, assessmentId, stage, on, areaCode, score] of planScores(db, [...plans.keys()], to)) {
    const area = plans.get(planId)?.areas[areaCode as OutcomeAreaCode];
    if (area) (area.scores as ScorePoint[]).push({ on, stage: stage as AssessmentStageCode, score, seq: assessmentId });
  }
  return [...plans.values()];
}
