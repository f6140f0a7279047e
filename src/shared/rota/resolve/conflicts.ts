import type { Conflict } from '../schemas/resolved.schema';
import { instantToLocal, iso } from '../zone';
import { nameOf, typeName, type RotaContext } from './context';
import { pieceKey, type Piece } from './pieces';

// Every role reads the rota, so a conflict never says why someone is away when the reason is
// their health or family (sick and parental leave read as plain "leave").
const LEAVE_WORDS: Record<string, string> = {
  annual: 'annual leave',
  sick: 'leave',
  training: 'training',
  parental: 'leave',
  unavailable: 'leave',
  other: 'leave',
};

function conflict(kind: Conflict['kind'], staffId: number, keys: string[], start: number, end: number, message: string): Conflict {
  return { kind, staffId, assignmentKeys: keys, start: iso(start), end: iso(end), startLocal: instantToLocal(start), endLocal: instantToLocal(end), message };
}

/**
 * Whether two overlapping shifts of one person clash. On call from home (a shift type that does
 * not count as working time) can sit on top of a shift in the office — the manager on call works
 * their day shift too — so only two working-time shifts, or the same shift twice, clash.
 */
function clash(ctx: RotaContext, a: Piece, b: Piece): boolean {
  if (a.shiftTypeId === b.shiftTypeId) return true;
  return ctx.types.get(a.shiftTypeId)?.countsAsWorkingTime !== false && ctx.types.get(b.shiftTypeId)?.countsAsWorkingTime !== false;
}

/**
 * Conflicts inside [start, end): one person in two places at once, someone rostered while on
 * leave, and someone rostered after leaving the staff. Each is clipped to the period.
 */
export function findConflicts(pieces: readonly Piece[], ctx: RotaContext, start: number, end: number): Conflict[] {
  const out: Conflict[] = [];
  const byPerson = new Map<number, Piece[]>();
  for (const p of pieces) {
    const list = byPerson.get(p.staffId);
    if (list) list.push(p);
    else byPerson.set(p.staffId, [p]);
  }
  for (const [staffId, list] of byPerson) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    const name = nameOf(ctx, staffId);
    // Double booking: compare each piece with the earlier ones still running.
    const open: Piece[] = [];
    for (const p of list) {
      for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= p.start) open.splice(k, 1);
      for (const q of open) {
        if (!clash(ctx, p, q)) continue;
        const s = Math.max(start, p.start);
        const e = Math.min(end, p.end, q.end);
        if (e > s) {
          const what = q.shiftTypeId === p.shiftTypeId ? `${typeName(ctx, p.shiftTypeId)} twice` : `${typeName(ctx, q.shiftTypeId)} and ${typeName(ctx, p.shiftTypeId)}`;
          out.push(conflict('double_booked', staffId, [pieceKey(q), pieceKey(p)], s, e, `${name} is on ${what} at the same time`));
        }
      }
      open.push(p);
    }
    const leave = ctx.leave.get(staffId) ?? [];
    for (const p of list) {
      for (const l of leave) {
        const s = Math.max(start, p.start, l.start);
        const e = Math.min(end, p.end, l.end);
        if (e > s) out.push(conflict('on_leave', staffId, [pieceKey(p)], s, e, `${name} is rostered on ${typeName(ctx, p.shiftTypeId)} while on ${LEAVE_WORDS[l.type] ?? 'leave'}`));
      }
    }
    const person = ctx.staff.get(staffId);
    if (!person || !person.active) {
      for (const p of list) {
        const s = Math.max(start, p.start);
        const e = Math.min(end, p.end);
        if (e > s) out.push(conflict('inactive', staffId, [pieceKey(p)], s, e, `${name} is no longer on the rota but is rostered on ${typeName(ctx, p.shiftTypeId)}`));
      }
    }
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.staffId - b.staffId));
}
