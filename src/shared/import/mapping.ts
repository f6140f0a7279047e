import { z } from 'zod';
import { foldHeader } from './cells';
import { IMPORT_TARGETS, type ImportKind } from './targets';

/** Which source column fills each target field (field key → header; null or absent = not imported). */
export const ColumnMappingSchema = z.record(z.string().max(60), z.string().max(500).nullable());
/** Which source column fills each target field. */
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;

/**
 * Suggests a column for each field by comparing normalised header names (case, spacing,
 * punctuation and accents ignored): first the field's own name and label, then its usual
 * synonyms. A column is used for one field at most.
 */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const fields = IMPORT_TARGETS[kind].fields;
  const folded = headers.map(foldHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = Object.fromEntries(fields.map((fd) => [fd.key, null]));
  const pass = (names: (fd: (typeof fields)[number]) => readonly string[]) => {
    for (const fd of fields) {
      if (mapping[fd.key] !== null) continue;
      const wanted = new Set(names(fd).map(foldHeader));
      const i = folded.findIndex((h, idx) => !used.has(idx) && h !== '' && wanted.has(h));
      if (i >= 0) {
        used.add(i);
        mapping[fd.key] = headers[i]!;
      }
    }
  };
  pass((fd) => [fd.key, fd.label]);
  pass((fd) => fd.aliases);
  return mapping;
}

/** Problems with a mapping itself: required fields with no column, or columns that do not exist. */
export function mappingProblems(kind: ImportKind, headers: readonly string[], mapping: ColumnMapping): string[] {
  const present = new Set(headers);
  const out: string[] = [];
  for (const fd of IMPORT_TARGETS[kind].fields) {
    const h = mapping[fd.key] ?? null;
    if (h === null) {
      if (fd.required) out.push(`Choose the column that holds “${fd.label}”: it is required.`);
    } else if (!present.has(h)) out.push(`There is no column called “${h}” in the file (chosen for “${fd.label}”).`);
  }
  return out;
}
