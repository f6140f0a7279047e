import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../src/shared/support/letters/default-templates';
import { letterHtml } from '../../../src/shared/support/letters/letter-html';
import { formatDateLong } from '../../../src/shared/support/letters/long-date';
import { fieldsUsed, mergeLetter, unknownFields } from '../../../src/shared/support/letters/merge';
import { MERGE_FIELD_NAMES, sampleValues } from '../../../src/shared/support/letters/merge-fields';
import { TemplateSaveInputSchema } from '../../../src/shared/support/schemas/letters.schema';

const TEMPLATE = {
  title: 'Discharge letter',
  letterhead: '{{orgName}}\n{{orgAddress}}',
  body: 'Dear {{name}},\n\nYou were supported from {{supportStart}} to {{supportEnd}}.\n\n{{getBackInTouch}}',
  signOff: 'Best wishes,\n{{worker}}',
};

const VALUES = {
  orgName: 'Harbour Refuge',
  orgAddress: 'PO Box 100\nExampletown',
  name: 'Sam Taylor',
  supportStart: '3 March 2026',
  supportEnd: '9 June 2026',
  getBackInTouch: 'You can get back in touch at any time.',
  worker: 'Jo Worker',
};

describe('letter template merging', () => {
  it('fills every field and keeps paragraphs and line breaks', () => {
    const r = mergeLetter(TEMPLATE, VALUES);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.letter.letterhead).toEqual(['Harbour Refuge', 'PO Box 100', 'Exampletown']);
    expect(r.letter.body).toEqual([['Dear Sam Taylor,'], ['You were supported from 3 March 2026 to 9 June 2026.'], ['You can get back in touch at any time.']]);
    expect(r.letter.signOff).toEqual(['Best wishes,', 'Jo Worker']);
  });

  it('refuses a letter with a missing field, naming each one and why, and never says "undefined"', () => {
    const r = mergeLetter(TEMPLATE, { ...VALUES, supportEnd: undefined, worker: '   ' }, { supportEnd: 'no exit is recorded yet' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.missing.map((m) => m.field)).toEqual(['supportEnd', 'worker']);
    expect(r.message).toContain('{{supportEnd}} (no exit is recorded yet)');
    expect(r.message).toContain('{{worker}}');
    expect(r.message).not.toMatch(/undefined/);
  });

  it('refuses a name that is not a merge field', () => {
    const t = { ...TEMPLATE, body: 'Dear {{nmae}},' };
    expect(unknownFields(t)).toEqual(['nmae']);
    const r = mergeLetter(t, VALUES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('{{nmae}} (not a merge field)');
    expect(TemplateSaveInputSchema.safeParse({ code: 'x-letter', title: 'X', letterhead: '', body: 'Dear {{nmae}}', signOff: '' }).success).toBe(false);
  });

  it('escapes HTML in a name (and everywhere else) in the printed letter', () => {
    const r = mergeLetter(TEMPLATE, { ...VALUES, name: '<img src=x onerror=alert(1)> & "Jo"' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const html = letterHtml(r.letter);
    expect(html).toContain('Dear &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Jo&quot;,');
    expect(html).not.toContain('<img');
  });

  it('escapes markup an administrator typed into the template itself', () => {
    const r = mergeLetter({ ...TEMPLATE, body: '<script>alert(1)</script> {{name}}' }, VALUES);
    expect(r.ok && letterHtml(r.letter)).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Sam Taylor');
  });

  it('does not treat a value that looks like a merge field as one (no second pass)', () => {
    const r = mergeLetter({ ...TEMPLATE, body: 'Dear {{name}}' }, { ...VALUES, name: '{{orgAddress}}' });
    expect(r.ok && r.letter.body).toEqual([['Dear {{orgAddress}}']]);
  });

  it('ships templates that use only known fields and merge with the sample values', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(unknownFields(t)).toEqual([]);
      expect(mergeLetter(t, sampleValues()).ok).toBe(true);
    }
    expect(fieldsUsed(DEFAULT_TEMPLATES.find((t) => t.code === 'discharge')!)).not.toContain('unitAddress');
    expect(MERGE_FIELD_NAMES).toContain('unitAddress');
  });

  it('writes dates the way a letter does', () => {
    expect(formatDateLong('2026-03-09')).toBe('9 March 2026');
    expect(formatDateLong('2026-12-31')).toBe('31 December 2026');
  });
});
