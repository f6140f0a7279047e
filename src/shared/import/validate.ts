import { z } from 'zod';
import { foldHeader } from './cells';
import { mappingProblems, type ColumnMapping } from './mapping';
import { IMPORT_TARGETS, type ImportKind } from './targets';

/** One problem with one row, in words an office worker can act on. */
export const RowProblemSchema = z.object({
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** The field's label, or '' for a problem with the whole row. */
  field: z.string(),
  message: z.string(),
});
/** One problem with one row. */
export type RowProblem = z.infer<typeof RowProblemSchema>;

/** A row that passed every check, ready for its feature's service. */
export interface ValidRow {
  row: number;
  /** The natural key that recognises this record if the file is imported again. */
  key: string;
  /** The record, parsed by the feature's schema. */
  input: Record<string, unknown>;
  /** Fields that are not part of the record (external id, decision). */
  extras: Record<string, unknown>;
}

/** Every row checked: the valid ones and every problem. */
export interface Validation {
  mappingProblems: string[];
  valid: ValidRow[];
  problems: RowProblem[];
  /** How many data rows there were (blank rows are not counted). */
  rowCount: number;
}

/** What the checks need to know about today (dates in the future are refused, as on the forms). */
export interface ValidationContext {
  today: string;
}

const digits = (s: unknown) => String(s ?? '').replace(/\D/g, '');

function naturalKey(kind: ImportKind, input: Record<string, unknown>, extras: Record<string, unknown>): string {
  if (kind === 'units') return `code:${String(input.code).trim().toLowerCase()}`;
  if (kind === 'cases') return `ref:${String(extras.externalRef).trim()}`;
  const ext = typeof extras.externalId === 'string' ? extras.externalId.trim() : '';
  return ext !== '' ? `id:${ext}` : `name:${foldHeader(String(input.name))}|${digits(input.contactNumber)}`;
}

const KEY_WORDS: Record<ImportKind, string> = { units: 'unit code', staff: 'person (same id, or same name and phone)', cases: 'reference' };

function datesNotAhead(kind: ImportKind, input: Record<string, unknown>, ctx: ValidationContext, problem: (field: string, message: string) => void): void {
  if (kind !== 'cases') return;
  const received = String(input.receivedAt).slice(0, 10);
  if (received > ctx.today) problem('receivedAt', 'The date received is in the future.');
  const dob = input.dateOfBirth;
  if (typeof dob === 'string' && dob > ctx.today) problem('dateOfBirth', 'The date of birth is in the future.');
}

/**
 * Checks every row against the mapping and the feature's schema. Nothing is skipped silently:
 * each problem names its row, its field and what to change. A later row that repeats an
 * earlier row's natural key is a problem too (it would otherwise be imported twice).
 */
export function validateRows(kind: ImportKind, headers: readonly string[], rows: readonly (readonly string[])[], mapping: ColumnMapping, ctx: ValidationContext): Validation {
  const target = IMPORT_TARGETS[kind];
  const mp = mappingProblems(kind, headers, mapping);
  const col = new Map(headers.map((h, i) => [h, i] as const).reverse());
  const labelOf = new Map(target.fields.map((fd) => [fd.key, fd.label]));
  const mapped = target.fields.flatMap((fd) => {
    const h = mapping[fd.key] ?? null;
    const i = h === null ? undefined : col.get(h);
    return i === undefined ? [] : [{ fd, i }];
  });
  const valid: ValidRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  let rowCount = 0;
  rows.forEach((cells, idx) => {
    if (cells.every((c) => c.trim() === '')) return;
    rowCount++;
    const row = idx + 2;
    if (mp.length) return;
    const rowProblems: RowProblem[] = [];
    const problem = (key: string, message: string) => rowProblems.push({ row, field: labelOf.get(key) ?? key, message });
    const input: Record<string, unknown> = {};
    const extras: Record<string, unknown> = {};
    const skip = new Set<string>();
    for (const { fd, i } of mapped) {
      const raw = cells[i] ?? '';
      if (raw.trim() === '') {
        if (fd.required) {
          problem(fd.key, 'This is empty and it is required.');
          skip.add(fd.key);
        }
        continue;
      }
      const r = fd.read(raw);
      if (!r.ok) {
        problem(fd.key, r.problem);
        skip.add(fd.key);
      } else (fd.extra ? extras : input)[fd.key] = r.value;
    }
    const parsed = target.schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (!skip.has(key)) problem(key, issue.message);
      }
    } else datesNotAhead(kind, parsed.data as Record<string, unknown>, ctx, problem);
    if (rowProblems.length === 0) {
      const data = parsed.data as Record<string, unknown>;
      const key = naturalKey(kind, data, extras);
      const first = seen.get(key);
      if (first !== undefined) rowProblems.push({ row, field: '', message: `This repeats row ${first}: the same ${KEY_WORDS[kind]}.` });
      else {
        seen.set(key, row);
        valid.push({ row, key, input: data, extras });
      }
    }
    problems.push(...rowProblems);
  });
  return { mappingProblems: mp, valid, problems, rowCount };
}
