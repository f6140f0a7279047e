import { change } from '../../support/outcomes';
import { OutcomeArea } from '../../support/vocab.support';
import type { EpisodeFact, PlanFact, ReportFacts } from '../facts';
import { HOUSING_SITUATION, QUARTERLY_NEEDS, SUPPORT_BANDS } from '../quarterly';
import { ageAt, bandOf } from './ages';
import { countedAsSupported, episodeSpan, staysByHousehold, supportedIn, type EpisodeSpan } from './episodes';
import { withinMonths } from './months';
import { arrivalsIn } from './residence';
import type { Tally } from './tally';

/*
 * The quarterly outputs' figures from a period's records (definitions in ../quarterly.ts).
 */

/** An episode supported in the period, with its span. */
export interface SupportedEpisode {
  ep: EpisodeFact;
  span: EpisodeSpan;
}

/** Worked out once per set of facts: the dashboards compute the quarterly outputs and the KPIs from one. */
const supportedOf = new WeakMap<ReportFacts, SupportedEpisode[]>();

/** Episodes supported in [from, to], newest episode last per household (shared: not to be changed). */
export function supportedEpisodes(f: ReportFacts): SupportedEpisode[] {
  let out = supportedOf.get(f);
  if (!out) supportedOf.set(f, (out = findSupported(f)));
  return out;
}

function findSupported(f: ReportFacts): SupportedEpisode[] {
  const stays = staysByHousehold(f.stays);
  const out: SupportedEpisode[] = [];
  for (const ep of f.episodes) {
    const span = episodeSpan(ep, stays.get(ep.householdId) ?? []);
    if (supportedIn(span, f.from, f.to)) out.push({ ep, span });
  }
  return out;
}

/** The band of a length of support from `start` to `end`. */
export function supportBand(start: string, end: string): string {
  for (const b of SUPPORT_BANDS) if (b.months === Infinity || withinMonths(start, end, b.months)) return b.key;
  return SUPPORT_BANDS[SUPPORT_BANDS.length - 1]!.key;
}

/** Which of a plan's measures hold as of a date. */
export function planProgress(plan: PlanFact, asOf: string): { withNeed: boolean; measured: boolean; progressed: boolean } {
  let withNeed = false;
  let measured = false;
  let progressed = false;
  for (const area of OutcomeArea.codes) {
    const a = plan.areas[area];
    if (!a?.hasNeed) continue;
    withNeed = true;
    const c = change(a.scores, { asOf });
    if (c !== null) measured = true;
    if (c === 'improved') progressed = true;
  }
  return { withNeed, measured, progressed };
}

