import { z } from 'zod';

/*
 * The DASH-style risk identification checklist as data. The published DASH wording belongs to its
 * authors, so the shipped definition names each question's topic in our own words, referenced by
 * its standard number (1–24); a service that holds a licence can load its own wording into the
 * same shape. Scoring depends only on the numbers, never the wording.
 */

/** One checklist question. */
export const ChecklistQuestionSchema = z.object({ number: z.number().int().min(1), topic: z.string() });
/** A group of questions as the checklist groups them. */
export const ChecklistGroupSchema = z.object({ title: z.string(), questions: z.array(ChecklistQuestionSchema).min(1) });
/** A whole checklist definition. */
export const ChecklistDefinitionSchema = z.object({
  id: z.string(),
  title: z.string(),
  highRiskThreshold: z.number().int().min(1),
  groups: z.array(ChecklistGroupSchema).min(1),
});
/** A checklist definition. */
export type ChecklistDefinition = z.infer<typeof ChecklistDefinitionSchema>;

/** The checklist shipped with Waymark (topics in our own words). */
export const DEFAULT_CHECKLIST: ChecklistDefinition = {
  id: 'waymark-dash-topics-v1',
  title: 'Risk identification checklist (DASH question numbers)',
  highRiskThreshold: 14,
  groups: [
    {
      title: 'The current situation',
      questions: [
        { number: 1, topic: 'Injury from the latest incident' },
        { number: 2, topic: 'Very frightened' },
        { number: 3, topic: 'Afraid of further injury or violence (note what of)' },
        { number: 4, topic: 'Cut off from family or friends' },
        { number: 5, topic: 'Low mood or thoughts of suicide' },
        { number: 6, topic: 'Separated, or tried to, in the last year' },
        { number: 7, topic: 'Conflict over contact with the children' },
        { number: 8, topic: 'Constant contact, following, stalking or harassment' },
        { number: 9, topic: 'Pregnant or recently had a baby' },
      ],
    },
    {
      title: 'History of the abuse',
      questions: [
        { number: 10, topic: 'Abuse happening more often' },
        { number: 11, topic: 'Abuse getting worse' },
        { number: 12, topic: 'Controlling behaviour or extreme jealousy' },
        { number: 13, topic: 'Weapons or objects used to hurt' },
        { number: 14, topic: 'Threats to kill that were believed' },
        { number: 15, topic: 'Strangling, choking, suffocating or drowning' },
        { number: 16, topic: 'Sexual abuse or degrading sexual behaviour' },
        { number: 17, topic: 'Another person making threats or feared' },
      ],
    },
    {
      title: 'The person causing harm',
      questions: [
        { number: 18, topic: 'Known to have hurt others (children, family, others)' },
        { number: 19, topic: 'Cruelty to an animal or pet' },
        { number: 20, topic: 'Money problems or financial control' },
        { number: 21, topic: 'Drugs, alcohol or mental health problems in the last year' },
        { number: 22, topic: 'Threatened or attempted suicide' },
        { number: 23, topic: 'Broken bail, an injunction or an agreement' },
        { number: 24, topic: 'Trouble with the police or a criminal history' },
      ],
    },
  ],
};

/** Every question number in a definition, in order. */
export function questionNumbers(def: ChecklistDefinition): number[] {
  return def.groups.flatMap((g) => g.questions.map((q) => q.number));
}
