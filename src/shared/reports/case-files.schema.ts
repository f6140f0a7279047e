import { z } from 'zod';
import { PeriodInputSchema } from './periods';

/*
 * Anonymised case files for a commissioner's audit (`001_…` 10.4). A manager chooses a sample of
 * episodes; each file carries a pseudonym (random per export, not the case reference), age bands
 * instead of dates of birth, months instead of dates, categories instead of names, addresses and
 * contact details — and free text only where a manager reviewed the note and released it.
 */

/** The episodes that can be sampled for a period. */
export const CaseFileCandidateSchema = z.object({
  referralId: z.number().int(),
  householdReference: z.string(),
  referralReference: z.string(),
  supportStart: z.string(),
  exitedOn: z.string().nullable(),
});

/** Which kinds of note can be released. */
export const NoteKind = z.enum(['contact', 'event', 'exit', 'assessment']);

/** A note awaiting a manager's review. */
export const ReviewNoteSchema = z.object({
  kind: NoteKind,
  id: z.number().int(),
  referralReference: z.string(),
  date: z.string(),
  what: z.string(),
  text: z.string(),
  released: z.boolean(),
});
/** A note awaiting review. */
export type ReviewNote = z.infer<typeof ReviewNoteSchema>;

/** Pick episodes. */
export const CaseFileSelectionSchema = z.object({ referralIds: z.array(z.number().int().positive()).min(1, 'Choose at least one case.').max(50, 'At most 50 cases at a time.') }).strict();

/** Release (or withdraw) one note for anonymised case files. */
export const NoteReleaseInputSchema = z.object({ kind: NoteKind, id: z.number().int().positive(), release: z.boolean() }).strict();

/** Export the chosen sample. */
export const CaseFileExportInputSchema = z
  .object({
    referralIds: z.array(z.number().int().positive()).min(1, 'Choose at least one case.').max(50, 'At most 50 cases at a time.'),
    format: z.enum(['json', 'pdf']),
    zipPassword: z.string().min(12, 'Use a password of at least 12 characters for an encrypted export.').max(200).nullable().default(null),
  })
  .strict();

/** Candidates for a period. */
export const CaseFileCandidatesInputSchema = z.object({ period: PeriodInputSchema }).strict();

/** One anonymised case file. */
export const AnonymisedCaseSchema = z.object({
  pseudonym: z.string(),
  referral: z.object({ month: z.string(), source: z.string(), decision: z.string() }),
  people: z.array(z.object({ role: z.string(), ageBandOnReferral: z.string(), sex: z.string(), gender: z.string(), ethnicity: z.string(), disability: z.string(), specialist: z.array(z.string()) })),
  risk: z.object({ level: z.string(), primaryNeed: z.string().nullable(), secondaryNeeds: z.array(z.string()) }).nullable(),
  accommodation: z.array(z.object({ unitType: z.string(), fromMonth: z.string(), toMonth: z.string().nullable(), nights: z.number().int().nullable() })),
  plan: z.array(z.object({ area: z.string(), hasNeed: z.boolean(), scores: z.array(z.object({ stage: z.string(), month: z.string(), score: z.number() })) })),
  support: z.object({ contacts: z.number().int(), paidHours: z.number(), unpaidHours: z.number(), byType: z.record(z.string(), z.number()) }),
  events: z.array(z.object({ kind: z.string(), month: z.string() })),
  exit: z.object({ month: z.string(), planned: z.boolean(), reason: z.string(), destination: z.string(), achievingIndependence: z.string() }).nullable(),
  releasedNotes: z.array(z.object({ what: z.string(), month: z.string(), text: z.string() })),
});
/** One anonymised case file. */
export type AnonymisedCase = z.infer<typeof AnonymisedCaseSchema>;
