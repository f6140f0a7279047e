import { z } from 'zod';
import { DateOnly } from '../cases/fields';
import { nightsBetween, plusDays } from '../allocation/nights';
import { shortDay } from '../allocation/nights';

/*
 * Reporting periods. Every period is a range of London calendar dates, both ends included: a
 * referral, decision, contact or exit dated on the last day belongs to the period. The financial
 * year runs 1 April to 31 March; quarters are April–June (Q1), July–September (Q2),
 * October–December (Q3) and January–March (Q4) of that year. Instants (a referral's received
 * time, a decision) are turned into London dates before they are compared, so an event at 00:30
 * BST on 1 April belongs to the new year whatever zone the PC is in.
 */

/** Which kind of period a person chose. */
export const PeriodKind = z.enum(['financial_year', 'quarter', 'custom']);

/** What a caller asks for: a financial year, a quarter of one, or any range. */
export const PeriodInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('financial_year'), year: z.number().int().min(2000).max(2100) }).strict(),
  z.object({ kind: z.literal('quarter'), year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4) }).strict(),
  z
    .object({ kind: z.literal('custom'), from: DateOnly, to: DateOnly })
    .strict()
    .refine((v) => v.to >= v.from, { path: ['to'], message: 'The end cannot be before the start.' })
    .refine((v) => nightsBetween(v.from, v.to) <= 3700, { path: ['to'], message: 'At most ten years at a time.' }),
]);
/** A period as asked for. */
export type PeriodInput = z.output<typeof PeriodInputSchema>;

/** A resolved period: dates and a label people read. */
export const ReportPeriodSchema = z.object({
  kind: PeriodKind,
  from: z.string(),
  to: z.string(),
  label: z.string(),
});
/** A resolved period. */
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025–26" for the year starting April 2025. */
export function financialYearLabel(year: number): string {
  return `${year}–${pad((year + 1) % 100)}`;
}

/** The financial year (by its starting calendar year) a date falls in. */
export function financialYearOf(date: string): number {
  const y = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? y : y - 1;
}

/** The quarter (1–4) of its financial year a date falls in. */
export function quarterOf(date: string): number {
  const m = Number(date.slice(5, 7));
  return m >= 4 ? Math.floor((m - 4) / 3) + 1 : 4;
}

const QUARTER_MONTHS = ['April to June', 'July to September', 'October to December', 'January to March'];

/** First and last dates of a quarter of a financial year. */
export function quarterRange(year: number, quarter: number): { from: string; to: string } {
  const startMonth = 4 + (quarter - 1) * 3; // 4, 7, 10, 13
  const y = startMonth > 12 ? year + 1 : year;
  const m = startMonth > 12 ? startMonth - 12 : startMonth;
  const from = `${y}-${pad(m)}-01`;
  const nextY = m + 3 > 12 ? y + 1 : y;
  const nextM = m + 3 > 12 ? m + 3 - 12 : m + 3;
  return { from, to: plusDays(`${nextY}-${pad(nextM)}-01`, -1) };
}

/** Resolves what was asked for into dates and a label. */
export function resolvePeriod(p: PeriodInput): ReportPeriod {
  if (p.kind === 'financial_year') {
    return { kind: p.kind, from: `${p.year}-04-01`, to: `${p.year + 1}-03-31`, label: `Financial year ${financialYearLabel(p.year)}` };
  }
  if (p.kind === 'quarter') {
    const r = quarterRange(p.year, p.quarter);
    const calYear = p.quarter === 4 ? p.year + 1 : p.year;
    return { kind: p.kind, ...r, label: `Q${p.quarter} ${financialYearLabel(p.year)} (${QUARTER_MONTHS[p.quarter - 1]} ${calYear})` };
  }
  return { kind: 'custom', from: p.from, to: p.to, label: `${shortDay(p.from)} to ${shortDay(p.to)}` };
}

/** What a CLI's --from/--to ask for: a whole financial year or quarter is named as one. */
export function periodInputFromDates(from: string, to: string): PeriodInput {
  const fy = financialYearOf(from);
  if (from === `${fy}-04-01` && to === `${fy + 1}-03-31`) return { kind: 'financial_year', year: fy };
  const q = quarterOf(from);
  const qr = quarterRange(fy, q);
  if (qr.from === from && qr.to === to) return { kind: 'quarter', year: fy, quarter: q };
  return { kind: 'custom', from, to };
}

/** The period a CLI's --from/--to names. */
export function periodFromDates(from: string, to: string): ReportPeriod {
  return resolvePeriod(periodInputFromDates(from, to));
}

/** The calendar months a period spans, as [first day, last day] clipped to the period (for charts). */
export function monthsOf(from: string, to: string): { key: string; from: string; to: string }[] {
  const out: { key: string; from: string; to: string }[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const first = `${y}-${pad(m)}-01`;
    if (first > to) break;
    const nextFirst = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
    const last = plusDays(nextFirst, -1);
    out.push({ key: `${y}-${pad(m)}`, from: first < from ? from : first, to: last > to ? to : last });
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}
