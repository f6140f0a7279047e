import { z } from 'zod';
import { IsoTimestampSchema } from '../../schemas/common';
import { FreeTextSchema, IdSchema, LabelSchema, RequiredTextSchema } from './common.rota';

/**
 * A note in a handover about one household or unit. `caseId` links the household's case (checked
 * by the service when the handover is written); `caseReference` is its reference (C-000123).
 * `hidden`: the note is about a restricted case the reader is not named on, so its household or
 * unit, its case and its text are withheld (null); the reader sees only that such a note exists.
 */
export const HandoverNoteSchema = z.object({
  targetLabel: z.string().nullable(),
  caseId: IdSchema.nullable(),
  caseReference: z.string().nullable(),
  note: z.string().nullable(),
  hidden: z.boolean(),
});

/** Someone who has read a handover. */
export const HandoverAckSchema = z.object({ userId: IdSchema, name: z.string(), at: IsoTimestampSchema });

/** A shift handover as written, with who has acknowledged it. */
export const HandoverSchema = z.object({
  id: IdSchema,
  writtenByUserId: IdSchema,
  writtenByName: z.string(),
  writtenAt: IsoTimestampSchema,
  generalNotes: z.string(),
  notes: z.array(HandoverNoteSchema),
  acknowledgements: z.array(HandoverAckSchema),
  /** Whether the person asking has acknowledged it. */
  acknowledgedByMe: z.boolean(),
});
/** A shift handover. */
export type Handover = z.infer<typeof HandoverSchema>;

/** Write a handover at the end of a shift. */
export const HandoverAddInputSchema = z
  .object({
    generalNotes: FreeTextSchema.default(''),
    notes: z
      .array(
        z
          .object({ targetLabel: LabelSchema, caseId: IdSchema.nullable().default(null), note: RequiredTextSchema })
          .strict(),
      )
      .max(200, 'At most 200 notes in one handover.')
      .default([]),
  })
  .strict()
  .refine((h) => h.generalNotes.trim().length > 0 || h.notes.length > 0, { message: 'Write something to hand over.', path: ['generalNotes'] });

/** Handovers I have not acknowledged, written by others in the last `withinHours`. */
export const HandoverUnreadInputSchema = z.object({ withinHours: z.number().int().min(1).max(24 * 31).default(72) }).strict();

/** Acknowledge a handover. */
export const HandoverAckInputSchema = z.object({ id: IdSchema }).strict();

/** Handovers written in a span of time, newest first. */
export const HandoverListInputSchema = z
  .object({ from: IsoTimestampSchema.optional(), to: IsoTimestampSchema.optional(), limit: z.number().int().min(1).max(500).default(100) })
  .strict();
