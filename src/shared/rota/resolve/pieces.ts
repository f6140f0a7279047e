import type { Cover } from '../schemas/cover.schema';
import type { Rotation } from '../schemas/rotation.schema';
import type { Swap } from '../schemas/swap.schema';
import { dateOf, dayOf, localToInstant, minutesOf, wallToInstant, weekdayOf } from '../zone';

/** Where a piece came from. */
export type PieceKind = 'rotation' | 'one_off' | 'swap' | 'override';

/** One person on one shift type for [start, end): the resolver's working unit (instants in ms). */
export interface Piece {
  staffId: number;
  shiftTypeId: number;
  start: number;
  end: number;
  kind: PieceKind;
  sourceId: number;
  occurrenceDay: number | null;
  /** Stable key of the whole shift this piece was cut from. */
  baseKey: string;
  /** Start of the whole shift, so a trimmed piece gets a key of its own. */
  baseStart: number;
}

/** The stable key of a piece: the shift's key, plus its own start if it was cut from the front. */
export function pieceKey(p: Piece): string {
  return p.start === p.baseStart ? p.baseKey : `${p.baseKey}-${new Date(p.start).toISOString().replace(/[-:]|\.\d+/g, '')}`;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/**
 * Expands every rotation version into pieces for occurrences starting on London days
 * fromDay..toDay. Each version governs the days from its `effectiveFrom` to the day before the
 * next version's, so editing a rotation never touches occurrences on earlier days.
 */
export function expandRotations(rotations: readonly Rotation[], fromDay: number, toDay: number): Piece[] {
  const out: Piece[] = [];
  for (const rotation of rotations) {
    const versions = [...rotation.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.id - b.id));
    versions.forEach((v, i) => {
      const next = versions[i + 1];
      const n = v.people.length;
      if (n === 0) return;
      const anchor = dayOf(v.startDate);
      const first = Math.max(dayOf(v.effectiveFrom), anchor, fromDay);
      const last = Math.min(next ? dayOf(next.effectiveFrom) - 1 : Infinity, v.endDate ? dayOf(v.endDate) : Infinity, toDay);
      if (last < first) return;
      const days = new Set(v.daysOfWeek);
      const startMin = minutesOf(v.startTime);
      let endMin = minutesOf(v.endTime);
      if (endMin <= startMin) endMin += 1440;
      const hand = minutesOf(v.handoverTime);
      const L = v.turnLengthDays;
      const boundary = (j: number) => wallToInstant(anchor + j * L, hand);
      for (let d = first; d <= last; d++) {
        if (!days.has(weekdayOf(d))) continue;
        const s = wallToInstant(d, startMin);
        const e = wallToInstant(d + Math.floor(endMin / 1440), endMin % 1440);
        let j = Math.floor((d - anchor) / L);
        if (s < boundary(j)) j -= 1;
        const baseKey = `rot${rotation.id}-${dateOf(d)}`;
        let cur = s;
        while (cur < e) {
          const segEnd = Math.min(e, boundary(j + 1));
          const staffId = v.people[mod(j, n)]!;
          out.push({ staffId, shiftTypeId: v.shiftTypeId, start: cur, end: segEnd, kind: 'rotation', sourceId: rotation.id, occurrenceDay: d, baseKey: `${baseKey}-${staffId}`, baseStart: s });
          cur = segEnd;
          j++;
        }
      }
    });
  }
  return out;
}

/**
 * The pieces being resolved, bucketed by person and shift type so that replacing someone touches
 * only their own shifts.
 */
export class PieceBoard {
  private readonly buckets = new Map<string, Piece[]>();
  constructor(pieces: readonly Piece[]) {
    for (const p of pieces) this.add(p);
  }
  add(p: Piece): void {
    const k = `${p.staffId}:${p.shiftTypeId}`;
    const b = this.buckets.get(k);
    if (b) b.push(p);
    else this.buckets.set(k, [p]);
  }
  /** Cuts [start, end) out of one person's shifts of one type; returns the parts cut out. */
  cut(staffId: number, shiftTypeId: number, start: number, end: number): Piece[] {
    const k = `${staffId}:${shiftTypeId}`;
    const bucket = this.buckets.get(k);
    if (!bucket) return [];
    const kept: Piece[] = [];
    const removed: Piece[] = [];
    for (const p of bucket) {
      if (p.end <= start || p.start >= end) {
        kept.push(p);
        continue;
      }
      if (p.start < start) kept.push({ ...p, end: start });
      if (p.end > end) kept.push({ ...p, start: end });
      removed.push({ ...p, start: Math.max(p.start, start), end: Math.min(p.end, end) });
    }
    this.buckets.set(k, kept);
    return removed;
  }
  all(): Piece[] {
    return [...this.buckets.values()].flat();
  }
}

function coverPiece(c: Cover, start: number, end: number): Piece {
  return {
    staffId: c.staffId,
    shiftTypeId: c.shiftTypeId,
    start,
    end,
    kind: c.layer,
    sourceId: c.id,
    occurrenceDay: null,
    baseKey: `${c.layer === 'one_off' ? 'one' : 'ovr'}${c.id}-${c.staffId}`,
    baseStart: start,
  };
}

function applyCover(board: PieceBoard, c: Cover): void {
  const start = localToInstant(c.start);
  const end = localToInstant(c.end);
  if (end <= start) return;
  if (c.replacesStaffId !== null) board.cut(c.replacesStaffId, c.shiftTypeId, start, end);
  board.add(coverPiece(c, start, end));
}

function applySwapLeg(board: PieceBoard, swap: Swap, leg: 'give' | 'take'): void {
  const ref = leg === 'give' ? swap.give : swap.take;
  if (!ref) return;
  const from = leg === 'give' ? swap.requesterStaffId : swap.counterpartStaffId;
  const to = leg === 'give' ? swap.counterpartStaffId : swap.requesterStaffId;
  // The colleague takes exactly what the other still holds: if the rota has changed since the
  // swap was approved, the swap shrinks with it rather than inventing a shift.
  const taken = board.cut(from, ref.shiftTypeId, localToInstant(ref.start), localToInstant(ref.end));
  const baseStart = Math.min(...taken.map((p) => p.start));
  for (const p of taken) {
    board.add({ ...p, staffId: to, kind: 'swap', sourceId: swap.id, occurrenceDay: null, baseKey: `swap${swap.id}-${leg}-${to}`, baseStart });
  }
}

/**
 * Resolution order: rotations, then one-off shifts, then approved swaps, then overrides; within a
 * layer, in the order they were made (so a later override is cover on top of an earlier one).
 * Only cover overlapping [windowStart, windowEnd) matters.
 */
export function layerCover(
  rotationPieces: readonly Piece[],
  covers: readonly Cover[],
  swaps: readonly Swap[],
  windowStart: number,
  windowEnd: number,
): Piece[] {
  const board = new PieceBoard(rotationPieces);
  const relevant = (start: string, end: string) => localToInstant(end) > windowStart && localToInstant(start) < windowEnd;
  const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;
  for (const c of covers.filter((c) => c.layer === 'one_off' && relevant(c.start, c.end)).sort(byId)) applyCover(board, c);
  for (const s of swaps.filter((s) => s.state === 'approved').sort(byId)) {
    applySwapLeg(board, s, 'give');
    applySwapLeg(board, s, 'take');
  }
  for (const c of covers.filter((c) => c.layer === 'override' && relevant(c.start, c.end)).sort(byId)) applyCover(board, c);
  return board.all().filter((p) => p.end > p.start);
}
