import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '../../src/shared/clock';
import { setMustChangePassword } from '../../src/main/db/repos/users.repo';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import {
  DAYS,
  PARSE_ICS,
  PASSWORD,
  TEST_SCRYPT,
  captureSaves,
  cell,
  choose,
  chooseTheme,
  db,
  dismissNotices,
  endSetUp,
  fullService,
  lastSaved,
  ok,
  openRota,
  person,
  savedCount,
  setUp,
  shiftType,
  shot,
  signIn,
  signOut,
  viewShot,
} from './rota-helpers';

/*
 * The 24/7 rota, the out-of-hours phone log and shift handover (issue 6) end to end, through the
 * built renderer against the real router, services and encrypted database:
 *
 * - a night worker logs a call from a resident and writes a handover; the next worker sees it on
 *   the home screen, acknowledges it, and closes the call's follow-up; a call from a new referral
 *   opens the intake form with the call's details carried over;
 * - a manager creates a four-week night on-call rotation for four people, a female worker books
 *   leave and "no female worker reachable" appears for those nights, an override (moved onto a
 *   colleague by keyboard; dragging opens the same dialog) fills it and the gap disappears, and
 *   the week prints to PDF (read back with pdftotext) and exports to iCalendar (parsed by
 *   Debian's python3-icalendar, an independent parser);
 * - the "On now" panel changes at the handover without a reload;
 * - the month view by person and by shift type.
 *
 * Staff, shift types and requirements are set up through the router (their screens are not what
 * these tests are about); everything under test goes through the screens. axe on every screen,
 * light and dark; screenshots in artifacts/screenshots/rota-*.png.
 */