/** Fills the quarterly outputs' figures. */
export function computeQuarterly(f: ReportFacts, t: Tally): void {
  const { from, to } = f;
  for (const r of f.referrals) {
    if (!r.decidedOn || r.decidedOn < from || r.decidedOn > to) continue;
    if (r.status === 'accepted') t.count('accepted_by_source', r.source, 'count', r.id);
    if (r.status === 'not_supported' && r.reason) t.count('rejected_by_reason', r.reason, 'count', r.id);
  }

  const episodes = supportedEpisodes(f);
  // One entry per household: its earliest episode in the period decides the day support began
  // (and so the age band and the housing situation); its latest decides the length of support.
  const byHousehold = new Map<number, { first: SupportedEpisode; last: SupportedEpisode }>();
  for (const se of episodes) {
    const known = byHousehold.get(se.ep.householdId);
    if (!known) byHousehold.set(se.ep.householdId, { first: se, last: se });
    else {
      if (se.span.start < known.first.span.start) known.first = se;
      if (se.span.start > known.last.span.start) known.last = se;
    }
  }
  // A household's needs rows, by its risk assessment (worked out once per distinct assessment
  // answer, not per adult: a ten-year report has tens of thousands of adults and a few answers).
  const needRows = new Map<string | null, Map<readonly string[], [string, 'primary' | 'secondary'][]>>();
  const needsOf = (primary: string | null, secondary: readonly string[]): [string, 'primary' | 'secondary'][] => {
    let byPrimary = needRows.get(primary);
    if (!byPrimary) needRows.set(primary, (byPrimary = new Map()));
    let rows = byPrimary.get(secondary);
    if (!rows) {
      rows = [];
      for (const n of QUARTERLY_NEEDS) {
        const needs = n.needs as readonly string[];
        if (primary && needs.includes(primary)) rows.push([n.key, 'primary']);
        if (secondary.some((s) => needs.includes(s))) rows.push([n.key, 'secondary']);
      }
      byPrimary.set(secondary, rows);
    }
    return rows;
  };
  const housingOf = new Map<string, string>(HOUSING_SITUATION.map((h) => [h.urgency, h.key]));
  for (const [householdId, { first, last }] of byHousehold) {
    const housing = housingOf.get(first.ep.urgency) ?? 'not_known';
    const lengthEnd = last.span.end !== null && last.span.end < to ? last.span.end : to;
    const band = supportBand(last.span.start, lengthEnd);
    const risk = f.latestRiskOf(householdId);
    const needs = risk ? needsOf(risk.primaryNeed, risk.secondaryNeeds) : [];
    for (const p of f.peopleOfHousehold(householdId)) {
      if (!countedAsSupported(p)) continue;
      const col = p.kind;
      t.count('housing_situation', housing, col, p.id);
      t.count('supported_age', bandOf(ageAt(p, first.span.start)), col, p.id);
      t.count('supported_gender', p.genderIdentity, col, p.id);
      t.count('supported_ethnicity', p.ethnicity, col, p.id);
      t.count('length_of_support', band, 'count', p.id);
      if (p.kind === 'adult') for (const [row, column] of needs) t.count('needs', row, column, p.id);
    }
  }

  let paid = 0;
  let unpaid = 0;
  const paidIds: number[] = [];
  const unpaidIds: number[] = [];
  for (const c of f.contacts) {
    if (c.on < from || c.on > to) continue;
    if (c.timeKind === 'paid') {
      paid += c.minutes;
      paidIds.push(c.id);
    } else {
      unpaid += c.minutes;
      unpaidIds.push(c.id);
    }
  }
  const hours = (m: number) => Math.round((m / 60) * 100) / 100;
  t.value('support_hours', 'paid', 'hours', hours(paid), paidIds);
  t.value('support_hours', 'unpaid', 'hours', hours(unpaid), unpaidIds);
  t.value('support_hours', 'all', 'hours', hours(paid + unpaid), [...paidIds, ...unpaidIds]);

  for (const s of arrivalsIn(f.stays, from, to)) {
    t.count('moved_in', 'households', 'count', s.householdId);
    for (const p of f.peopleOfHousehold(s.householdId)) if (countedAsSupported(p)) t.count('moved_in', 'people', 'count', p.id);
  }

  const supportedReferrals = new Set(episodes.map((e) => e.ep.referralId));
  for (const plan of f.plans) {
    if (!supportedReferrals.has(plan.referralId)) continue;
    const p = planProgress(plan, to);
    if (p.withNeed) t.count('progress', 'with_need', 'count', plan.id);
    if (p.measured) t.count('progress', 'measured', 'count', plan.id);
    if (p.progressed) t.count('progress', 'progressed', 'count', plan.id);
  }

  for (const e of f.events) {
    if (e.on < from || e.on > to) continue;
    if (e.kind === 'safeguarding' && e.about) t.count('safeguarding', e.about, 'count', e.id);
    if (e.kind === 'hrbp') t.count('panels', 'hrbp', 'count', e.id);
  }
  for (const m of f.marac) if (m.on >= from && m.on <= to) t.count('panels', 'marac', 'count', m.id);

  for (const ep of f.episodes) {
    const e = ep.exit;
    if (!e || e.exitedOn < from || e.exitedOn > to) continue;
    const col = e.planned ? 'planned' : 'unplanned';
    t.count('exits_reason', e.reason, col, e.id);
    t.count('exits_destination', e.destination, col, e.id);
  }
}
