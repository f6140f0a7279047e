import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../../shared/import/schemas.import';
import { AppError } from '../../../shared/errors';

/** A file's table: its header row and every data row, all as text. */
export interface ParsedTable {
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: string[][];
}

const invalid = (message: string) => new AppError('INVALID_INPUT', message, { file: message });

/** Decodes the base64 the screen sent, within the size limit. */
export function decodeFile(dataBase64: string): Buffer {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw invalid('The file is empty.');
  if (bytes.length > IMPORT_MAX_BYTES) throw invalid('The file is larger than 25 MB.');
  return bytes;
}

function tooMany(rows: number): void {
  if (rows > IMPORT_MAX_ROWS) throw invalid(`The file has ${rows.toLocaleString('en-GB')} rows; at most ${IMPORT_MAX_ROWS.toLocaleString('en-GB')} can be imported at once. Split it into smaller files.`);
}

/** Header names made unique and never blank, so each can be chosen in the mapping. */
function tidyHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() === '' ? `Column ${i + 1}` : h.trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function table(sheets: string[], sheet: string | null, all: string[][]): ParsedTable {
  const [head, ...rows] = all;
  if (!head || head.every((h) => h.trim() === '')) throw invalid('The first row must name the columns; this file has none.');
  tooMany(rows.length);
  return { sheets, sheet, headers: tidyHeaders(head), rows };
}

/** A CSV file: UTF-8 (a byte-order mark is ignored), first row = headers. */
export function parseCsv(bytes: Buffer): ParsedTable {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const out = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  tooMany(out.data.length - 1);
  return table([], null, out.data.map((r) => r.map((c) => String(c ?? ''))));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value as the person sees it; dates as YYYY-MM-DD (or with the time when it has one). */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const day = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const hasTime = v.getUTCHours() + v.getUTCMinutes() + v.getUTCSeconds() > 0;
    return hasTime ? `${day}T${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())}Z` : day;
  }
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ('error' in v) return '';
    return '';
  }
  return String(v);
}

/** An XLSX workbook: the chosen sheet (default the first), first row = headers. */
export async function parseXlsx(bytes: Buffer, sheetName: string | null): Promise<ParsedTable> {
  // Loaded on first use (about 30 MB and 150 ms): importing a spreadsheet is rare.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid('This is not a readable Excel (.xlsx) workbook. Save it again as .xlsx or .csv.');
  }
  const sheets = wb.worksheets.map((w) => w.name);
  const ws = sheetName === null ? wb.worksheets[0] : wb.worksheets.find((w) => w.name === sheetName);
  if (!ws) throw invalid(sheetName === null ? 'The workbook has no sheets.' : `The workbook has no sheet called “${sheetName}”.`);
  tooMany(ws.actualRowCount - 1);
  const width = ws.columnCount;
  const all: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((s) => s.trim() !== '')) all.push(cells);
  });
  return table(sheets, ws.name, all);
}

/** Reads a CSV or XLSX file by its name's ending. */
export async function parseImportFile(fileName: string, dataBase64: string, sheet: string | null): Promise<ParsedTable> {
  const bytes = decodeFile(dataBase64);
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return parseXlsx(bytes, sheet);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return parseCsv(bytes);
  throw invalid('Choose a .csv or .xlsx file. (An older .xls workbook can be saved as .xlsx first.)');
}
