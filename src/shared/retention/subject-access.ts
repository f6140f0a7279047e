import { z } from 'zod';

/* Data-subject rights: everything held about one person, and erasure on request. */

/** Which person's records to export. */
export const SubjectAccessExportInputSchema = z.object({ personId: z.number().int().positive() }).strict();

/** A file for the screen to offer for saving. */
export const SubjectAccessFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.enum(['application/json', 'application/pdf']),
  content: z.string(),
  encoding: z.enum(['utf-8', 'base64']),
});

/** The export: the same records as JSON (complete, machine-readable) and as a readable PDF. */
export const SubjectAccessExportSchema = z.object({
  json: SubjectAccessFileSchema,
  pdf: SubjectAccessFileSchema,
  /** Rows exported, per table. */
  counts: z.record(z.string(), z.number().int()),
});
/** The export of one person's records. */
export type SubjectAccessExport = z.infer<typeof SubjectAccessExportSchema>;

/** Erasure on request of one household (the person and everything recorded with them). */
export const SubjectAccessEraseInputSchema = z
  .object({
    householdId: z.number().int().positive(),
    /** Why (e.g. "erasure request received 3 March"): kept in the audit entry, so no names. */
    reason: z.string().trim().min(1, 'Say why the record is being erased.').max(500),
  })
  .strict();

/** What an erasure deleted, in counts. */
export const SubjectAccessEraseResultSchema = z.object({ rows: z.record(z.string(), z.number().int()), vacuumed: z.boolean() });

/** The person fields a correction may change (free text and the date of birth). */
export const CorrectableFieldSchema = z.enum(['name', 'alias', 'dateOfBirth', 'language', 'school', 'needs', 'disabilityNotes']);

/** A correction of one field of a person's record, with the reason (kept in the history). */
export const SubjectAccessCorrectInputSchema = z
  .object({
    personId: z.number().int().positive(),
    field: CorrectableFieldSchema,
    value: z.string().max(20_000),
    reason: z.string().trim().min(1, 'Say why the record is being corrected.').max(2000),
  })
  .strict()
  .refine((v) => v.field !== 'dateOfBirth' || v.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(v.value), { message: 'A date of birth is YYYY-MM-DD.', path: ['value'] });

/** One entry of a person's correction history. */
export const CorrectionSchema = z.object({
  id: z.number().int(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
  reason: z.string(),
  byUser: z.number().int().nullable(),
  /** The display name of who made it (null once their account is gone). */
  byName: z.string().nullable(),
  at: z.string(),
});
/** One entry of a person's correction history. */
export type Correction = z.infer<typeof CorrectionSchema>;

/** Whose correction history to list. */
export const SubjectAccessCorrectionsInputSchema = z.object({ personId: z.number().int().positive() }).strict();
