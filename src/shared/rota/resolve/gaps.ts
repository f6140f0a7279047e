import type { Gap } from '../schemas/resolved.schema';
import type { Requirement } from '../schemas/shift-type.schema';
import { instantToLocal, iso, minutesOf, wallToInstant, weekdayOf } from '../zone';
import type { RotaContext } from './context';
import { mergeSpans, subtractSpans, type Span } from './intervals';
import type { Piece } from './pieces';

/** The plain-English reason a requirement is unmet, e.g. "no female worker reachable". */
export function gapReason(req: Pick<Requirement, 'requiredSex' | 'requiredSkill' | 'minPeople'>, have: number, shiftTypeName: string | null): string {
  const noun = req.requiredSex ? `${req.requiredSex} worker` : 'worker';
  const skill = req.requiredSkill ? ` with ${req.requiredSkill.replace(/_/g, ' ')}` : '';
  const where = shiftTypeName ? ` on ${shiftTypeName}` : ' reachable';
  const need = req.minPeople;
  if (have === 0) return need === 1 ? `no ${noun}${skill}${where}` : `no ${noun}s${skill}${where} (${need} needed)`;
  return `only ${have} of ${need} ${noun}s${skill}${where}`;
}

/** The requirement's daily windows within [start, end), merged where they touch. */
function windows(req: Requirement, fromDay: number, toDay: number, start: number, end: number): Span[] {
  const days = new Set(req.daysOfWeek);
  const f = minutesOf(req.from);
  let t = minutesOf(req.to);
  if (t <= f) t += 1440;
  const out: Span[] = [];
  for (let d = fromDay - 1; d <= toDay; d++) {
    if (!days.has(weekdayOf(d))) continue;
    const s = Math.max(start, wallToInstant(d, f));
    const e = Math.min(end, wallToInstant(d + Math.floor(t / 1440), t % 1440));
    if (e > s) out.push({ start: s, end: e });
  }
  return mergeSpans(out);
}

/**
 * Where one requirement is unmet in [start, end). A person counts once however many shifts they
 * are on, and not while on leave or after leaving the staff. Adjacent stretches with the same
 * shortfall are reported as one gap.
 */
export function requirementGaps(req: Requirement, pieces: readonly Piece[], ctx: RotaContext, fromDay: number, toDay: number, start: number, end: number): Gap[] {
  if (!req.active) return [];
  const wins = windows(req, fromDay, toDay, start, end);
  if (wins.length === 0) return [];
  const perPerson = new Map<number, Span[]>();
  for (const p of pieces) {
    if (req.shiftTypeId !== null && p.shiftTypeId !== req.shiftTypeId) continue;
    const person = ctx.staff.get(p.staffId);
    if (!person || !person.active) continue;
    if (req.requiredSex && person.sex !== req.requiredSex) continue;
    if (req.requiredSkill && !person.skills.includes(req.requiredSkill)) continue;
    const list = perPerson.get(p.staffId);
    if (list) list.push(p);
    else perPerson.set(p.staffId, [p]);
  }
  const events: { t: number; d: number }[] = [];
  for (const [staffId, spans] of perPerson) {
    const leave = mergeSpans(ctx.leave.get(staffId) ?? []);
    for (const s of subtractSpans(mergeSpans(spans), leave)) events.push({ t: s.start, d: 1 }, { t: s.end, d: -1 });
  }
  events.sort((a, b) => a.t - b.t);

  const need = req.minPeople;
  const typeName = req.shiftTypeId !== null ? (ctx.types.get(req.shiftTypeId)?.name ?? null) : null;
  const raw: { start: number; end: number; have: number }[] = [];
  let i = 0;
  let count = 0;
  for (const w of wins) {
    while (i < events.length && events[i]!.t <= w.start) count += events[i++]!.d;
    let cur = w.start;
    while (cur < w.end) {
      const next = i < events.length ? Math.min(events[i]!.t, w.end) : w.end;
      if (next > cur && count < need) {
        const last = raw[raw.length - 1];
        if (last && last.end === cur && last.have === count) last.end = next;
        else raw.push({ start: cur, end: next, have: count });
      }
      cur = next;
      while (i < events.length && events[i]!.t <= cur) count += events[i++]!.d;
    }
  }
  return raw.map((g) => ({
    requirementId: req.id,
    label: req.label,
    start: iso(g.start),
    end: iso(g.end),
    startLocal: instantToLocal(g.start),
    endLocal: instantToLocal(g.end),
    have: g.have,
    need,
    reason: gapReason(req, g.have, typeName),
  }));
}
