import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResultTable } from '../../../src/shared/reports/result.schema';
import { displayTable, SUPPRESSED, SUPPRESSED_RATE, suppressTable, suppressionStatement } from '../../../src/shared/reports/suppression';

/*
 * Small-number suppression: counts 1–4 hidden, a second cell hidden where a total would reveal the
 * first, rates hidden with their counts, and the rule stated.
 */

type Cells = (number | null)[];

/** A table of counts with Adults / Children / Total columns and a total row, built from the body. */
function table(body: Record<string, [number, number]>, opts: { exclusiveRows?: boolean } = {}): ResultTable {
  const cols = [
    { key: 'adult', label: 'Adults' },
    { key: 'child', label: 'Children' },
    { key: 'total', label: 'Total' },
  ];
  const mk = (key: string, values: Cells) => ({
    key,
    label: key,
    notYetRecorded: null,
    cells: values.map((v, i) => ({ id: `t.${key}.${cols[i]!.key}`, value: v, measure: 'count' as const, basedOn: null, numerator: null })),
  });
  const rows = Object.entries(body).map(([k, [a, c]]) => mk(k, [a, c, a + c]));
  const ta = Object.values(body).reduce((s, [a]) => s + a, 0);
  const tc = Object.values(body).reduce((s, [, c]) => s + c, 0);
  return {
    id: 't',
    title: 'T',
    definition: '',
    records: 'person',
    measure: 'count',
    columns: cols,
    drillable: true,
    rows,
    totalRow: mk('total', [ta, tc, ta + tc]),
    exclusive: { rows: opts.exclusiveRows ?? true, columns: true },
    note: null,
  };
}

function shown(t: ResultTable): Record<string, (number | string)[]> {
  return Object.fromEntries(displayTable(t, true).rows.map((r) => [r.key, r.cells.map((c) => c.display)]));
}

describe('small-number suppression', () => {
  it('hides counts from 1 to 4 as "<5" and shows zero and 5', () => {
    const t = table({ a: [0, 5], b: [20, 30] });
    expect(shown(t)).toEqual({ a: [0, 5, 5], b: [20, 30, 50], total: [20, 35, 55] });
    const h = table({ a: [1, 4], b: [20, 30] });
    expect(shown(h).a!.slice(0, 2)).toEqual([SUPPRESSED, SUPPRESSED]);
  });

  it('hides a second cell in the row when the row total would reveal the first (the secondary cell)', () => {
    // Row a: 3 adults, 12 children, 15 in all. Hiding only the 3 leaves 15 − 12 = 3 readable, so
    // the 12 goes too. Then column "Children" has one hidden cell (12) against its total 42, so the
    // smallest other child count (30) is hidden as well; column "Adults" likewise (3 hidden → 20).
    const t = table({ a: [3, 12], b: [20, 30] });
    const reasons = suppressTable(t);
    expect(reasons.get('t.a.adult')).toBe('primary');
    expect(reasons.get('t.a.child')).toBe('secondary');
    expect(reasons.get('t.b.adult')).toBe('secondary');
    expect(reasons.get('t.b.child')).toBe('secondary');
    expect(shown(t)).toEqual({ a: [SUPPRESSED, SUPPRESSED, 15], b: [SUPPRESSED, SUPPRESSED, 50], total: [23, 42, 65] });
  });

  it('never leaves exactly one hidden cell in a group that adds up to a shown total (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { minLength: 1, maxLength: 8 }), (pairs) => {
        const t = table(Object.fromEntries(pairs.map((p, i) => [`r${i}`, p])));
        const hidden = suppressTable(t);
        const all = [...t.rows, t.totalRow!];
        // Every row: adult + child = total.
        for (const r of all) {
          const n = r.cells.filter((c) => hidden.has(c.id)).length;
          if (n === 1) return false;
        }
        // Every column: the rows add up to the total row.
        for (let i = 0; i < 3; i++) {
          const n = all.filter((r) => hidden.has(r.cells[i]!.id)).length;
          if (n === 1) return false;
        }
        // Every count from 1 to 4 is hidden.
        return all.every((r) => r.cells.every((c) => !(c.value! >= 1 && c.value! <= 4) || hidden.has(c.id)));
      }),
    );
  });

  it('applies only primary suppression where rows overlap (a person counted in several rows)', () => {
    const t = table({ a: [3, 12], b: [20, 30] }, { exclusiveRows: false });
    const reasons = suppressTable(t);
    // The row still adds up across adults and children, so the 12 is hidden; no column cascade.
    expect(reasons.get('t.a.child')).toBe('secondary');
    expect(reasons.has('t.b.adult')).toBe(false);
  });

  it('hides a percentage whose count is hidden', () => {
    const t: ResultTable = {
      ...table({ a: [0, 0] }),
      columns: [{ key: 'value', label: 'Value' }],
      totalRow: null,
      exclusive: { rows: false, columns: true },
      rows: [
        { key: 'exits', label: 'Exits', notYetRecorded: null, cells: [{ id: 'k.exits.value', value: 3, measure: 'count', basedOn: null, numerator: null }] },
        { key: 'planned', label: 'Planned', notYetRecorded: null, cells: [{ id: 'k.planned.value', value: 2, measure: 'count', basedOn: null, numerator: null }] },
        { key: 'percent', label: '%', notYetRecorded: null, cells: [{ id: 'k.percent.value', value: 66.7, measure: 'percent', basedOn: 'k.exits.value', numerator: 'k.planned.value' }] },
        { key: 'hours', label: 'Hours', notYetRecorded: null, cells: [{ id: 'k.hours.value', value: 2, measure: 'hours', basedOn: null, numerator: null }] },
      ],
    };
    expect(displayTable(t, true).rows.map((r) => r.cells[0]!.display)).toEqual([SUPPRESSED, SUPPRESSED, SUPPRESSED_RATE, 2]);
    expect(displayTable(t, false).rows.map((r) => r.cells[0]!.display)).toEqual([3, 2, 66.7, 2]);
  });

  it('states the setting and the rule', () => {
    expect(suppressionStatement(true)).toMatch(/ON.*1 to 4.*<5.*second cell/);
    expect(suppressionStatement(false)).toMatch(/OFF/);
  });
});
