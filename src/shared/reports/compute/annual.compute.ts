import { addMonths } from '../../support/support-dates';
import { RETURN_ACCOMMODATION, RETURN_NEEDS, RETURN_UNABLE, STAY_BANDS } from '../annual-return';
import type { ReportFacts } from '../facts';
import type { SanctuaryFacts } from '../sanctuary.facts';
import { ageAt, bandOf } from './ages';
import { countedAsSupported, staysByHousehold } from './episodes';
import { endedStays, residences } from './residence';
import { EMPTY_SANCTUARY, onScheme } from './sanctuary.compute';
import type { Tally } from './tally';

/*
 * The annual return's figures from a period's records (definitions in ../annual-return.ts).
 */

/** Referrals that asked only for sanctuary or community support are not safe-accommodation referrals. */
export function isSafeAccommodationReferral(requests: readonly string[]): boolean {
  return requests.length === 0 || requests.some((r) => r === 'refuge' || r === 'dispersed');
}

/** The length-of-stay band of a stay from arrival to the morning it ended. */
export function stayBand(arrival: string, end: string): string {
  for (const b of STAY_BANDS) if (b.months === Infinity || end < addMonths(arrival, b.months)) return b.key;
  return STAY_BANDS[STAY_BANDS.length - 1]!.key;
}

/** Whether an exit's household went back to live with the perpetrator. */
export function toPerpetrator(e: { reason: string; destination: string }): boolean {
  return e.reason === 'returned_to_perpetrator' || e.destination === 'with_perpetrator';
}

/** Whether an exit was a move to another form of safe accommodation. */
export function toOtherSafeAccommodation(e: { reason: string; destination: string }): boolean {
  return e.reason === 'moved_other_safe_accommodation' || e.destination === 'other_refuge' || e.destination === 'other_safe_accommodation';
}

/** Fills the annual return's figures. */
export function computeAnnualReturn(f: ReportFacts, t: Tally): void {
  const { from, to } = f;
  for (const r of f.referrals) {
    if (r.receivedOn >= from && r.receivedOn <= to && isSafeAccommodationReferral(r.requests)) t.count('referrals', 'received', 'count', r.id);
    if (r.status === 'not_supported' && r.decidedOn && r.decidedOn >= from && r.decidedOn <= to) {
      const row = RETURN_UNABLE.find((u) => (u.reasons as readonly string[]).includes(r.reason ?? ''));
      if (row) t.count('unable', row.key, 'count', r.id);
    }
  }

  const resident = residences(f.stays, f.units, from, to);
  const sanctuary = sanctuaryHouseholds(f);
  const typesByHousehold = new Map<number, Set<string>>();
  for (const c of f.contacts) {
    if (!resident.has(c.householdId)) continue;
    let s = typesByHousehold.get(c.householdId);
    if (!s) typesByHousehold.set(c.householdId, (s = new Set()));
    s.add(c.supportType);
  }

  for (const res of resident.values()) {
    const supportTypes = typesByHousehold.get(res.householdId);
    for (const p of f.peopleOfHousehold(res.householdId)) {
      if (!countedAsSupported(p)) continue;
      const col = p.kind;
      for (const a of RETURN_ACCOMMODATION) if ((a.unitTypes as readonly string[]).some((u) => res.types.has(u))) t.count('accommodation', a.key, col, p.id);
      t.count('adult_child', p.kind, 'count', p.id);
      t.count('gender', p.genderIdentity, col, p.id);
      t.count('age', bandOf(ageAt(p, res.arrival)), col, p.id);
      if (p.specialist.length === 0) t.count('specialist', 'none', col, p.id);
      for (const s of p.specialist) t.count('specialist', s, col, p.id);
      t.count('ethnicity', p.ethnicity, col, p.id);
      t.count('disability', p.disability, col, p.id);
      t.count('sexuality', p.sexuality, col, p.id);
      if (p.kind === 'adult') {
        const risk = f.latestRiskOf(res.householdId);
        const needs = new Set([...(risk?.primaryNeed ? [risk.primaryNeed] : []), ...(risk?.secondaryNeeds ?? [])]);
        for (const n of RETURN_NEEDS) if ((n.needs as readonly string[]).some((x) => needs.has(x))) t.count('needs', n.key, 'count', p.id);
        for (const type of supportTypes ?? []) if (type !== 'childrens_support') t.count('support_types', type, 'count', p.id);
      } else if (supportTypes?.has('childrens_support')) {
        t.count('childrens_support', 'children', 'count', p.id);
      }
    }
  }

  for (const h of sanctuary) for (const p of f.peopleOfHousehold(h)) if (countedAsSupported(p)) t.count('accommodation', 'sanctuary', p.kind, p.id);

  t.value('staff', 'fte', 'count', f.specialistFte);

  for (const s of endedStays(f.stays, from, to)) t.count('length_of_stay', stayBand(s.arrival, s.end), 'count', s.stayId);

  const stays = staysByHousehold(f.stays);
  for (const ep of f.episodes) {
    const e = ep.exit;
    if (!e || e.exitedOn < from || e.exitedOn > to) continue;
    if (!hadSafeAccommodation(ep.receivedOn, e.exitedOn, e.stayId, stays.get(ep.householdId) ?? [])) continue;
    const reasonRow = e.reason === 'stopped_needing_support' ? 'stopped_needing' : toPerpetrator(e) ? 'with_perpetrator' : 'other';
    t.count('support_ended', reasonRow, 'count', e.id);
    if (toOtherSafeAccommodation(e)) t.count('moves', 'other_safe_accommodation', 'count', e.id);
    if (e.planned) t.count('moves', 'planned', 'count', e.id);
    if (e.reason === 'evicted') t.count('moves', 'evicted', 'count', e.id);
  }
}

/** Households on the sanctuary scheme on at least one day of the period (the sanctuary outputs' rule). */
export function sanctuaryHouseholds(f: ReportFacts): Set<number> {
  const s = (f.extra?.sanctuary as SanctuaryFacts | undefined) ?? EMPTY_SANCTUARY;
  return new Set(s.cases.filter((c) => onScheme(c, f.from, f.to)).map((c) => c.householdId));
}

/** Whether an episode (received → exit) included a stay in a unit. */
export function hadSafeAccommodation(receivedOn: string, exitedOn: string, exitStayId: number | null, stays: readonly { start: string; end: string | null }[]): boolean {
  if (exitStayId !== null) return true;
  return stays.some((s) => s.start <= exitedOn && (s.end === null || s.end > receivedOn) && s.start >= receivedOn);
}
