import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { GOOD_PASSWORD, setUpWorkspace, TEST_SCRYPT } from '../../helpers/temp-workspace';
import { residentHousehold } from '../../helpers/support';

/*
 * `waymark letter discharge`: the CLI prints the same letter through the same router, headless
 * Chromium standing in for Electron's printer; pdftotext (poppler) reads the PDF back.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
beforeEach(async () => {
  t = await setUpWorkspace({ start: '2026-03-02T10:00:00Z' });
});
afterEach(() => t.cleanup());

const hasChromium = existsSync(process.env.WAYMARK_CHROMIUM || '/usr/bin/chromium');

describe('waymark letter', () => {
  it.skipIf(!hasChromium)('prints the discharge letter for a case reference to a PDF with the name, dates and get-back-in-touch wording', async () => {
    await t.ok('settings.update', { orgAddress: 'PO Box 100, Exampletown', orgPhone: '01632 960000' });
    await t.ok('letters.settings.save', { getBackInTouch: 'You can get back in touch with us at any time.', outOfHoursNumber: '01632 960001', nationalHelpline: '0808 2000 247' });
    const h = await residentHousehold(t, { name: 'Zoë O’Neill', address: '7 Secret Lane, LS6 1ZZ' });
    t.clock.set('2026-04-15T10:00:00Z');
    await t.ok('exits.record', { householdId: h.householdId, exitedOn: '2026-04-14', planned: true, reason: 'moved_on_planned', destination: 'social_housing', achievingIndependence: 'yes' });
    await t.ok('session.signOut');
    const reference = h.reference.split('/')[0]!;
    const out = join(t.dir, 'discharge.pdf');
    const r = await cli(['letter', 'discharge', '--db', join(t.dir, 'waymark.db'), '--user', 'admin', '--case', reference, '--out', out], [GOOD_PASSWORD], { scrypt: TEST_SCRYPT, clock: t.clock });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    // Words only: where lines wrap is the printer's business.
    const text = execFileSync('pdftotext', [out, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Dear Zoë O’Neill,');
    expect(text).toMatch(/from 2 March 2026 to 14 April 2026/);
    expect(text).toContain('You can get back in touch with us at any time.');
    expect(text).not.toContain('Secret Lane');

    // By referral reference too; and audited.
    const again = await cli(['letter', 'discharge', '--db', join(t.dir, 'waymark.db'), '--user', 'admin', '--case', h.reference, '--out', out], [GOOD_PASSWORD], { scrypt: TEST_SCRYPT, clock: t.clock });
    expect(again.code).toBe(0);
    await t.ok('session.signIn', { username: 'admin', password: GOOD_PASSWORD });
    const actions = (t.ws.unlocked!.open.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'letter.save-pdf'").get() as { n: number }).n;
    expect(actions).toBe(2);
  });

  it('refuses an unknown case, a bad reference and a non-PDF output with one line each', async () => {
    await t.ok('session.signOut');
    const db = join(t.dir, 'waymark.db');
    const unknown = await cli(['letter', 'discharge', '--db', db, '--user', 'admin', '--case', 'C-999999', '--out', join(t.dir, 'x.pdf')], [GOOD_PASSWORD], { scrypt: TEST_SCRYPT, clock: t.clock });
    expect(unknown).toMatchObject({ code: 1, err: 'waymark letter: no case or referral C-999999\n' });
    const bad = await cli(['letter', 'discharge', '--db', db, '--user', 'admin', '--case', 'Amira', '--out', join(t.dir, 'x.pdf')], [GOOD_PASSWORD]);
    expect(bad.code).toBe(2);
    const txt = await cli(['letter', 'discharge', '--db', db, '--user', 'admin', '--case', 'C-000001', '--out', join(t.dir, 'x.txt')], [GOOD_PASSWORD]);
    expect(txt.code).toBe(2);
  });
});
