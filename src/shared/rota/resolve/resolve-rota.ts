import type { Period } from '../schemas/common.rota';
import type { RotaInput } from '../schemas/rota-input.schema';
import type { Assignment, ResolvedRota, WarningOverride } from '../schemas/resolved.schema';
import { workingTimeWarnings, WTR_LOOKBACK_DAYS } from '../wtr';
import { dateOf, dayOf, dayStart, instantToLocal, iso } from '../zone';
import { isNight, isWeekend } from './calendar-marks';
import { findConflicts } from './conflicts';
import { buildContext, roundHours, type RotaContext } from './context';
import { requirementGaps } from './gaps';
import { loadFigures } from './load';
import { expandRotations, layerCover, pieceKey, type Piece } from './pieces';

/** Options for resolution. */
export interface ResolveOptions {
  /** Also run the Working Time Regulations checks (looks back 17 weeks and a fortnight). */
  warnings?: boolean;
  /** Managers' recorded overrides, matched to warnings by key. */
  warningOverrides?: readonly WarningOverride[];
}

/**
 * Every piece of cover for rotation occurrences starting on London days fromDay..toDay, with
 * one-off shifts, approved swaps and overrides applied in that order. Cover from earlier days
 * that runs into the range is included because expansion starts a day early.
 */
export function resolvePieces(input: RotaInput, fromDay: number, toDay: number): Piece[] {
  const base = expandRotations(input.rotations, fromDay - 1, toDay);
  return layerCover(base, input.covers, input.swaps, dayStart(fromDay - 1), dayStart(toDay + 2));
}

function toAssignment(p: Piece, ctx: RotaContext, start: number, end: number): Assignment {
  const leave = ctx.leave.get(p.staffId) ?? [];
  const span = { start: p.start, end: p.end };
  return {
    key: pieceKey(p),
    staffId: p.staffId,
    shiftTypeId: p.shiftTypeId,
    start: iso(p.start),
    end: iso(p.end),
    startLocal: instantToLocal(p.start),
    endLocal: instantToLocal(p.end),
    hours: roundHours(p.end - p.start),
    periodHours: roundHours(Math.min(end, p.end) - Math.max(start, p.start)),
    source: { kind: p.kind, id: p.sourceId, occurrenceDate: p.occurrenceDay === null ? null : dateOf(p.occurrenceDay) },
    covers: ctx.types.get(p.shiftTypeId)?.covers ?? [],
    night: isNight(span),
    weekend: isWeekend(span),
    onLeave: leave.some((l) => l.start < p.end && l.end > p.start),
  };
}

/** People on the rota in a period: anyone with a shift in it, or a place in a rotation in effect. */
function rotaScope(input: RotaInput, pieces: readonly Piece[], fromDay: number, toDay: number): Set<number> {
  const scope = new Set(pieces.map((p) => p.staffId));
  for (const r of input.rotations) {
    const versions = [...r.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    versions.forEach((v, i) => {
      const first = Math.max(dayOf(v.effectiveFrom), dayOf(v.startDate));
      const next = versions[i + 1];
      const last = Math.min(next ? dayOf(next.effectiveFrom) - 1 : Infinity, v.endDate ? dayOf(v.endDate) : Infinity);
      if (first <= toDay && last >= fromDay) v.people.forEach((id) => scope.add(id));
    });
  }
  return scope;
}

/**
 * The final rota for a period of London dates (both ends included): assignments, gaps,
 * conflicts, hours per person and fairness, and optionally working-time warnings. Pure: the same
 * input always gives the same answer, whatever the machine's time zone.
 */
export function resolveRota(input: RotaInput, period: Period, opts: ResolveOptions = {}): ResolvedRota {
  const fromDay = dayOf(period.from);
  const toDay = dayOf(period.to);
  const start = dayStart(fromDay);
  const end = dayStart(toDay + 1);
  const ctx = buildContext(input);
  const all = resolvePieces(input, opts.warnings ? fromDay - WTR_LOOKBACK_DAYS : fromDay, toDay);
  const pieces = all
    .filter((p) => p.end > start && p.start < end)
    .sort((a, b) => a.start - b.start || a.shiftTypeId - b.shiftTypeId || a.staffId - b.staffId || a.end - b.end);
  const assignments = pieces.map((p) => toAssignment(p, ctx, start, end));
  const gaps = input.requirements
    .flatMap((r) => requirementGaps(r, pieces, ctx, fromDay, toDay, start, end))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.requirementId - b.requirementId));
  const load = loadFigures(
    assignments.map((a, i) => ({
      staffId: a.staffId,
      periodMs: Math.min(end, pieces[i]!.end) - Math.max(start, pieces[i]!.start),
      countsAsWorkingTime: ctx.types.get(a.shiftTypeId)?.countsAsWorkingTime ?? true,
      startsInPeriod: pieces[i]!.start >= start,
      night: a.night,
      weekend: a.weekend,
    })),
    rotaScope(input, pieces, fromDay, toDay),
    ctx,
    toDay - fromDay + 1,
  );
  return {
    from: period.from,
    to: period.to,
    start: iso(start),
    end: iso(end),
    staff: input.staff.map((s) => ({ id: s.id, name: s.name, sex: s.sex, active: s.active })),
    shiftTypes: input.shiftTypes.map((t) => ({ id: t.id, name: t.name, kind: t.kind, covers: t.covers })),
    assignments,
    gaps,
    conflicts: findConflicts(pieces, ctx, start, end),
    people: load.people,
    fairness: load.fairness,
    warnings: opts.warnings ? workingTimeWarnings(all, ctx, fromDay, toDay, opts.warningOverrides) : [],
  };
}
