import { z } from 'zod';
import { DateOnly, FreeText, Id, shortText } from '../cases/fields';
import { DbsLevel, SpecialistRole } from './vocab.staff-records';

/*
 * Staff records: training, DBS checks and specialist FTE, each hanging off a person in the staff
 * directory (the rota's rota_staff), so there is one list of staff whoever has an account.
 */

const Status = z.enum(['ok', 'due', 'expired', 'missing', 'not_required']);

/** A training course of the editable list. */
export const CourseSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  mandatory: z.boolean(),
  /** Months until it must be retaken, or null when it does not expire. */
  renewalMonths: z.number().int().nullable(),
  active: z.boolean(),
});

/** Add (id null) or change a course. */
export const CourseSaveInputSchema = z
  .object({
    id: Id.nullable().default(null),
    name: z.string().trim().min(1, 'Name the course.').max(200, 'At most 200 characters.'),
    mandatory: z.boolean(),
    renewalMonths: z.number().int('Whole months.').min(1, 'At least 1 month.').max(120, 'At most 120 months.').nullable(),
    active: z.boolean().default(true),
  })
  .strict();

/** Record training someone attended. */
export const TrainingAddInputSchema = z
  .object({
    staffId: Id,
    courseId: Id,
    attendedOn: DateOnly,
    /** The certificate's own expiry, when it differs from the course's renewal period; null: worked out. */
    expiresOn: DateOnly.nullable().default(null),
    provider: shortText(200, 'The provider').default(''),
    notes: FreeText.default(''),
  })
  .strict()
  .refine((t) => t.expiresOn === null || t.expiresOn > t.attendedOn, { path: ['expiresOn'], message: 'It must expire after it was attended.' });

/** Record a DBS check. */
export const DbsAddInputSchema = z
  .object({
    staffId: Id,
    checkedOn: DateOnly,
    level: DbsLevel.schema.default('enhanced'),
    /** The certificate number, as written on it (managers and administrators only see it). */
    certificateRef: z.string().trim().max(40, 'At most 40 characters.').default(''),
    updateService: z.boolean().default(false),
  })
  .strict();

/** Record FTE in a specialist role from a date (id: change an existing stretch). */
export const FteSaveInputSchema = z
  .object({
    id: Id.nullable().default(null),
    staffId: Id,
    role: SpecialistRole.schema,
    fte: z.number({ error: 'Enter the FTE as a number, e.g. 0.6.' }).gt(0, 'More than 0.').max(1, 'At most 1.0 (full time).'),
    fromOn: DateOnly,
    toOn: DateOnly.nullable().default(null),
  })
  .strict()
  .refine((f) => f.toOn === null || f.toOn >= f.fromOn, { path: ['toOn'], message: 'It cannot end before it starts.' })
  .refine((f) => Math.abs(f.fte * 100 - Math.round(f.fte * 100)) < 1e-6, { path: ['fte'], message: 'At most two decimal places.' });

/** Remove a record made in error. */
export const RecordRemoveInputSchema = z.object({ id: Id }).strict();

/** One person. */
export const StaffIdInputSchema = z.object({ staffId: Id }).strict();

/** A training record. */
export const TrainingRecordSchema = z.object({
  id: z.number().int(),
  courseId: z.number().int(),
  courseName: z.string(),
  attendedOn: z.string(),
  expiresOn: z.string().nullable(),
  provider: z.string(),
  notes: z.string(),
});

/** A DBS check. */
export const DbsCheckSchema = z.object({
  id: z.number().int(),
  checkedOn: z.string(),
  renewalDueOn: z.string(),
  level: DbsLevel.schema,
  certificateRef: z.string(),
  updateService: z.boolean(),
});

/** A stretch of specialist FTE. */
export const FteSpanSchema = z.object({ id: z.number().int(), role: SpecialistRole.schema, fte: z.number(), fromOn: z.string(), toOn: z.string().nullable() });

/** One cell of the matrix: a course for a person. */
export const MatrixCellSchema = z.object({ courseId: z.number().int(), status: Status, attendedOn: z.string().nullable(), expiresOn: z.string().nullable() });

/** One row of the training matrix: a person with every course, their DBS check and FTE today. */
export const MatrixRowSchema = z.object({
  staffId: z.number().int(),
  name: z.string(),
  role: z.string(),
  active: z.boolean(),
  cells: z.array(MatrixCellSchema),
  dbs: z.object({ status: z.enum(['ok', 'due', 'expired', 'missing']), checkedOn: z.string().nullable(), dueOn: z.string().nullable() }),
  fteToday: z.number(),
});

/** The training matrix. */
export const MatrixSchema = z.object({ today: z.string(), courses: z.array(CourseSchema), rows: z.array(MatrixRowSchema) });

/** Which people to show. */
export const MatrixInputSchema = z.object({ includeInactive: z.boolean().default(false) }).strict();

/** One person's records. */
export const PersonRecordsSchema = z.object({
  staffId: z.number().int(),
  name: z.string(),
  role: z.string(),
  active: z.boolean(),
  training: z.array(TrainingRecordSchema),
  dbs: z.array(DbsCheckSchema),
  fte: z.array(FteSpanSchema),
});

/** A line of the due and overdue list. */
export const StaffDueRowSchema = z.object({
  staffId: z.number().int(),
  name: z.string(),
  what: z.enum(['training', 'dbs']),
  /** The course's name, or "Enhanced DBS check". */
  item: z.string(),
  status: z.enum(['due', 'expired', 'missing']),
  /** When it expires or expired (null: never recorded). */
  dueOn: z.string().nullable(),
});

/** Specialist FTE over a period. */
export const FteSummaryInputSchema = z
  .object({ from: DateOnly, to: DateOnly })
  .strict()
  .refine((p) => p.to >= p.from, { path: ['to'], message: 'The end must be on or after the start.' });

/** Specialist FTE over a period, in total and by person and role. */
export const FteSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().nullable(),
  byRole: z.array(z.object({ role: SpecialistRole.schema, fte: z.number() })),
  byPerson: z.array(z.object({ staffId: z.number().int(), name: z.string(), fte: z.number() })),
});
