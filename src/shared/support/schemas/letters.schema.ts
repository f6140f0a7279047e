import { z } from 'zod';
import { FREE_TEXT_MAX, Id, shortText } from '../../cases/fields';
import { fieldsIn } from '../letters/merge';
import { isMergeField } from '../letters/merge-fields';

/** A template's code: lower-case letters, digits and dashes. */
export const TemplateCode = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'Use 2–40 lower-case letters, digits or dashes.');

function templatePart(what: string) {
  return z
    .string()
    .max(FREE_TEXT_MAX, `${what} is at most ${FREE_TEXT_MAX.toLocaleString('en-GB')} characters.`)
    .superRefine((text, ctx) => {
      const unknown = fieldsIn(text).filter((f) => !isMergeField(f));
      if (unknown.length) ctx.addIssue({ code: 'custom', message: `Not a merge field: ${unknown.map((u) => `{{${u}}}`).join(', ')}. Choose from the list.` });
    });
}

/** A letter template as stored. */
export const LetterTemplateSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  letterhead: z.string(),
  body: z.string(),
  signOff: z.string(),
  active: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
/** A letter template. */
export type LetterTemplate = z.infer<typeof LetterTemplateSchema>;

/** The values every letter can use that are not about the person. */
export const LetterSettingsSchema = z.object({
  getBackInTouch: z.string().max(2000, 'At most 2,000 characters.'),
  outOfHoursNumber: shortText(100, 'The number'),
  nationalHelpline: shortText(100, 'The number'),
});
/** The letter settings. */
export type LetterSettings = z.infer<typeof LetterSettingsSchema>;

/** Templates (active ones first) and the letter settings. */
export const TemplatesListSchema = z.object({ templates: z.array(LetterTemplateSchema), settings: LetterSettingsSchema });

/** Add a template (templateId null, with a new code) or change one. */
export const TemplateSaveInputSchema = z
  .object({
    templateId: Id.nullable().default(null),
    code: TemplateCode,
    title: z.string().trim().min(2, 'Give the letter a title.').max(120, 'At most 120 characters.'),
    description: z.string().max(500, 'At most 500 characters.').default(''),
    letterhead: templatePart('The letterhead'),
    body: templatePart('The wording').refine((s) => s.trim().length > 0, 'Write the letter.'),
    signOff: templatePart('The sign-off'),
    active: z.boolean().default(true),
  })
  .strict();

/** Ask for a letter for a household's current (or latest) episode, or for one earlier episode. */
export const LetterRequestSchema = z.object({ householdId: Id, templateCode: TemplateCode, referralId: Id.nullable().default(null) }).strict();

/** A merged letter, as plain-text lines (the screen shows them as text; nothing is markup). */
export const MergedLetterSchema = z.object({
  title: z.string(),
  letterhead: z.array(z.string()),
  body: z.array(z.array(z.string())),
  signOff: z.array(z.string()),
});

/** A PDF for the screen to offer for saving. */
export const LetterFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.literal('application/pdf'),
  content: z.string(),
  encoding: z.literal('base64'),
});
