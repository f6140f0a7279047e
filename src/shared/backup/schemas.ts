import { z } from 'zod';
import { IsoTimestampSchema } from '../schemas/common';
import { PasswordInputSchema } from '../schemas/password';

/*
 * The shapes of backups as the renderer, the CLI and the main process see them. A backup *set* is
 * three files in the backup folder: the encrypted database copy, its keyring and a manifest.
 */

/** How often backups run on their own: `manual` means only when someone presses the button. */
export const BackupScheduleSchema = z.enum(['daily', 'weekly', 'manual']);
/** How often backups run on their own. */
export type BackupSchedule = z.infer<typeof BackupScheduleSchema>;

/**
 * How many sets rotation keeps: the newest set of each of the last `daily` days that have one,
 * of each of the last `weekly` weeks, and of each of the last `monthly` months.
 */
export const RetentionSchema = z.object({
  daily: z.number().int().min(0, 'At least 0.').max(366, 'At most 366.'),
  weekly: z.number().int().min(0, 'At least 0.').max(520, 'At most 520.'),
  monthly: z.number().int().min(0, 'At least 0.').max(600, 'At most 600.'),
});
/** How many backup sets rotation keeps. */
export type Retention = z.infer<typeof RetentionSchema>;

/** The defaults: two weeks of dailies, two months of weeklies, a year of monthlies. */
export const DEFAULT_RETENTION: Retention = { daily: 14, weekly: 8, monthly: 12 };

/**
 * A folder as typed or picked: absolute on Windows (`E:\Backups`, `\\server\share`) or POSIX.
 * Relative paths are refused because the app's working folder is not something a person chose.
 */
export const BackupFolderSchema = z
  .string()
  .trim()
  .min(1, 'Choose a folder.')
  .max(1000, 'That folder path is too long.')
  .refine((s) => !s.includes('\0'), 'That is not a folder path.')
  .refine((s) => /^(?:[A-Za-z]:[\\/]|\\\\[^\\]+\\|\/)/.test(s), 'Give the full path of the folder, e.g. E:\\Waymark backups.');

/** Backup settings an administrator chooses. */
export const BackupSettingsSchema = z.object({
  /** Where sets are written; null until an administrator chooses. */
  folder: z.string().nullable(),
  schedule: BackupScheduleSchema,
  retention: RetentionSchema,
});
/** Backup settings. */
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;

/** A partial update of the backup settings; `folder: null` forgets the folder. */
export const BackupSettingsUpdateSchema = z
  .object({
    folder: BackupFolderSchema.nullable().optional(),
    schedule: BackupScheduleSchema.optional(),
    retention: RetentionSchema.strict().optional(),
  })
  .strict();
/** A partial update of the backup settings. */
export type BackupSettingsUpdate = z.infer<typeof BackupSettingsUpdateSchema>;

/** What a long backup, verification or restore is doing now. */
export const BackupPhaseSchema = z.enum([
  'preparing',
  'copying',
  'checking-encryption',
  'checking-integrity',
  'counting-rows',
  'hashing',
  'finishing',
  'swapping',
]);
/** A step of a backup job. */
export type BackupPhase = z.infer<typeof BackupPhaseSchema>;

/** The kinds of job that report progress. */
export const BackupJobKindSchema = z.enum(['backup', 'verify', 'restore']);
/** A kind of backup job. */
export type BackupJobKind = z.infer<typeof BackupJobKindSchema>;

/** The last failure, as recorded for the banner (never personal data: a code and a sentence). */
export const BackupFailureSchema = z.object({ at: IsoTimestampSchema, code: z.string(), message: z.string() });
/** The last backup failure. */
export type BackupFailure = z.infer<typeof BackupFailureSchema>;

/** Backup health as every member of staff may see it, with details for administrators. */
export const BackupStatusSchema = z.object({
  running: z.boolean(),
  kind: BackupJobKindSchema.nullable(),
  phase: BackupPhaseSchema.nullable(),
  /** 0–100 while running. */
  percent: z.number().min(0).max(100).nullable(),
  lastGoodAt: IsoTimestampSchema.nullable(),
  /** Whole hours since the last good backup, or null if there has never been one. */
  ageHours: z.number().int().min(0).nullable(),
  /** No good backup in the last 24 hours (or ever): the home screen warns. */
  stale: z.boolean(),
  /** The most recent attempt failed: the home screen shows a banner. */
  failing: z.boolean(),
  /** Only for administrators; null for everyone else. */
  details: z
    .object({
      folder: z.string().nullable(),
      schedule: BackupScheduleSchema,
      lastGoodName: z.string().nullable(),
      lastFailure: BackupFailureSchema.nullable(),
    })
    .nullable(),
});
/** Backup health. */
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

/** One backup set in a folder, as listed for restore. */
export const BackupSetSummarySchema = z.object({
  name: z.string(),
  /** Full path of the database copy: what restore and verify take. */
  file: z.string(),
  createdAt: IsoTimestampSchema,
  sizeBytes: z.number().int().min(0),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});
/** One backup set. */
export type BackupSetSummary = z.infer<typeof BackupSetSummarySchema>;

/** The result of a backup run. */
export const BackupRunResultSchema = BackupSetSummarySchema.extend({
  durationMs: z.number().min(0),
  /** Names of older sets rotation removed. */
  removed: z.array(z.string()),
});
/** The result of a backup run. */
export type BackupRunResult = z.infer<typeof BackupRunResultSchema>;

/** A backup file to check or restore: the full path of its `.db` file. */
export const BackupFileSchema = z
  .string()
  .min(1, 'Choose a backup.')
  .max(4000, 'That path is too long.')
  .refine((s) => !s.includes('\0'), 'That is not a file path.');

/** Input of backup.verify. */
export const BackupVerifyInputSchema = z.object({ file: BackupFileSchema }).strict();

/** What a verification found (a failed verification is an error, not a result). */
export const BackupVerifyResultSchema = z.object({
  name: z.string(),
  schemaVersion: z.number().int(),
  createdAt: IsoTimestampSchema.nullable(),
  tables: z.number().int(),
  rows: z.number().int(),
});
/** What a verification found. */
export type BackupVerifyResult = z.infer<typeof BackupVerifyResultSchema>;

/** Input of backup.restore: the set, and the administrator's password again. */
export const BackupRestoreInputSchema = z.object({ file: BackupFileSchema, password: PasswordInputSchema }).strict();

/** What a restore did. The workspace is signed out afterwards. */
export const BackupRestoreResultSchema = z.object({
  restoredFrom: z.string(),
  schemaVersion: z.number().int(),
  /** Where the database as it was before the restore was kept. */
  safetyCopy: z.string().nullable(),
  signedOut: z.literal(true),
});
/** What a restore did. */
export type BackupRestoreResult = z.infer<typeof BackupRestoreResultSchema>;