test.describe('phone log and handover at night', () => {
  const clock = fixedClock('2026-11-21T03:10:00Z');
  test.use({ shellOptions: { scrypt: TEST_SCRYPT, clock } });

  test('a night worker logs a call from a resident and a new referral (which opens the intake form) and writes a handover; the next worker sees it, acknowledges it and closes the follow-up', async ({ shell, shellKind }) => {
    test.skip(shellKind === 'electron', 'sets up accounts through the in-process router');
    // A long story on a shared two-core machine: several sign-ins, axe on each screen, a PDF.
    test.setTimeout(240_000);
    const { page } = shell;
    clock.set('2026-11-21T03:10:00Z');
    await setUp(shell);
    await person(shell, 'Nina Farouk', 'female', 'night_worker');
    await person(shell, 'Olu Adebayo', 'male', 'night_worker');
    await endSetUp(shell);

    // 03:10, Saturday: Nina is alone on the waking night. The home screen has the call log.
    await signIn(page, 'nina');
    const calls = page.getByRole('region', { name: 'Calls and follow-ups' });
    await expect(calls.getByText('No follow-ups open.')).toBeVisible();
    await calls.getByRole('button', { name: 'Log a call' }).click();
    const log = page.getByRole('dialog', { name: 'Log a call' });
    await expectNoSeriousA11yViolations(page, 'log a call');
    await log.getByRole('radio', { name: 'Resident', exact: true }).check();
    await log.getByRole('textbox', { name: 'What was done', exact: true }).fill('Resident in R02 heard someone at the back gate. Checked the cameras with her; nobody there. Reassured.');
    await log.getByRole('checkbox', { name: 'Follow-up needed' }).check();
    await log.getByRole('textbox', { name: 'What needs following up' }).fill('Ask maintenance to fix the back gate latch.');
    await viewShot(page, 'rota-call-dialog');
    await log.getByRole('button', { name: 'Save call' }).click();
    await expect(log).toBeHidden();
    await expect(page.getByText('It is on the follow-ups list until someone closes it.')).toBeVisible();
    await dismissNotices(page);
    await expect(calls.getByText('1 follow-up open')).toBeVisible();
    await expect(calls.getByText('Ask maintenance to fix the back gate latch.')).toBeVisible();

    // A new referral rings: the call is logged and the intake form opens with its details.
    await calls.getByRole('button', { name: 'Log a call' }).click();
    const referralCall = page.getByRole('dialog', { name: 'Log a call' });
    await referralCall.getByRole('radio', { name: 'New referral', exact: true }).check();
    await referralCall.getByRole('textbox', { name: 'What was done', exact: true }).fill('Woman fleeing tonight with two children; safety planned, will call back at 9.');
    await referralCall.getByRole('checkbox', { name: 'The manager on call was called' }).check();
    await referralCall.getByRole('button', { name: 'Save call' }).click();
    const logged = page.getByRole('dialog', { name: 'Call logged' });
    await expect(logged).toContainText('This call was a new referral.');
    await logged.getByRole('button', { name: 'Start the referral' }).click();
    await expect(page.getByText('The details of the logged call have been carried over.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(/What was done: Woman fleeing tonight with two children/);
    await expect(page.getByRole('textbox', { name: 'Notes', exact: true })).toHaveValue(/The manager on call was called\./);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Home/ }).click();

    // The calls are in the log (out of hours, by Nina).
    const stored = db(shell).prepare('SELECT caller_type, follow_up_needed, logged_by FROM phone_calls ORDER BY id').all() as Record<string, unknown>[];
    expect(stored.map((c) => c.caller_type)).toEqual(['resident', 'new_referral']);

    // At the end of the shift, Nina writes the handover.
    clock.set('2026-11-21T07:50:00Z');
    const handovers = page.getByRole('region', { name: 'Handovers' });
    await handovers.getByRole('button', { name: 'Write a handover' }).click();
    const write = page.getByRole('dialog', { name: 'Write a handover' });
    await write.getByRole('textbox', { name: 'General notes' }).fill('Quiet night apart from one call (in the log). Fire doors checked at 23:00 and 04:00.');
    await write.getByRole('button', { name: 'Add a note about a household or unit' }).click();
    await write.getByRole('textbox', { name: 'Household or unit', exact: true }).fill('R02');
    await write.getByRole('textbox', { name: 'Note', exact: true }).fill('Unsettled after the noise at the gate; please check in with her this morning.');
    await expectNoSeriousA11yViolations(page, 'write a handover');
    await viewShot(page, 'rota-handover-write');
    await write.getByRole('button', { name: 'Save handover' }).click();
    await expect(write).toBeHidden();
    await expect(page.getByText('The next worker sees it on the home screen until they acknowledge it.')).toBeVisible();
    // Her own handover is not one for her to read.
    await expect(handovers.getByText('No handovers waiting for you.')).toBeVisible();
    await signOut(page, 'Nina Farouk');

    // 08:05: Olu signs in and sees the unread handover on the home screen.
    clock.set('2026-11-21T08:05:00Z');
    await signIn(page, 'olu');
    const waiting = page.getByRole('region', { name: 'Handovers' });
    await expect(waiting.getByText('1 handover to read')).toBeVisible();
    await expect(waiting.getByText('From Nina Farouk')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'home with a handover to read');
    await shot(shell, 'rota-home-night');
    await waiting.getByRole('button', { name: /^Read/ }).click();
    const read = page.getByRole('dialog', { name: 'Handover' });
    await expect(read.getByText('Quiet night apart from one call (in the log).', { exact: false })).toBeVisible();
    await expect(read.getByText('R02', { exact: true })).toBeVisible();
    await expect(read.getByText('Unsettled after the noise at the gate', { exact: false })).toBeVisible();
    await expect(read.getByText('Nobody has acknowledged it yet.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'read a handover');
    await viewShot(page, 'rota-handover-read');
    await read.getByRole('button', { name: 'I have read it: acknowledge' }).click();
    await expect(read).toBeHidden();
    await expect(waiting.getByText('No handovers waiting for you.')).toBeVisible();
    const acks = db(shell).prepare('SELECT count(*) AS n FROM handover_acks').get() as { n: number };
    expect(acks.n).toBe(1);

    // The follow-up is still listed for Olu until he closes it.
    const olusCalls = page.getByRole('region', { name: 'Calls and follow-ups' });
    await olusCalls.getByRole('button', { name: /^Close follow-up/ }).click();
    const close = page.getByRole('dialog', { name: 'Close a follow-up' });
    await close.getByRole('textbox', { name: 'What was done', exact: true }).fill('Reported to maintenance; booked for Monday.');
    await close.getByRole('button', { name: 'Close follow-up' }).click();
    await expect(close).toBeHidden();
    await expect(olusCalls.getByText('No follow-ups open.')).toBeVisible();

    // The phone log and the handover history (in the Rota section), light and dark.
    await openRota(page, 'Phone log');
    const table = page.getByRole('table', { name: 'Calls, newest first' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText('New referral');
    await expect(table).toContainText('Resident');
    await expect(table).toContainText('Closed by Olu Adebayo');
    await expectNoSeriousA11yViolations(page, 'phone log');
    await shot(shell, 'rota-phone-log');
    await page.getByRole('tab', { name: 'Handovers' }).click();
    await page.getByRole('button', { name: /Nina Farouk/ }).click();
    await expect(page.getByText(/Acknowledged by Olu Adebayo/)).toBeVisible();
    await chooseTheme(page, 'Dark');
    await expectNoSeriousA11yViolations(page, 'handovers, dark');
    await shot(shell, 'rota-handovers-dark');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Home/ }).click();
    await expectNoSeriousA11yViolations(page, 'home, dark');

    const actions = (db(shell).prepare("SELECT action FROM audit_log WHERE action LIKE 'phoneLog.%' OR action LIKE 'handover.%' ORDER BY id").all() as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(['phoneLog.add', 'phoneLog.add', 'handover.add', 'handover.acknowledge', 'phoneLog.followUpClose']);
    expect(shell.foreignRequests).toEqual([]);
    expect(shell.pageErrors).toEqual([]);
  });
});

test.describe('the night on-call rotation, leave, a gap and an override', () => {
  const clock = fixedClock('2026-11-20T10:00:00Z');
  test.use({ shellOptions: { scrypt: TEST_SCRYPT, clock } });

  test('a manager creates a four-week rotation; leave opens a "no female worker reachable" gap; an override fills it; the week prints and exports', async ({ shell, shellKind }) => {
    test.skip(shellKind === 'electron', 'sets up accounts through the in-process router');
    // A long story on a shared two-core machine: several sign-ins, axe on each screen, a PDF.
    test.setTimeout(240_000);
    const { page } = shell;
    clock.set('2026-11-20T10:00:00Z');
    await captureSaves(page);
    await setUp(shell);
    await person(shell, 'Mo Manager', 'male', 'manager');
    const ids = {
      dora: await person(shell, 'Dora Ellis', 'female', null),
      amira: await person(shell, 'Amira Khan', 'female', 'night_worker'),
      bea: await person(shell, 'Bea Lewis', 'female', null),
      cath: await person(shell, 'Cath Moss', 'female', null),
      ed: await person(shell, 'Ed Owusu', 'male', null),
    };
    await shiftType(shell, 'Night on call', 'on_call_phone', '22:00', '08:00', ['phone'], false, false);
    const waking = await shiftType(shell, 'Waking night', 'waking_night', '22:00', '08:00', ['office', 'phone'], true, true);
    // A male waking night worker is on site every night, so the only gap is the female one.
    await ok(shell.router, 'rota.rotations.add', { name: 'Waking nights', shiftTypeId: waking, startDate: '2026-11-23', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [ids.ed] });
    await ok(shell.router, 'rota.requirements.add', { label: 'Female worker reachable at night', from: '22:00', to: '08:00', minPeople: 1, requiredSex: 'female' });
    await endSetUp(shell);

    // The manager creates the night on-call rotation: a week each, four people, from Monday.
    await signIn(page, 'mo');
    await openRota(page, 'Rotations');
    await expect(page.getByText('Waking nights', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'New rotation' }).click();
    const editor = page.getByRole('dialog', { name: 'New rotation' });
    await choose(page, editor, 'Shift type', 'Night on call');
    await expect(editor.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Night on call');
    await editor.getByLabel(/^First day/).fill('2026-11-23');
    await expect(editor.getByLabel(/^Shift starts/)).toHaveValue('22:00');
    await expect(editor.getByLabel(/^Shift ends/)).toHaveValue('08:00');
    await editor.getByRole('textbox', { name: 'Length of a turn (days)' }).fill('7');
    for (const name of ['Dora Ellis', 'Amira Khan', 'Bea Lewis', 'Cath Moss']) await choose(page, editor, 'Add a person', name);
    const turns = editor.getByRole('group', { name: 'Whose turn' });
    await expect(turns).toContainText('Mon 23 Nov – Sun 29 Nov: Dora Ellis');
    await expect(turns).toContainText('Mon 30 Nov – Sun 6 Dec: Amira Khan');
    await expect(turns).toContainText('Mon 14 Dec – Sun 20 Dec: Cath Moss');
    // Turn order by keyboard-reachable buttons: move Cath up and back down again.
    await editor.getByRole('button', { name: 'Move Cath Moss earlier' }).click();
    await expect(turns).toContainText('Mon 7 Dec – Sun 13 Dec: Cath Moss');
    await editor.getByRole('button', { name: 'Move Cath Moss later' }).click();
    await expectNoSeriousA11yViolations(page, 'rotation editor');
    await viewShot(page, 'rota-rotation-editor');
    await editor.getByRole('button', { name: 'Create rotation' }).click();
    await expect(editor).toBeHidden();
    const rotations = page.getByRole('table', { name: 'Rotations' });
    await expect(rotations).toContainText('Dora Ellis → Amira Khan → Bea Lewis → Cath Moss');
    await expect(rotations).toContainText('7 days each');
    await expectNoSeriousA11yViolations(page, 'rotations');

    // The week of 30 November: Amira's week, no gaps yet.
    await page.getByRole('tab', { name: 'Rota', exact: true }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(page.getByRole('heading', { name: 'Week of Monday 30 November 2026' })).toBeVisible();
    await expect(cell(page, 'Amira Khan', 'Tue')).toContainText('Night on call');
    await expect(page.getByText('No gaps and no conflicts in this period.')).toBeVisible();
    await signOut(page, 'Mo Manager');

    // Amira books leave from noon on 1 December to noon on 4 December, on her own screen.
    await signIn(page, 'amira');
    await openRota(page, 'Leave');
    await page.getByRole('button', { name: 'Book leave' }).click();
    const leave = page.getByRole('dialog', { name: 'Book leave' });
    await leave.getByRole('checkbox', { name: 'Whole days' }).uncheck();
    await leave.getByLabel(/^From \(date\)/).fill('2026-12-01');
    await leave.getByLabel(/^From \(time\)/).fill('12:00');
    await leave.getByLabel(/^Until \(date\)/).fill('2026-12-04');
    await leave.getByLabel(/^Until \(time\)/).fill('12:00');
    await expectNoSeriousA11yViolations(page, 'book leave');
    await leave.getByRole('button', { name: 'Book leave' }).click();
    await expect(leave).toBeHidden();
    await expect(page.getByRole('table', { name: 'Leave' })).toContainText('Annual leave');
    await signOut(page, 'Amira Khan');

    // The manager sees the gap for exactly those three nights.
    await signIn(page, 'mo');
    await openRota(page);
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    const gapsRow = page.getByRole('grid').getByRole('row', { name: /^Gaps in cover/ });
    for (const d of ['Tue', 'Wed', 'Thu']) await expect(gapsRow.getByRole('gridcell').nth(DAYS.indexOf(d))).toContainText('no female worker reachable');
    for (const d of ['Mon', 'Fri', 'Sat', 'Sun']) await expect(gapsRow.getByRole('gridcell').nth(DAYS.indexOf(d))).not.toContainText('Gap');
    const gapList = page.getByRole('list', { name: 'Gaps in cover' });
    await expect(gapList.getByRole('listitem')).toHaveCount(3);
    await expect(gapList).toContainText('Tue 1 Dec 22:00 – Wed 2 Dec 08:00');
    await expect(cell(page, 'Amira Khan', 'Wed')).toContainText('On leave');
    await expect(cell(page, 'Amira Khan', 'Wed')).toContainText('Annual leave');
    await expectNoSeriousA11yViolations(page, 'rota week with gaps');
    await shot(shell, 'rota-week-gap');

    // Dragging Amira's Wednesday onto Bea's row opens the override, filled in (then cancelled).
    await cell(page, 'Amira Khan', 'Wed').locator('[data-chip="shift"]').dragTo(cell(page, 'Bea Lewis', 'Wed'));
    const dragged = page.getByRole('dialog', { name: 'Give a shift to someone else' });
    await expect(dragged.getByRole('combobox', { name: 'Who covers it' })).toHaveValue('Bea Lewis');
    await expect(dragged.getByRole('combobox', { name: 'Instead of' })).toHaveValue('Amira Khan');
    await expect(dragged.getByLabel(/^Starts \(date\)/)).toHaveValue('2026-12-02');
    await dragged.getByRole('button', { name: 'Cancel' }).click();
    await expect(dragged).toBeHidden();

    // By keyboard: Space picks up Amira's Tuesday night, the arrows go to Bea, Enter gives it.
    const amiraTue = cell(page, 'Amira Khan', 'Tue');
    await amiraTue.click();
    await page.getByRole('dialog', { name: /Amira Khan, Tuesday 1 December 2026/ }).getByRole('button', { name: 'Close' }).first().click();
    await expect(amiraTue).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByText(/^Picked up Night on call/)).toBeAttached();
    await page.keyboard.press('ArrowDown');
    await expect(cell(page, 'Bea Lewis', 'Tue')).toBeFocused();
    await page.keyboard.press('Enter');
    const give = page.getByRole('dialog', { name: 'Give a shift to someone else' });
    await expect(give.getByRole('combobox', { name: 'Who covers it' })).toHaveValue('Bea Lewis');
    await expect(give.getByRole('combobox', { name: 'Instead of' })).toHaveValue('Amira Khan');
    await expect(give.getByRole('radio', { name: 'Override' })).toBeChecked();
    // The same override for each of the three nights of her leave.
    await expect(give.getByLabel(/^Ends \(date\)/)).toHaveValue('2026-12-02');
    await give.getByLabel(/^Repeat each day until/).fill('2026-12-03');
    await give.getByRole('textbox', { name: 'Note (optional)' }).fill('Covering Amira’s leave');
    await expectNoSeriousA11yViolations(page, 'override dialog');
    await viewShot(page, 'rota-override-dialog');
    await give.getByRole('button', { name: 'Save override' }).click();
    await expect(give).toBeHidden();
    await expect(page.getByText('3 overrides saved')).toBeVisible();
    await expect(page.getByText('No gaps and no conflicts in this period.')).toBeVisible();
    for (const d of ['Tue', 'Wed', 'Thu']) {
      await expect(gapsRow.getByRole('gridcell').nth(DAYS.indexOf(d))).not.toContainText('Gap');
      await expect(cell(page, 'Bea Lewis', d)).toContainText('Override');
    }
    const overrides = db(shell).prepare("SELECT staff_id, replaces_staff_id, start_local, end_local FROM rota_cover WHERE layer = 'override' ORDER BY start_local").all();
    expect(overrides).toEqual([
      { staff_id: ids.bea, replaces_staff_id: ids.amira, start_local: '2026-12-01T22:00', end_local: '2026-12-02T08:00' },
      { staff_id: ids.bea, replaces_staff_id: ids.amira, start_local: '2026-12-02T22:00', end_local: '2026-12-03T08:00' },
      { staff_id: ids.bea, replaces_staff_id: ids.amira, start_local: '2026-12-03T22:00', end_local: '2026-12-04T08:00' },
    ]);
    await expectNoSeriousA11yViolations(page, 'rota week, gap filled');
    await shot(shell, 'rota-week');

    // Print the week: a PDF that reads back with pdftotext.
    await page.getByRole('button', { name: 'Print and export' }).click();
    await page.getByRole('menuitem', { name: 'Print this week (PDF)' }).click();
    await expect(page.getByText('Saved as rota-2026-11-30-to-2026-12-06.pdf.')).toBeVisible({ timeout: 30_000 });
    const pdf = await lastSaved(page);
    expect(pdf.name).toBe('rota-2026-11-30-to-2026-12-06.pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'waymark-rota-e2e-'));
    try {
      writeFileSync(join(dir, 'week.pdf'), pdf.bytes);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'week.pdf'), '-']).toString();
      expect(text).toContain('Week of Monday 30 November 2026');
      expect(text).toContain('Night on call');
      expect(text).toContain('Bea Lewis');
      expect(text).toContain('Amira Khan');
      expect(text).not.toContain('no female worker reachable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Export the week to iCalendar: parsed by Debian's python3-icalendar (the system Python, not
    // any other on the PATH), times right, ids stable.
    const icsFor = async () => {
      const before = await savedCount(page);
      await page.getByRole('button', { name: 'Print and export' }).click();
      await page.getByRole('menuitem', { name: 'Calendar file for everyone (.ics)' }).click();
      await expect.poll(() => savedCount(page)).toBe(before + 1);
      const file = await lastSaved(page);
      expect(file.name).toBe('rota-2026-11-30-to-2026-12-06.ics');
      return JSON.parse(execFileSync('/usr/bin/python3', [PARSE_ICS], { input: file.bytes }).toString()) as {
        zones: string[];
        events: { uid: string; summary: string; start: string; end: string; startByFileZone: string }[];
      };
    };
    const ics = await icsFor();
    expect(ics.zones).toEqual(['Europe/London']);
    const beaNights = ics.events.filter((e) => e.summary.includes('Bea Lewis')).map((e) => [e.start, e.end]);
    expect(beaNights).toEqual([
      ['2026-12-01T22:00:00Z', '2026-12-02T08:00:00Z'],
      ['2026-12-02T22:00:00Z', '2026-12-03T08:00:00Z'],
      ['2026-12-03T22:00:00Z', '2026-12-04T08:00:00Z'],
    ]);
    for (const e of ics.events) expect(e.startByFileZone).toBe(e.start);
    expect(ics.events.filter((e) => e.summary.includes('Amira Khan'))).toHaveLength(4);
    const again = await icsFor();
    expect(again.events.map((e) => e.uid).sort()).toEqual(ics.events.map((e) => e.uid).sort());

    const exports = (db(shell).prepare("SELECT action FROM audit_log WHERE action LIKE 'rota.export.%' ORDER BY id").all() as { action: string }[]).map((a) => a.action);
    expect(exports).toEqual(['rota.export.pdf', 'rota.export.ics', 'rota.export.ics']);

    // A working-time warning (Ed has no weekly rest): the manager goes ahead, saying why.
    const edWarning = page.getByRole('table', { name: 'Working-time warnings' }).getByRole('row', { name: /Ed Owusu/ });
    await expect(edWarning).toContainText('No weekly rest');
    await edWarning.getByRole('button', { name: 'Go ahead anyway…' }).click();
    const why = page.getByRole('dialog', { name: 'Go ahead despite the warning' });
    await why.getByRole('button', { name: 'Record and go ahead' }).click();
    await expect(why.getByText('Say why it is right to go ahead.')).toBeVisible();
    await why.getByRole('textbox', { name: 'Why it is right to go ahead' }).fill('Agency cover is booked for his rest days from 7 December.');
    await expectNoSeriousA11yViolations(page, 'going ahead despite a warning');
    await why.getByRole('button', { name: 'Record and go ahead' }).click();
    await expect(why).toBeHidden();
    await expect(edWarning).toContainText('Gone ahead');
    await expect(edWarning).toContainText('Agency cover is booked for his rest days');
    expect((db(shell).prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'rota.warning.override'").get() as { n: number }).n).toBeGreaterThan(0);

    // Dark mode: the week and the month.
    await chooseTheme(page, 'Dark');
    await expectNoSeriousA11yViolations(page, 'rota week, dark');
    await shot(shell, 'rota-week-dark');
    await page.getByRole('radiogroup', { name: 'View' }).getByText('Month', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'December 2026' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'rota month, dark');
    expect(shell.foreignRequests).toEqual([]);
    expect(shell.pageErrors).toEqual([]);
  });
});

test.describe('on now and the month view', () => {
  const clock = fixedClock('2026-11-12T21:55:00Z');
  test.use({ shellOptions: { scrypt: TEST_SCRYPT, clock } });

  test('the "On now" panel shows who covers what and changes at the handover without a reload', async ({ shell, shellKind }) => {
    test.skip(shellKind === 'electron', 'sets up the rota through the in-process router and moves the clock');
    test.setTimeout(120_000);
    const { page } = shell;
    clock.set('2026-11-12T21:55:00Z');
    await fullService(shell);
    // The page's clock starts at the server's and is moved by the test, as the server's is.
    await page.clock.install({ time: new Date('2026-11-12T21:55:00Z') });
    await endSetUp(shell);
    await signIn(page, 'nina');
    const onNow = page.getByRole('region', { name: 'On now' });
    await expect(onNow.getByText('Manager on call', { exact: true })).toBeVisible();
    // Thursday 21:55: the evening worker is still on; the waking night starts at 22:00.
    await expect(onNow).toContainText('Office');
    await expect(onNow).toContainText('Evening, until 22:00');
    await chooseTheme(page, 'Light');
    await expect(onNow).toContainText('Next handover 22:00 (in 5 min)');
    await expect(onNow.getByRole('group', { name: 'Next handover' })).toContainText('Coming on:');
    await expect(onNow.getByRole('group', { name: 'Next handover' })).toContainText('Waking night');
    await expect(onNow).toContainText('07700 900101');
    await expectNoSeriousA11yViolations(page, 'home with On now');
    await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
    await shot(shell, 'rota-on-now');

    // 22:00: the handover. The server's clock and the page's move on; the panel asks again by itself.
    clock.set('2026-11-12T22:00:02Z');
    await page.clock.fastForward('05:05');
    await expect(onNow).toContainText('Waking night, until Fri 08:00', { timeout: 15_000 });
    await expect(onNow).not.toContainText('Evening, until 22:00');
    await expect(onNow).toContainText('Next handover Fri 08:00');
    expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
    await chooseTheme(page, 'Dark');
    await expectNoSeriousA11yViolations(page, 'home with On now, dark');
    await shot(shell, 'rota-on-now-dark');
    expect(shell.pageErrors).toEqual([]);
  });

  test('the month view by person and by shift type, with gaps and leave (screenshots)', async ({ shell, shellKind }) => {
    test.skip(shellKind === 'electron', 'sets up the rota through the in-process router');
    test.setTimeout(180_000);
    const { page } = shell;
    clock.set('2026-11-12T10:00:00Z');
    await fullService(shell);
    await endSetUp(shell);
    await signIn(page, 'mona');
    await openRota(page);
    await page.getByRole('radiogroup', { name: 'View' }).getByText('Month', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'November 2026' })).toBeVisible();
    const grid = page.getByRole('grid', { name: 'Rota by person' });
    await expect(grid.getByRole('row')).toHaveCount(12);
    await expect(grid.getByRole('columnheader')).toHaveCount(31);
    // Sophie's leave shows as "Off"; the gap it leaves on Tuesday 10th (Monday is covered by an
    // override) shows in the gaps row and the list.
    await expect(page.getByRole('list', { name: 'Gaps in cover' })).toContainText('Tue 10 Nov 09:00–17:00');
    await expect(page.getByRole('list', { name: 'Gaps in cover' })).toContainText('only 1 of 2');
    await expect(page.getByRole('table', { name: 'Hours per person' })).toContainText('Nina Farouk');
    await expect(page.getByRole('group', { name: 'Fairness' })).toContainText('Hours:');
    await expectNoSeriousA11yViolations(page, 'rota month');
    await shot(shell, 'rota-month');
    await page.getByRole('radiogroup', { name: 'Rows' }).getByText('By shift type', { exact: true }).click();
    await expect(page.getByRole('grid', { name: 'Rota by shift type' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'rota month by shift type');
    await shot(shell, 'rota-month-by-shift-type');
    await chooseTheme(page, 'Dark');
    await page.getByRole('radiogroup', { name: 'Rows' }).getByText('By person', { exact: true }).click();
    await expectNoSeriousA11yViolations(page, 'rota month, dark');
    await shot(shell, 'rota-month-dark');
    // Discreet mode (visitors in the office): initials instead of names, in the grid and the lists.
    await page.getByRole('switch', { name: 'Discreet mode' }).click();
    const discreetGrid = page.getByRole('grid', { name: 'Rota by person' });
    await expect(discreetGrid.getByRole('rowheader', { name: /^N\.F\./ })).toBeVisible();
    await expect(discreetGrid).not.toContainText('Nina Farouk');
    await expect(page.getByRole('list', { name: 'Conflicts' })).toContainText('S.T. is rostered');
    await expect(page.getByRole('list', { name: 'Conflicts' })).not.toContainText('Sophie Turner');
    await expect(page.getByRole('table', { name: 'Hours per person' })).not.toContainText('Nina Farouk');
    await page.getByRole('switch', { name: 'Discreet mode' }).click();
    await expect(discreetGrid).toContainText('Nina Farouk');
    // The week by shift type.
    await page.getByRole('radiogroup', { name: 'View' }).getByText('Week', { exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Rows' }).getByText('By shift type', { exact: true }).click();
    await expectNoSeriousA11yViolations(page, 'rota week by shift type, dark');
    await shot(shell, 'rota-week-by-shift-type-dark');
    expect(shell.pageErrors).toEqual([]);
  });
});

test.describe('staff and shifts, and a swap', () => {
  const clock = fixedClock('2026-11-16T10:00:00Z');
  test.use({ shellOptions: { scrypt: TEST_SCRYPT, clock } });

  test('a manager sets up the directory, a shift type and a requirement; a night worker asks for a swap, the colleague accepts, the manager approves', async ({ shell, shellKind }) => {
    test.skip(shellKind === 'electron', 'sets up accounts through the in-process router');
    test.setTimeout(240_000);
    const { page } = shell;
    clock.set('2026-11-16T10:00:00Z');
    await setUp(shell);
    for (const [username, displayName, role] of [
      ['mo', 'Mo Manager', 'manager'],
      ['nina', 'Nina Farouk', 'night_worker'],
      ['olu', 'Olu Adebayo', 'night_worker'],
    ] as const) {
      const u = await ok(shell.router, 'users.add', { username, displayName, role, temporaryPassword: PASSWORD });
      setMustChangePassword(db(shell), u.id, false);
    }
    await endSetUp(shell);

    // The manager adds the two night workers (from their accounts), the shift type and the requirement.
    await signIn(page, 'mo');
    await openRota(page, 'Staff and shifts');
    await expect(page.getByText(/Nobody yet/)).toBeVisible();
    for (const [name, sex, phone] of [
      ['Nina Farouk', 'Female', '07700 900107'],
      ['Olu Adebayo', 'Male', '07700 900108'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a person' }).click();
      const add = page.getByRole('dialog', { name: 'Add a person' });
      await choose(page, add, 'Their Waymark account (optional)', name);
      await expect(add.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(name);
      await expect(add.getByRole('combobox', { name: 'Role' })).toHaveValue('Night worker');
      await add.getByRole('radio', { name: sex, exact: true }).check();
      await add.getByRole('textbox', { name: 'Contracted hours a week' }).fill('36');
      await add.getByRole('textbox', { name: 'Contact number' }).fill(phone);
      if (name === 'Nina Farouk') await expectNoSeriousA11yViolations(page, 'add a person');
      await add.getByRole('button', { name: 'Add person' }).click();
      await expect(add).toBeHidden();
      await dismissNotices(page);
    }
    const directory = page.getByRole('table', { name: 'Staff directory' });
    await expect(directory.getByRole('row')).toHaveCount(3);
    await expect(directory).toContainText('07700 900108');

    await page.getByRole('button', { name: 'Add a shift type' }).click();
    const typeDialog = page.getByRole('dialog', { name: 'Add a shift type' });
    await choose(page, typeDialog, 'Kind', 'Waking night');
    await expect(typeDialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Waking night');
    await expect(typeDialog.getByLabel(/^Usually starts/)).toHaveValue('22:00');
    await expect(typeDialog.getByRole('checkbox', { name: 'Phone' })).toBeChecked();
    await typeDialog.getByRole('button', { name: 'Add shift type' }).click();
    await expect(typeDialog).toBeHidden();
    await dismissNotices(page);

    await page.getByRole('button', { name: 'Add a requirement' }).click();
    const reqDialog = page.getByRole('dialog', { name: 'Add a requirement' });
    await reqDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('A female worker reachable at night');
    await reqDialog.getByLabel(/^From/).fill('22:00');
    await reqDialog.getByLabel(/^To/).fill('08:00');
    await reqDialog.getByRole('radiogroup').getByText('Female', { exact: true }).click();
    await expectNoSeriousA11yViolations(page, 'add a requirement');
    await reqDialog.getByRole('button', { name: 'Add requirement' }).click();
    await expect(reqDialog).toBeHidden();
    await expect(page.getByRole('table', { name: 'Coverage requirements' })).toContainText('At least 1 female person on any shift');
    await expectNoSeriousA11yViolations(page, 'staff and shifts');
    await shot(shell, 'rota-setup');

    // Waking nights in turn, a night each, from today (not what is under test).
    const staff = await ok<{ id: number; name: string }[]>(shell.router, 'rota.staff.list', {});
    const types = await ok<{ id: number }[]>(shell.router, 'rota.shiftTypes.list', {});
    const idOf = (n: string) => staff.find((x) => x.name === n)!.id;
    await ok(shell.router, 'rota.rotations.add', { name: 'Waking nights', shiftTypeId: types[0]!.id, startDate: '2026-11-16', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [idOf('Nina Farouk'), idOf('Olu Adebayo')] });
    await signOut(page, 'Mo Manager');

    // Nina asks Olu to take her Wednesday night.
    await signIn(page, 'nina');
    await openRota(page);
    await expect(cell(page, 'Nina Farouk', 'Wed')).toContainText('Waking night');
    await cell(page, 'Nina Farouk', 'Wed').click();
    const day = page.getByRole('dialog', { name: 'Nina Farouk, Wednesday 18 November 2026' });
    await expectNoSeriousA11yViolations(page, 'a day’s options');
    await day.getByRole('button', { name: 'Ask for a swap' }).click();
    const ask = page.getByRole('dialog', { name: 'Ask for a swap' });
    await choose(page, ask, 'Colleague to take it', 'Olu Adebayo');
    await ask.getByRole('textbox', { name: 'Note (optional)' }).fill('Hospital appointment on Thursday morning.');
    await ask.getByRole('button', { name: 'Ask' }).click();
    await expect(ask).toBeHidden();
    await dismissNotices(page);
    await page.getByRole('tab', { name: 'Swaps', exact: true }).click();
    const swaps = page.getByRole('table', { name: 'Swaps' });
    await expect(swaps).toContainText('Waiting for the colleague');
    await expect(swaps.getByRole('button', { name: 'Accept' })).toHaveCount(0);
    await expect(swaps.getByRole('button', { name: 'Cancel swap' })).toBeVisible();
    await signOut(page, 'Nina Farouk');

    // Olu accepts.
    await signIn(page, 'olu');
    await openRota(page, 'Swaps');
    await swaps.getByRole('button', { name: 'Accept' }).click();
    await expect(swaps).toContainText('Waiting for a manager');
    await dismissNotices(page);
    await expect(swaps.getByRole('button', { name: 'Approve' })).toHaveCount(0);
    await signOut(page, 'Olu Adebayo');

    // The manager approves; Olu is on Wednesday night and the rota shows what it does to cover.
    await signIn(page, 'mo');
    await openRota(page, 'Swaps');
    await expectNoSeriousA11yViolations(page, 'swaps');
    await shot(shell, 'rota-swaps');
    await swaps.getByRole('button', { name: 'Approve' }).click();
    await expect(swaps).toContainText('Approved');
    await dismissNotices(page);
    await page.getByRole('tab', { name: 'Rota', exact: true }).click();
    await expect(cell(page, 'Olu Adebayo', 'Wed')).toContainText('Swap');
    await expect(cell(page, 'Nina Farouk', 'Wed')).not.toContainText('Waking night');
    const gapsRow = page.getByRole('grid').getByRole('row', { name: /^Gaps in cover/ });
    await expect(gapsRow.getByRole('gridcell').nth(DAYS.indexOf('Wed'))).toContainText('no female worker reachable');
    expect(db(shell).prepare('SELECT state FROM rota_swaps').all()).toEqual([{ state: 'approved' }]);
    expect(shell.pageErrors).toEqual([]);
  });
});
