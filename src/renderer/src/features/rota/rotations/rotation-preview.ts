import { dateOf, dayOf } from '../../../../../shared/rota/zone';

/**
 * Whose turn it is, turn by turn, for a rotation pattern: the people take turns in order, each
 * for `turnLengthDays` days counted from the start date. Pure, for the editor's preview.
 */
export function turnsPreview(p: { startDate: string; turnLengthDays: number; people: number[] }, count: number, fromDate?: string): { from: string; to: string; staffId: number }[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.startDate) || p.people.length === 0 || !(p.turnLengthDays >= 1)) return [];
  const start = dayOf(p.startDate);
  const len = Math.floor(p.turnLengthDays);
  const firstTurn = fromDate && /^\d{4}-\d{2}-\d{2}$/.test(fromDate) ? Math.max(0, Math.floor((dayOf(fromDate) - start) / len)) : 0;
  const out: { from: string; to: string; staffId: number }[] = [];
  for (let t = firstTurn; t < firstTurn + count; t++) {
    out.push({ from: dateOf(start + t * len), to: dateOf(start + (t + 1) * len - 1), staffId: p.people[t % p.people.length]! });
  }
  return out;
}
