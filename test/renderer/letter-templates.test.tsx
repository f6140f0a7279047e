// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LetterTemplatesAdmin } from '../../src/renderer/src/features/support/LetterTemplatesAdmin';
import { DEFAULT_LETTER_SETTINGS, DEFAULT_TEMPLATES } from '../../src/shared/support/letters/default-templates';
import type { LetterSettings, LetterTemplate } from '../../src/shared/support/schemas/letters.schema';
import { fail, installFakeBridge, ok, renderSignedIn, sessionFor } from './setup';

/*
 * The administrator's letter template editor, as a view with a fake bridge: saving sends the
 * wording as typed to the save channel, and a {{field}} that is not a merge field is refused
 * beside the field it is in, before anything is sent. Saving through the real router is covered
 * in test/integration/support/letters.test.ts.
 */

const shipped = DEFAULT_TEMPLATES[0]!;
const DISCHARGE: LetterTemplate = {
  id: 1,
  code: shipped.code,
  title: shipped.title,
  description: shipped.description,
  letterhead: shipped.letterhead,
  body: shipped.body,
  signOff: shipped.signOff,
  active: true,
  updatedAt: '2026-03-02T10:00:00.000Z',
  updatedBy: null,
};

function fakeTemplates() {
  const saved: unknown[] = [];
  const bridge = installFakeBridge({
    'letters.templates.list': () => ok({ templates: [DISCHARGE], settings: DEFAULT_LETTER_SETTINGS as LetterSettings }),
    'letters.templates.save': (input) => {
      saved.push(input);
      return ok({ ...DISCHARGE, ...(input as Partial<LetterTemplate>), updatedBy: 'Ada Admin' });
    },
  });
  return { bridge, saved };
}

async function openEditor() {
  renderSignedIn(<LetterTemplatesAdmin />, sessionFor('administrator'));
  const wording = await screen.findByRole('textbox', { name: 'Wording' });
  await waitFor(() => expect((wording as HTMLTextAreaElement).value).toBe(DISCHARGE.body));
  return wording as HTMLTextAreaElement;
}

/** The text of the elements that describe a field (its description and any error). */
function describedBy(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

describe('letter template editor', () => {
  it('saves the edited wording through letters.templates.save, exactly as typed', async () => {
    const { bridge, saved } = fakeTemplates();
    const wording = await openEditor();
    const text = 'Dear {{name}},\n\nYou were supported from {{supportStart}} to {{supportEnd}}.\n\n{{getBackInTouch}}';
    fireEvent.change(wording, { target: { value: text } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Sign-off' }), { target: { value: 'Warm wishes,\n{{worker}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save letter' }));

    await waitFor(() => expect(bridge.called('letters.templates.save')).toBe(1));
    expect(saved[0]).toEqual({
      templateId: 1,
      code: 'discharge',
      title: 'Discharge letter',
      description: DISCHARGE.description,
      letterhead: DISCHARGE.letterhead,
      body: text,
      signOff: 'Warm wishes,\n{{worker}}',
      active: true,
    });
    // The list is read again, so the saved letter is what the editor shows next.
    await waitFor(() => expect(bridge.called('letters.templates.list')).toBe(2));
    expect(wording.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('refuses a {{field}} that is not a merge field beside that field, and sends nothing', async () => {
    const { bridge } = fakeTemplates();
    const wording = await openEditor();
    fireEvent.change(wording, { target: { value: 'Dear {{nmae}},\n\nAll the best.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save letter' }));

    await waitFor(() => expect(wording.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(wording)).toContain('Not a merge field: {{nmae}}. Choose from the list.');
    // Only the field with the typo is marked.
    expect(screen.getByRole('textbox', { name: 'Sign-off' }).getAttribute('aria-invalid')).not.toBe('true');
    expect(bridge.called('letters.templates.save')).toBe(0);

    // Once it is put right, it saves.
    fireEvent.change(wording, { target: { value: 'Dear {{name}},\n\nAll the best.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save letter' }));
    await waitFor(() => expect(bridge.called('letters.templates.save')).toBe(1));
    await waitFor(() => expect(wording.getAttribute('aria-invalid')).not.toBe('true'));
  });

  it('shows a field the server refuses beside that field (a code already in use)', async () => {
    const { bridge } = fakeTemplates();
    bridge.on('letters.templates.save', () => fail('CONFLICT', 'A letter with that code already exists.', { code: 'Already used.' }));
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'New letter…' }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), { target: { value: 'Discharge' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save letter' }));

    const code = screen.getByRole('textbox', { name: 'Code' });
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(code)).toContain('Already used.');
    expect(bridge.calls.find((c) => c.channel === 'letters.templates.save')!.input).toMatchObject({ templateId: null, code: 'discharge', title: 'Discharge' });
  });
});
