import { isMergeField, MERGE_FIELDS, type MergeField } from './merge-fields';

/*
 * Letter templates are plain text, never HTML: an administrator writes the letterhead, the body
 * and the sign-off with merge fields such as {{name}}. A blank line starts a new paragraph; a
 * single line break stays a line break. Merging produces a structure of plain-text lines, which
 * the app shows as React text and the PDF prints through letterHtml (every line escaped there),
 * so neither a value nor the template's own wording can ever become markup.
 *
 * A field the template uses but has no value is an error that names it (with why, when known):
 * a letter never says "undefined" or leaves a silent gap.
 */

/** A template's three parts, as the administrator wrote them. */
export interface LetterTemplateText {
  letterhead: string;
  body: string;
  signOff: string;
}

/** A merged letter: lines of plain text, grouped into blocks (paragraphs). */
export interface MergedLetter {
  title: string;
  letterhead: string[];
  body: string[][];
  signOff: string[];
}

/** A failed merge: the fields with no value and any names that are not merge fields. */
export interface MergeFailure {
  ok: false;
  missing: { field: MergeField; why: string | null }[];
  unknown: string[];
  message: string;
}

/** The result of merging. */
export type MergeResult = { ok: true; letter: MergedLetter } | MergeFailure;

const FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The field names a piece of template text uses, in order of first use (including unknown ones). */
export function fieldsIn(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(FIELD)) seen.add(m[1]!);
  return [...seen];
}

/** The field names a whole template uses. */
export function fieldsUsed(t: LetterTemplateText): string[] {
  return [...new Set([...fieldsIn(t.letterhead), ...fieldsIn(t.body), ...fieldsIn(t.signOff)])];
}

/** Names in {{…}} that are not merge fields (a typo such as {{nmae}}). */
export function unknownFields(t: LetterTemplateText): string[] {
  return fieldsUsed(t).filter((f) => !isMergeField(f));
}

/** Whether a template asks for a field. */
export function templateUses(t: LetterTemplateText, field: MergeField): boolean {
  return fieldsUsed(t).includes(field);
}

function fill(text: string, values: Partial<Record<MergeField, string>>): string {
  return text.replace(FIELD, (_all, name: string) => values[name as MergeField]!);
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/u, ''));
}

function blocks(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((b) => lines(b.replace(/^\n+|\n+$/g, '')))
    .filter((b) => b.some((l) => l.trim() !== ''));
}

/**
 * Merges values into a template. Every field the template uses must have a non-blank value; the
 * failure lists each missing one (with `why` from `reasons`, e.g. "no exit is recorded yet").
 */
export function mergeLetter(
  template: LetterTemplateText & { title: string },
  values: Partial<Record<MergeField, string | null | undefined>>,
  reasons: Partial<Record<MergeField, string>> = {},
): MergeResult {
  const used = fieldsUsed(template);
  const unknown = used.filter((f) => !isMergeField(f));
  const missing = used
    .filter(isMergeField)
    .filter((f) => {
      const v = values[f];
      return typeof v !== 'string' || v.trim() === '';
    })
    .map((field) => ({ field, why: reasons[field] ?? null }));
  if (unknown.length || missing.length) {
    const parts = [
      ...missing.map((m) => `{{${m.field}}} (${m.why ?? MERGE_FIELDS[m.field].label.toLowerCase()})`),
      ...unknown.map((u) => `{{${u}}} (not a merge field)`),
    ];
    return { ok: false, missing, unknown, message: `This letter cannot be made: it needs ${parts.join('; ')}.` };
  }
  const filled = values as Partial<Record<MergeField, string>>;
  return {
    ok: true,
    letter: {
      title: template.title,
      letterhead: lines(fill(template.letterhead, filled)).filter((l) => l.trim() !== ''),
      body: blocks(fill(template.body, filled)),
      signOff: lines(fill(template.signOff, filled).replace(/^\n+|\n+$/g, '')),
    },
  };
}
