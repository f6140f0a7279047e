import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PdfOptions } from '../../../src/main/services/pdf/pdf-printer';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addStaff, signInAs } from '../../helpers/staff';
import { auditActions, communityHousehold, residentHousehold } from '../../helpers/support';

/*
 * Letters on the real database, with a recording printer in place of Chromium (the CLI and e2e
 * tests print real PDFs): merge fields filled from the record, what is missing named, the unit's
 * address only for managers and only when asked for, every print audited.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
const printed: { html: string; opts?: PdfOptions }[] = [];

beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-02T10:00:00Z' });
  // The printer the workspace deps carry (what the Electron layer passes in the app).
  (t.ws.deps as { pdfPrinter?: unknown }).pdfPrinter = async (html: string, opts?: PdfOptions) => {
    printed.push({ html, opts });
    return Buffer.from('%PDF-1.4 fake');
  };
  printed.length = 0;
  await t.ok('settings.update', { orgAddress: 'PO Box 100, Exampletown', orgPhone: '01632 960000' });
  await t.ok('letters.settings.save', { getBackInTouch: 'You can get back in touch with us at any time.', outOfHoursNumber: '01632 960001', nationalHelpline: '0808 2000 247' });
});
afterEach(() => t.cleanup());

async function exited(name = 'Amira Haddad') {
  const h = await residentHousehold(t, { name });
  t.clock.set('2026-05-10T10:00:00Z');
  await t.ok('exits.record', { householdId: h.householdId, exitedOn: '2026-05-09', planned: true, reason: 'moved_on_planned', destination: 'social_housing', achievingIndependence: 'yes' });
  return h;
}

describe('letters', () => {
  it('previews the discharge letter with the name, the dates of support and how to get back in touch', async () => {
    const h = await exited();
    const letter = await t.ok<{ letterhead: string[]; body: string[][] }>('letters.preview', { householdId: h.householdId, templateCode: 'discharge' });
    const text = letter.body.flat().join('\n');
    expect(letter.letterhead).toEqual(['Harbour Refuge', 'PO Box 100, Exampletown', '01632 960000']);
    expect(text).toContain('Dear Amira Haddad,');
    expect(text).toContain('from 2 March 2026 to 9 May 2026');
    expect(text).toContain('You can get back in touch with us at any time.');
    expect(text).not.toContain('12 Example Street');
    expect(auditActions(t)).toContain('letter.preview');
  });

  it('names what is missing instead of printing a gap: no exit yet, no out-of-hours number', async () => {
    const h = await communityHousehold(t);
    await t.ok('letters.settings.save', { getBackInTouch: 'Get back in touch any time.', outOfHoursNumber: '', nationalHelpline: '0808 2000 247' });
    const r = await t.router.call('letters.preview', { householdId: h.householdId, templateCode: 'discharge' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (r.ok) return;
    expect(r.error.message).toContain('{{supportEnd}} (no exit is recorded yet: record the exit first)');
    expect(r.error.message).toContain('{{outOfHoursNumber}} (not set: an administrator adds it under Letter templates)');
    expect(r.error.message).not.toContain('undefined');
  });

  it('prints the PDF through the workspace printer, with every value escaped, and audits it', async () => {
    const h = await exited('<b>Sam</b> & "Jo"');
    const file = await t.ok<{ fileName: string; content: string; encoding: string }>('letters.pdf', { householdId: h.householdId, templateCode: 'discharge' });
    expect(file.fileName).toMatch(/^discharge-C-\d{6}\.pdf$/);
    expect(Buffer.from(file.content, 'base64').toString()).toBe('%PDF-1.4 fake');
    expect(printed).toHaveLength(1);
    expect(printed[0]!.html).toContain('Dear &lt;b&gt;Sam&lt;/b&gt; &amp; &quot;Jo&quot;,');
    expect(printed[0]!.html).not.toContain('<b>Sam');
    expect(auditActions(t)).toContain('letter.save-pdf');
    await t.ok('letters.recordPrint', { householdId: h.householdId, templateCode: 'discharge' });
    expect(auditActions(t)).toContain('letter.print');
    expect(t.ws.unlocked!.open.db.prepare('SELECT how FROM letters_issued ORDER BY id').all()).toEqual([{ how: 'pdf' }, { how: 'print' }]);
  });

  it('merges the unit address into a confirmation of residence for a manager, and refuses it to a support worker', async () => {
    const h = await residentHousehold(t, { address: 'Flat 2, 9 Hidden Road, LS12 9ZZ' });
    const letter = await t.ok<{ body: string[][] }>('letters.preview', { householdId: h.householdId, templateCode: 'residence' });
    expect(letter.body.flat()).toContain('Flat 2, 9 Hidden Road, LS12 9ZZ');
    await addStaff(t, 'sally', 'support_worker');
    await signInAs(t, 'sally');
    const r = await t.router.call('letters.pdf', { householdId: h.householdId, templateCode: 'residence' });
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('only managers and administrators') } });
    expect(printed).toHaveLength(0);
    expect(auditActions(t)).toContain('letter.denied');
    // The discharge letter does not ask for the address, so a support worker prints it freely.
    await signInAs(t, 'admin');
    t.clock.set('2026-03-05T10:00:00Z');
    await t.ok('exits.record', { householdId: h.householdId, exitedOn: '2026-03-05', planned: true, reason: 'moved_on_planned', destination: 'own_tenancy', achievingIndependence: 'yes' });
    await signInAs(t, 'sally');
    const ok = await t.router.call('letters.pdf', { householdId: h.householdId, templateCode: 'discharge' });
    expect(ok.ok).toBe(true);
    expect(printed[0]!.html).not.toContain('Hidden Road');
  });

  it('lets an administrator rewrite a template, refusing unknown merge fields, and others see the change', async () => {
    const list = await t.ok<{ templates: { id: number; code: string; body: string }[] }>('letters.templates.list');
    const discharge = list.templates.find((x) => x.code === 'discharge')!;
    const bad = await t.router.call('letters.templates.save', { templateId: discharge.id, code: 'discharge', title: 'Discharge letter', letterhead: '', body: 'Dear {{fullName}}', signOff: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { body: expect.stringContaining('{{fullName}}') } } });
    await t.ok('letters.templates.save', { templateId: discharge.id, code: 'discharge', title: 'Discharge letter', letterhead: '{{orgName}}', body: 'Dear {{name}}, goodbye and good luck.', signOff: '{{worker}}' });
    await t.ok('letters.templates.save', { code: 'tenancy-support', title: 'Tenancy support letter', letterhead: '{{orgName}}', body: 'To the landlord of {{name}}.', signOff: '' });
    const h = await exited();
    const letter = await t.ok<{ body: string[][] }>('letters.preview', { householdId: h.householdId, templateCode: 'discharge' });
    expect(letter.body).toEqual([['Dear Amira Haddad, goodbye and good luck.']]);
    expect(auditActions(t)).toEqual(expect.arrayContaining(['letters.template.update', 'letters.template.add']));
  });
});
