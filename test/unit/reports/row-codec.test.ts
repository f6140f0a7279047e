import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTables, encodeTables, RowCodecError, tableOf, type Cell, type Table } from '../../../src/main/services/reports/fact-store/row-codec';

/*
 * The reports' snapshot encoding (row-codec.ts): whatever rows SQLite returns for the report
 * columns decode to the same cells, and a damaged or foreign buffer is refused with
 * RowCodecError (the store then rebuilds from the records), never misread.
 */

const cellsOf = (t: Table): Cell[][] => Array.from({ length: t.length }, (_, i) => t.columns.map((c) => c.at(i)));

/** A column of one kind (with nulls), as SQLite would return it. */
const column = (n: number) =>
  fc.oneof(
    fc.array(fc.option(fc.integer({ min: -0x80000000, max: 0x7fffffff }), { nil: null }), { minLength: n, maxLength: n }),
    fc.array(fc.option(fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 })), { nil: null }), { minLength: n, maxLength: n }),
    // Few distinct texts (codes, dates) and many (instants), unicode included; never NUL.
    fc.array(fc.option(fc.constantFrom('adult', 'child', '2025-04-01', ''), { nil: null }), { minLength: n, maxLength: n }),
    fc.array(fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\0')), { nil: null }), { minLength: n, maxLength: n }),
  );
const table = fc.integer({ min: 0, max: 300 }).chain((n) => fc.array(column(n), { minLength: 1, maxLength: 6 }).map((cols) => ({ n, cols })));

describe('the snapshot encoding', () => {
  it('decodes every table to the cells it was given', () => {
    fc.assert(
      fc.property(fc.array(table, { maxLength: 4 }), (tables) => {
        const input = tables.map(({ n, cols }) => tableOf(Array.from({ length: n }, (_, i) => cols.map((c) => c[i]!)), cols.length));
        const decoded = decodeTables(encodeTables(input));
        expect(decoded.map(cellsOf)).toEqual(input.map(cellsOf));
      }),
    );
  });

  it('shares one string per distinct text (a date read 30,000 times is one string)', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [i % 3 === 0 ? '2025-04-01' : '2025-04-02']);
    const [t] = decodeTables(encodeTables([tableOf(rows, 1)]));
    expect(t!.columns[0]!.at(0)).toBe('2025-04-01');
    expect(t!.columns[0]!.at(1)).toBe('2025-04-02');
    expect(t!.columns[0]!.at(999)).toBe('2025-04-01');
  });

  it('decodes a buffer that does not start on an aligned address', () => {
    const bytes = encodeTables([tableOf([[1, 2.5, 'a'], [null, null, null]], 3)]);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(cellsOf(decodeTables(shifted.subarray(3))[0]!)).toEqual([[1, 2.5, 'a'], [null, null, null]]);
  });

  it('refuses text holding NUL, and rows of the wrong width', () => {
    expect(() => encodeTables([tableOf([['a\0b']], 1)])).toThrow(RowCodecError);
    expect(() => tableOf([[1, 2], [3]], 2)).toThrow(RowCodecError);
    expect(() => encodeTables([tableOf([[1], ['x']], 1)])).toThrow(RowCodecError);
  });

  it('refuses a cut-short, foreign or altered buffer', () => {
    const bytes = encodeTables([tableOf([[1, 'adult'], [2, 'child'], [3, null]], 2)]);
    for (let cut = 0; cut < bytes.length; cut++) expect(() => decodeTables(bytes.subarray(0, cut)), `cut at ${cut}`).toThrow(RowCodecError);
    expect(() => decodeTables(new TextEncoder().encode('SQLite format 3\0'))).toThrow(RowCodecError);
    const longer = new Uint8Array(bytes.length + 8);
    longer.set(bytes);
    expect(() => decodeTables(longer)).toThrow(RowCodecError);
  });
});
