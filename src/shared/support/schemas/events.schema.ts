import { z } from 'zod';
import { DateOnly, FreeText, Id } from '../../cases/fields';
import { EventKind, FeedbackTheme, SafeguardingAbout, SafeguardingRaisedWith, SeriousIncidentCategory } from '../vocab.support';
import { EpisodeSummarySchema } from './common.support';

const Base = {
  householdId: Id,
  /** null adds a new event; an id updates that one (an outcome or a resolved date added later). */
  eventId: Id.nullable().default(null),
  /** The date raised, referred, happened or received. */
  eventOn: DateOnly,
  details: FreeText.default(''),
};

const after = (later: string | null | undefined, earlier: string) => !later || later >= earlier;

/** Add or update an event. MARAC referrals are recorded through the cases channel risk.saveMarac. */
export const EventSaveInputSchema = z.discriminatedUnion('kind', [
  z.object({ ...Base, kind: z.literal('safeguarding'), about: SafeguardingAbout.schema, raisedWith: SafeguardingRaisedWith.schema, outcome: FreeText.default('') }).strict(),
  z.object({ ...Base, kind: z.literal('hrbp'), outcome: FreeText.default('') }).strict(),
  z
    .object({ ...Base, kind: z.literal('serious_incident'), category: SeriousIncidentCategory.schema, commissionerToldOn: DateOnly.nullable().default(null) })
    .strict()
    .refine((v) => after(v.commissionerToldOn, v.eventOn), { path: ['commissionerToldOn'], message: 'The commissioner cannot have been told before it happened.' }),
  z
    .object({ ...Base, kind: z.literal('complaint'), theme: FeedbackTheme.schema, response: FreeText.default(''), resolvedOn: DateOnly.nullable().default(null) })
    .strict()
    .refine((v) => after(v.resolvedOn, v.eventOn), { path: ['resolvedOn'], message: 'It cannot be resolved before it was received.' }),
  z.object({ ...Base, kind: z.literal('compliment'), theme: FeedbackTheme.schema, response: FreeText.default('') }).strict(),
]);
/** An event as saved. */
export type EventSaveInput = z.output<typeof EventSaveInputSchema>;

/** One event, every kind in one shape (fields that do not apply are null). */
export const SupportEventSchema = z.object({
  id: z.number().int(),
  kind: EventKind.schema,
  eventOn: z.string(),
  details: z.string(),
  about: SafeguardingAbout.schema.nullable(),
  raisedWith: SafeguardingRaisedWith.schema.nullable(),
  outcome: z.string(),
  category: SeriousIncidentCategory.schema.nullable(),
  commissionerToldOn: z.string().nullable(),
  theme: FeedbackTheme.schema.nullable(),
  response: z.string(),
  resolvedOn: z.string().nullable(),
  by: z.string().nullable(),
});
/** One event. */
export type SupportEvent = z.infer<typeof SupportEventSchema>;

/** The events panel's data: events newest first, and the household's MARAC referrals. */
export const EventsListSchema = z.object({
  episode: EpisodeSummarySchema.nullable(),
  events: z.array(SupportEventSchema),
  marac: z.array(z.object({ id: z.number().int(), referredOn: z.string(), meetingOn: z.string().nullable(), actions: z.string() })),
});
