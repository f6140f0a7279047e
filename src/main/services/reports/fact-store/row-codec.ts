/*
 * A compact columnar encoding of rows read from SQLite (arrays of integers, reals, text and
 * nulls), for the reports' snapshot (fact-snapshot.ts). Turning SQLite's values into JavaScript
 * values is most of the time a long report takes (about 120 ns a text value); decoding the same
 * values from typed arrays and a shared dictionary of each column's distinct texts costs a few
 * nanoseconds each, and a column of a few distinct codes (sex, ethnicity, a date) shares one
 * string per distinct value.
 *
 * Layout (little-endian): "WMRC", format, table count; per table its row and column counts, then
 * per column a kind byte and its data, each block padded to 8 bytes so typed arrays can view the
 * buffer without copying:
 *   int  — Int32 values, then a null bitmap (one bit a row) when any value is null;
 *   real — Float64 values (NaN for null: SQLite never stores NaN);
 *   text — the distinct texts joined by NUL, then one code a row (0 = null, k = the k-th text),
 *          in 1, 2 or 4 bytes a code by the number of distinct texts.
 * Text holding NUL cannot be encoded (the report columns are codes, dates, instants and JSON
 * lists, none of which can), and is refused rather than stored wrong.
 */

/** A value SQLite returns for the report columns. */
export type Cell = number | string | null;
/** One table's rows, each an array of cells in column order. */
export type Rows = Cell[][];
/**
 * One table by column: `columns[c][i]` is row i's cell in column c. Decoded this way, a table is
 * one array a column, not one a row (a quarter of a million small arrays made the collector the
 * slowest part of decoding).
 */
export interface Table {
  length: number;
  columns: Column[];
}

/**
 * A column's cells. Decoded columns read their typed arrays on each call (a builder reads each
 * cell once, so filling plain arrays first only made garbage); each call site in a builder
 * always reads the same kind of column, so the call stays cheap.
 */
export interface Column {
  readonly length: number;
  at(i: number): Cell;
}

/** Cells already in memory (rows read from SQLite, or worked out from them). */
export class CellColumn implements Column {
  constructor(private readonly cells: Cell[]) {}
  get length(): number {
    return this.cells.length;
  }
  at(i: number): Cell {
    return this.cells[i]!;
  }
}

class IntColumn implements Column {
  constructor(
    private readonly values: Int32Array,
    private readonly nulls: Uint8Array | null,
  ) {}
  get length(): number {
    return this.values.length;
  }
  at(i: number): Cell {
    return this.nulls !== null && (this.nulls[i >> 3]! & (1 << (i & 7))) !== 0 ? null : this.values[i]!;
  }
}

class RealColumn implements Column {
  constructor(private readonly values: Float64Array) {}
  get length(): number {
    return this.values.length;
  }
  at(i: number): Cell {
    const v = this.values[i]!;
    return Number.isNaN(v) ? null : v;
  }
}

class TextColumn implements Column {
  constructor(
    private readonly codes: Uint8Array | Uint16Array | Uint32Array,
    /** texts[k - 1] is the text of code k (0 is null). */
    private readonly texts: readonly string[],
  ) {}
  get length(): number {
    return this.codes.length;
  }
  at(i: number): Cell {
    const code = this.codes[i]!;
    return code === 0 ? null : this.texts[code - 1]!;
  }
}

/** Rows as a table of `width` columns (SQLite gives rows; the snapshot and the builders read columns). */
export function tableOf(rows: Rows, width: number): Table {
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const column: Cell[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) column[i] = rows[i]![c]!;
    columns.push(new CellColumn(column));
  }
  for (const row of rows) if (row.length !== width) throw new RowCodecError(`a row has ${row.length} cells, not ${width}`);
  return { length: rows.length, columns };
}

const MAGIC = 0x43524d57; // "WMRC"
const FORMAT = 1;
const enum Kind {
  Int = 1,
  Real = 2,
  Text = 3,
}

/** Why a buffer could not be decoded (the caller rebuilds from the records). */
export class RowCodecError extends Error {
  readonly code = 'ROW_CODEC';
}

