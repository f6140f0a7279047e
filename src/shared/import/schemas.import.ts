import { z } from 'zod';
import { ColumnMappingSchema } from './mapping';
import { ImportKindSchema, TargetFieldInfoSchema } from './targets';
import { RowProblemSchema } from './validate';

/** The largest file accepted (as bytes before base64). */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;
/** The most data rows a file may hold. */
export const IMPORT_MAX_ROWS = 50_000;
/** The most problems sent to the screen at once (the count is always exact). */
export const IMPORT_MAX_PROBLEMS_SHOWN = 2_000;

/** A file as the screen sends it: its name (for CSV or XLSX) and its bytes in base64. */
export const ImportFileSchema = z
  .object({
    kind: ImportKindSchema,
    fileName: z.string().trim().min(1, 'Choose a file.').max(260),
    dataBase64: z
      .string()
      .max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 4, 'The file is larger than 25 MB.')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file did not arrive intact: choose it again.'),
    /** For a workbook: which sheet (default: the first). */
    sheet: z.string().max(200).nullable().default(null),
    /** The columns chosen so far; null = suggest them. */
    mapping: ColumnMappingSchema.nullable().default(null),
  })
  .strict();

/** What the preview shows before anything is written. */
export const ImportPreviewSchema = z.object({
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headers: z.array(z.string()),
  fields: z.array(TargetFieldInfoSchema),
  mapping: ColumnMappingSchema,
  /** The first rows, as text, for the preview table. */
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  validCount: z.number().int(),
  /** Valid rows already imported before (they will be left as they are). */
  alreadyImported: z.number().int(),
  mappingProblems: z.array(z.string()),
  problems: z.array(RowProblemSchema),
  problemCount: z.number().int(),
  /** How many rows have at least one problem. */
  rowsWithProblems: z.number().int(),
});
/** What the preview shows. */
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** Import everything (refused while any row has a problem) or only the rows without one. */
export const ImportModeSchema = z.enum(['all', 'valid_only'], { error: 'Choose all rows or only the valid ones.' });

/** Start an import. */
export const ImportRunInputSchema = ImportFileSchema.extend({ mapping: ColumnMappingSchema, mode: ImportModeSchema }).strict();

/** A started import. */
export const ImportStartedSchema = z.object({ jobId: z.string() });

/** Ask how an import is going. */
export const ImportStatusInputSchema = z.object({ jobId: z.string().max(64) }).strict();

/** How an import is going, polled by the screen. */
export const ImportStatusSchema = z.object({
  jobId: z.string(),
  kind: ImportKindSchema,
  state: z.enum(['running', 'done', 'failed']),
  processed: z.number().int(),
  total: z.number().int(),
  created: z.number().int(),
  /** Rows recognised as imported before and left as they are. */
  alreadyThere: z.number().int(),
  /** Rows not imported (only in valid-only mode; with the reasons). */
  skipped: z.number().int(),
  problems: z.array(RowProblemSchema),
  /** Why the import failed and was rolled back; null otherwise. */
  message: z.string().nullable(),
});
/** How an import is going. */
export type ImportStatus = z.infer<typeof ImportStatusSchema>;
