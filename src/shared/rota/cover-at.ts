import type { OnNow, OnNowPerson } from './schemas/on-now.schema';
import type { Assignment, ResolvedRota } from './schemas/resolved.schema';
import { HOUR_MS, instantToLocal, iso } from './zone';

function ms(s: string): number {
  return Date.parse(s);
}

/** Whether an assignment really covers an instant: on shift, and not on leave at that moment. */
function covering(rota: ResolvedRota, a: Assignment, t: number): boolean {
  if (!(ms(a.start) <= t && t < ms(a.end))) return false;
  if (!a.onLeave) return true;
  return !rota.conflicts.some((c) => c.kind === 'on_leave' && c.assignmentKeys.includes(a.key) && ms(c.start) <= t && t < ms(c.end));
}

function person(rota: ResolvedRota, a: Assignment): OnNowPerson {
  const staff = rota.staff.find((s) => s.id === a.staffId);
  return {
    staffId: a.staffId,
    name: staff?.name ?? `staff member ${a.staffId}`,
    sex: staff?.sex ?? 'other_or_not_stated',
    shiftTypeId: a.shiftTypeId,
    shiftTypeName: rota.shiftTypes.find((t) => t.id === a.shiftTypeId)?.name ?? '',
    start: a.start,
    end: a.end,
    startLocal: a.startLocal,
    endLocal: a.endLocal,
    contactNumber: null,
  };
}

function signature(rota: ResolvedRota, t: number): string {
  return rota.assignments
    .filter((a) => covering(rota, a, t))
    .map((a) => `${a.staffId}:${a.shiftTypeId}`)
    .sort()
    .join(',');
}

function uniqueBy(list: OnNowPerson[]): OnNowPerson[] {
  const seen = new Set<number>();
  return list.filter((p) => (seen.has(p.staffId) ? false : (seen.add(p.staffId), true)));
}

/**
 * Who covers what at an instant, and the next handover: the first later moment at which the set
 * of people on (by shift type) changes — a person handing over to themselves between two
 * back-to-back shifts is not a handover. The rota must have been resolved around the instant
 * (a day either side is plenty for the next handover of a daily rota).
 */
export function coverAt(rota: ResolvedRota, at: Date | string): OnNow {
  const t = typeof at === 'string' ? ms(at) : at.getTime();
  const on = rota.assignments.filter((a) => covering(rota, a, t));
  const people = on.map((a) => person(rota, a));
  const inRole = (role: string) => uniqueBy(people.filter((_, i) => (on[i]!.covers as string[]).includes(role)));

  const changes = [...new Set(rota.assignments.flatMap((a) => [ms(a.start), ms(a.end)]))]
    .concat(rota.conflicts.filter((c) => c.kind === 'on_leave').flatMap((c) => [ms(c.start), ms(c.end)]))
    .filter((x) => x > t)
    .sort((a, b) => a - b);
  let nextHandover: OnNow['nextHandover'] = null;
  const before = signature(rota, t);
  for (const c of changes) {
    const after = signature(rota, c);
    if (after === before) continue;
    const was = new Set(rota.assignments.filter((a) => covering(rota, a, c - 1)).map((a) => `${a.staffId}:${a.shiftTypeId}`));
    const now = rota.assignments.filter((a) => covering(rota, a, c));
    const nowKeys = new Set(now.map((a) => `${a.staffId}:${a.shiftTypeId}`));
    nextHandover = {
      at: iso(c),
      atLocal: instantToLocal(c),
      coming: now.filter((a) => !was.has(`${a.staffId}:${a.shiftTypeId}`)).map((a) => person(rota, a)),
      going: rota.assignments.filter((a) => covering(rota, a, c - 1) && !nowKeys.has(`${a.staffId}:${a.shiftTypeId}`)).map((a) => person(rota, a)),
    };
    break;
  }
  const gapsNow = rota.gaps.filter((g) => ms(g.start) <= t && t < ms(g.end));
  const gapsSoon = rota.gaps.filter((g) => ms(g.start) > t && ms(g.start) <= t + 24 * HOUR_MS);
  const edges = [ms(rota.end), nextHandover ? ms(nextHandover.at) : Infinity, ...rota.gaps.flatMap((g) => [ms(g.start), ms(g.end)]).filter((x) => x > t)];
  return {
    at: iso(t),
    atLocal: instantToLocal(t),
    office: inRole('office'),
    phone: inRole('phone'),
    managerOnCall: inRole('manager_on_call'),
    femaleReachable: uniqueBy(people.filter((p) => p.sex === 'female')),
    maleReachable: uniqueBy(people.filter((p) => p.sex === 'male')),
    nextHandover,
    gapsNow,
    gapsSoon,
    validUntil: iso(Math.min(...edges)),
  };
}
