import { z } from 'zod';
import { Id } from '../../cases/fields';
import { OUTCOME_SCALE, OutcomeArea } from '../vocab.support';

/*
 * Pieces every support schema shares: the household a panel works on, the episode of support it
 * belongs to, and outcome scores.
 */

/** A panel's input: the household it shows. */
export const HouseholdInputSchema = z.object({ householdId: Id }).strict();

/** One outcome score on the scale. */
export const OutcomeScoreSchema = z
  .number({ message: `Choose a score from ${OUTCOME_SCALE.min} to ${OUTCOME_SCALE.max}.` })
  .int(`Choose a whole number from ${OUTCOME_SCALE.min} to ${OUTCOME_SCALE.max}.`)
  .min(OUTCOME_SCALE.min, `Scores run from ${OUTCOME_SCALE.min} to ${OUTCOME_SCALE.max}.`)
  .max(OUTCOME_SCALE.max, `Scores run from ${OUTCOME_SCALE.min} to ${OUTCOME_SCALE.max}.`);

/** Scores for some or all of the seven areas. */
export const AreaScoresSchema = z.partialRecord(OutcomeArea.schema, OutcomeScoreSchema);

/** Where an episode of support stands. */
export const EpisodeState = z.enum(['active', 'move_on', 'ended']);

/**
 * The episode of support a panel works on: the household's latest accepted referral. Panels show
 * it in their heading and use `state` to decide what can still be recorded.
 */
export const EpisodeSummarySchema = z.object({
  householdId: z.number().int(),
  householdReference: z.string(),
  referralId: z.number().int(),
  referralReference: z.string(),
  episodeNo: z.number().int(),
  displayName: z.string(),
  acceptedTo: z.string(),
  acceptedOn: z.string(),
  /** The first day of support (see support-record.service for how it is worked out). */
  supportStart: z.string(),
  state: EpisodeState,
  exitedOn: z.string().nullable(),
  moveOn: z.object({ startOn: z.string(), latestEnd: z.string(), endedOn: z.string().nullable() }).nullable(),
  /** Earlier episodes of the same household (a person who came back). */
  earlierEpisodes: z.array(z.object({ referralReference: z.string(), exitedOn: z.string().nullable() })),
});
/** An episode of support. */
export type EpisodeSummary = z.infer<typeof EpisodeSummarySchema>;

/** Who did what, as lists show it. */
export const ByLine = z.object({ at: z.string(), by: z.string().nullable() });

/** A person a panel can choose as the worker. */
export const WorkerOptionSchema = z.object({ id: z.number().int(), name: z.string() });