class Writer {
  private chunks: Uint8Array[] = [];
  private length = 0;
  u32(n: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, true);
    this.push(b);
  }
  u8(n: number): void {
    this.push(Uint8Array.of(n));
  }
  /** Bytes, then padding to the next multiple of 8. */
  block(bytes: Uint8Array): void {
    this.push(bytes);
    const pad = (8 - (this.length % 8)) % 8;
    if (pad) this.push(new Uint8Array(pad));
  }
  align(): void {
    this.block(new Uint8Array(0));
  }
  private push(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function kindOf(column: Column, col: number): Kind {
  let kind: Kind | null = null;
  for (let i = 0; i < column.length; i++) {
    const v = column.at(i);
    if (v === null || v === undefined) continue;
    const k = typeof v === 'string' ? Kind.Text : Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff ? Kind.Int : Kind.Real;
    if (kind === null || kind === k) kind = k;
    else if ((kind === Kind.Int && k === Kind.Real) || (kind === Kind.Real && k === Kind.Int)) kind = Kind.Real;
    else throw new RowCodecError(`column ${col} mixes text and numbers`);
  }
  return kind ?? Kind.Int;
}

/** Encodes tables (every column of a table as long as the table). */
export function encodeTables(tables: readonly Table[]): Uint8Array {
  const w = new Writer();
  w.u32(MAGIC);
  w.u32(FORMAT);
  w.u32(tables.length);
  const utf8 = new TextEncoder();
  for (const { length: n, columns } of tables) {
    w.u32(n);
    w.u32(columns.length);
    for (const column of columns) if (column.length !== n) throw new RowCodecError(`a column has ${column.length} cells, not ${n}`);
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c]!;
      const kind = kindOf(column, c);
      w.u8(kind);
      w.align();
      if (kind === Kind.Int) {
        const values = new Int32Array(n);
        const nulls = new Uint8Array(Math.ceil(n / 8));
        let anyNull = false;
        for (let i = 0; i < n; i++) {
          const v = column.at(i) as number | null;
          if (v === null) {
            nulls[i >> 3]! |= 1 << (i & 7);
            anyNull = true;
          } else values[i] = v;
        }
        w.block(new Uint8Array(values.buffer));
        w.u8(anyNull ? 1 : 0);
        w.align();
        if (anyNull) w.block(nulls);
      } else if (kind === Kind.Real) {
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const v = column.at(i) as number | null;
          values[i] = v === null ? Number.NaN : v;
        }
        w.block(new Uint8Array(values.buffer));
      } else {
        const index = new Map<string, number>();
        const texts: string[] = [];
        const codes = new Uint32Array(n);
        for (let i = 0; i < n; i++) {
          const v = column.at(i) as string | null;
          if (v === null) continue;
          let code = index.get(v);
          if (code === undefined) {
            if (v.includes('\0')) throw new RowCodecError(`column ${c} holds a NUL character`);
            texts.push(v);
            index.set(v, (code = texts.length));
          }
          codes[i] = code;
        }
        const joined = utf8.encode(texts.join('\0'));
        w.u32(texts.length);
        w.u32(joined.length);
        w.block(joined);
        const width = texts.length < 0x100 ? 1 : texts.length < 0x10000 ? 2 : 4;
        w.block(new Uint8Array((width === 1 ? Uint8Array.from(codes) : width === 2 ? Uint16Array.from(codes) : codes).buffer));
      }
    }
  }
  return w.bytes();
}

class Reader {
  private at = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  private need(n: number): void {
    if (this.at + n > this.buf.byteLength) throw new RowCodecError('the snapshot is cut short');
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }
  u8(): number {
    this.need(1);
    return this.buf[this.at++]!;
  }
  /** Skips the writer's padding (which is relative to the start of the encoding, not of memory). */
  align(): void {
    const pad = (8 - (this.at % 8)) % 8;
    this.need(pad);
    this.at += pad;
  }
  /** A view of the next `bytes` bytes (viewAs copies them when memory does not align). */
  take(bytes: number): Uint8Array {
    this.need(bytes);
    const out = this.buf.subarray(this.at, this.at + bytes);
    this.at += bytes;
    this.align();
    return out;
  }
  done(): boolean {
    return this.at >= this.buf.byteLength;
  }
}

/** Typed array of `T` over bytes (copied first when the bytes are not aligned for it). */
function viewAs<T>(bytes: Uint8Array, size: number, make: (buf: ArrayBufferLike, offset: number, length: number) => T): T {
  if (bytes.byteOffset % size === 0) return make(bytes.buffer, bytes.byteOffset, bytes.byteLength / size);
  const copy = bytes.slice();
  return make(copy.buffer, 0, copy.byteLength / size);
}

/** Decodes what encodeTables wrote. */
export function decodeTables(buf: Uint8Array): Table[] {
  const r = new Reader(buf);
  if (r.u32() !== MAGIC) throw new RowCodecError('not a report snapshot');
  const format = r.u32();
  if (format !== FORMAT) throw new RowCodecError(`snapshot format ${format} is not ${FORMAT}`);
  const count = r.u32();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const tables: Table[] = [];
  for (let t = 0; t < count; t++) {
    const n = r.u32();
    const width = r.u32();
    const columns: Column[] = [];
    for (let c = 0; c < width; c++) {
      const kind = r.u8();
      r.align();
      if (kind === Kind.Int) {
        const values = viewAs(r.take(n * 4), 4, (b, o, l) => new Int32Array(b, o, l));
        const hasNulls = r.u8() === 1;
        r.align();
        columns.push(new IntColumn(values, hasNulls ? r.take(Math.ceil(n / 8)) : null));
      } else if (kind === Kind.Real) {
        columns.push(new RealColumn(viewAs(r.take(n * 8), 8, (b, o, l) => new Float64Array(b, o, l))));
      } else if (kind === Kind.Text) {
        const distinct = r.u32();
        const bytes = r.u32();
        const joined = r.take(bytes);
        let texts: string[];
        try {
          texts = distinct === 0 ? [] : utf8.decode(joined).split('\0');
        } catch {
          throw new RowCodecError('a text column is not UTF-8');
        }
        if (texts.length !== distinct) throw new RowCodecError('a text column lost its dictionary');
        const width = distinct < 0x100 ? 1 : distinct < 0x10000 ? 2 : 4;
        const raw = r.take(n * width);
        const codes = width === 1 ? raw : width === 2 ? viewAs(raw, 2, (b, o, l) => new Uint16Array(b, o, l)) : viewAs(raw, 4, (b, o, l) => new Uint32Array(b, o, l));
        // Checked once here, so reading a cell never meets a code outside the dictionary.
        for (let i = 0; i < n; i++) if (codes[i]! > distinct) throw new RowCodecError('a text code names no text');
        columns.push(new TextColumn(codes, texts));
      } else throw new RowCodecError(`unknown column kind ${kind}`);
    }
    tables.push({ length: n, columns });
  }
  if (!r.done()) throw new RowCodecError('the snapshot has bytes after its last table');
  return tables;
}
