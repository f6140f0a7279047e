import { z } from 'zod';
import { ChecklistDefinitionSchema, DEFAULT_CHECKLIST, questionNumbers, type ChecklistDefinition } from './dash-checklist';

/*
 * A service's own (licensed) wording of the DASH-style checklist, loaded by an administrator as a
 * JSON file in the shape of ChecklistDefinitionSchema. Only the words may change:
 *
 * - The question numbers stay exactly 1–24, each once. Answers are stored by question number, the
 *   score is the count of "yes" over those 24, and earlier assessments, the reports and a
 *   reassessment's comparison must mean the same questions whatever the wording.
 * - The high-risk threshold stays at the shipped 14: "14 or more is visible high risk" is the
 *   rule the MARAC criteria, the medium band and every earlier level were decided by. A new
 *   wording must not change who counts as high risk.
 * - The id differs from the shipped one: each assessment stores the checklist id it was made
 *   with, so the record shows which wording was used.
 *
 * Titles, group titles, the grouping and the topics are the service's own.
 */

/** How long one question's wording may be (a licensed wording is a sentence or two). */
const TOPIC_MAX = 1000;

const Text = (what: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty.`)
    .max(max, `${what} is longer than ${max.toLocaleString('en-GB')} characters.`);

/** A loadable checklist: the definition's shape with every text filled in. */
const LoadableShape = ChecklistDefinitionSchema.extend({
  id: Text('The checklist id', 100),
  title: Text('The checklist title', 200),
  groups: z.array(z.object({ title: Text('A group title', 200), questions: z.array(z.object({ number: z.number().int(), topic: Text('A question', TOPIC_MAX) })).min(1) })).min(1),
});

/** Why a definition cannot replace the shipped one, in plain English (empty when it can). */
export function checklistProblems(def: ChecklistDefinition): string[] {
  const problems: string[] = [];
  const want = questionNumbers(DEFAULT_CHECKLIST);
  const got = questionNumbers(def);
  const missing = want.filter((n) => !got.includes(n));
  const unknown = [...new Set(got.filter((n) => !want.includes(n)))];
  const twice = [...new Set(got.filter((n, i) => got.indexOf(n) !== i))];
  if (missing.length) problems.push(`Question${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the checklist must have questions 1 to ${want.length}.`);
  if (unknown.length) problems.push(`There is no question ${unknown.join(', ')} on the checklist: numbers run from 1 to ${want.length}.`);
  if (twice.length) problems.push(`Question${twice.length === 1 ? '' : 's'} ${twice.join(', ')} ${twice.length === 1 ? 'appears' : 'appear'} more than once.`);
  if (def.highRiskThreshold !== DEFAULT_CHECKLIST.highRiskThreshold) {
    problems.push(`The high-risk threshold must stay at ${DEFAULT_CHECKLIST.highRiskThreshold} “yes” answers; a new wording cannot change who counts as high risk.`);
  }
  if (def.id === DEFAULT_CHECKLIST.id) problems.push(`Give the checklist its own id (not “${DEFAULT_CHECKLIST.id}”), so each assessment records which wording it used.`);
  return problems;
}

/** Reads a checklist file's text: the definition, or every reason it cannot be loaded. */
export function parseChecklistFile(text: string): { ok: true; value: ChecklistDefinition } | { ok: false; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This is not a JSON file (or it is cut short). Choose the checklist definition file.'] };
  }
  const shape = LoadableShape.safeParse(raw);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.slice(0, 5).map((i) => {
        const where = i.path.length ? ` (at ${i.path.join('.')})` : '';
        return `${i.message}${where}`;
      }),
    };
  }
  const problems = checklistProblems(shape.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: shape.data };
}

/** Load a checklist definition: the JSON file's text. */
export const ChecklistLoadInputSchema = z
  .object({ json: z.string().min(1, 'Choose or paste the checklist definition.').max(200_000, 'This file is too large to be a checklist definition.') })
  .strict();
