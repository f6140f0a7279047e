import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { fixedClock } from '../../src/shared/clock';
import type { Router } from '../../src/main/ipc/router';
import { waitForFirstScreen } from '../devshell/first-screen';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

/*
 * Support and exit end to end (issue 7), through the built renderer against the real router,
 * services and encrypted database. A household arrived in a dispersed flat on 2 March 2026; eight
 * weeks later their worker records the plan and its entry scores, logs a contact for each week,
 * records a planned move-on (which ends the stay), and saves the discharge letter as a PDF.
 * pdftotext reads the PDF back: the person's name, the dates of support and the "get back in
 * touch" wording are in it, the flat's address is not. Axe on every support screen; screenshots
 * of the plan, the contacts and the letter preview.
 *
 * The household, the unit and the arrival are set up through the router (intake and allocation
 * have their own specs). The support screens are reached through their own section, "Support &
 * exits", until the case record mounts the same panels as tabs.
 */

const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
const clock = fixedClock('2026-03-02T10:00:00Z');
test.use({ shellOptions: { scrypt: SCRYPT, clock } });

const ADMIN = { username: 'ada.admin', displayName: 'Ada Admin', password: 'lantern-orchard-pebble-seven' };
const FLAT_ADDRESS = 'Flat 3, 41 Ropewalk Gardens, Harbourtown HB7 2QT';
const WEEKS = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06', '2026-04-13', '2026-04-20'];

async function ok<T = { id: number }>(router: Router, channel: string, input: unknown): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

/** The office, a dispersed flat and a household that arrived today (2 March); then sign out. */
async function setUpHousehold(router: Router) {
  await ok(router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: ADMIN.username, adminDisplayName: ADMIN.displayName, password: ADMIN.password, passwordAgain: ADMIN.password });
  await ok(router, 'settings.update', { orgAddress: 'PO Box 100, Harbourtown HB1 1AA', orgPhone: '01632 960000' });
  const unit = await ok(router, 'units.save', {
    id: null, code: 'D07', name: 'Ropewalk flat', address: FLAT_ADDRESS, type: 'dispersed', singleSex: 'none', bedrooms: 2, maxOccupants: 4, maxChildren: 3,
    oldestBoy: null, wheelchair: false, stepFree: false, floor: 1, pets: false, locality: 'Mill End', postcodeDistrict: 'HB7', notes: '', openedOn: '2024-01-01', closedOn: null,
  });
  const h = await ok<{ referralId: number; householdId: number; reference: string }>(router, 'referrals.create', {
    receivedAt: '2026-02-27T20:00:00Z', source: 'police', name: 'Amira Haddad', requests: ['refuge'], urgency: 'emergency',
  });
  await ok(router, 'cases.updateAdult', { householdId: h.householdId, profile: { name: 'Amira Haddad', sex: 'female' } });
  await ok(router, 'referrals.decide', { referralId: h.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
  await ok(router, 'allocation.arrive', { unitId: unit.id, householdId: h.householdId, startDate: '2026-03-02' });
  await ok(router, 'session.signOut', {});
  return h;
}

async function signIn(page: Page) {
  await waitForFirstScreen(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username' }).fill(ADMIN.username);
  await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ })).toBeVisible();
}

/** Opens Support & exits from the navigation. */
async function openSupport(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Support & exits/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Support & exits' })).toBeVisible();
}

/** Picks an option of a Mantine Select by its label. */
async function choose(scope: Page | Locator, page: Page, label: string, option: string | RegExp) {
  // A required field's label ends with Mantine's asterisk.
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
  await scope.getByLabel(name).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/** Dismisses notices, scrolls to the top and moves focus away, so a screenshot shows the screen itself. */
async function settle(page: Page) {
  // Notices wait in a queue, so dismissing some can reveal more.
  const dismiss = page.getByRole('button', { name: 'Dismiss notice' });
  await expect(async () => {
    for (const b of await dismiss.all()) await b.click({ timeout: 1000 }).catch(() => undefined);
    await expect(dismiss).toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });
}

async function chooseTheme(page: Page, scheme: 'Light' | 'Dark') {
  await page.getByRole('radiogroup', { name: 'Theme' }).first().getByText(scheme, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme.toLowerCase());
}

test('a worker records weeks of support, a planned move-on, and prints the discharge letter', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up the household through the in-process router');
  test.setTimeout(180_000);
  const { page, router } = shell;
  const h = await setUpHousehold(router);
  await signIn(page);

  // The administrator sets the out-of-hours number that discharge letters give.
  await openSupport(page);
  await page.getByRole('tab', { name: 'Letter templates' }).click();
  const settings = page.getByRole('form', { name: 'Letter settings' });
  await settings.getByRole('textbox', { name: 'Out-of-hours number ({{outOfHoursNumber}})' }).fill('01632 960001');
  await settings.getByRole('button', { name: 'Save letter settings' }).click();
  await expect(page.getByText('Letter settings saved')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'letter templates');

  // Eight weeks on: 27 April.
  clock.set('2026-04-27T09:30:00Z');
  await page.getByRole('tab', { name: 'Find a case' }).click();
  await page.getByRole('textbox', { name: 'Name, case reference or date of birth' }).fill('Amira');
  await page.getByRole('button', { name: 'Find' }).click();
  await page.getByRole('button', { name: `Open ${h.reference}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Haddad' })).toBeVisible();

  // The plan: three areas of need with goals, the safety plan, the review date; entry scores.
  const plan = page.getByRole('form', { name: 'Support and safety plan' });
  for (const [area, goal] of [
    ['Better manage mental health', 'Register with a GP; weekly counselling'],
    ['Settled accommodation', 'Bid for social housing; tenancy-ready course'],
    ['Minimise harm or risk of harm from others', 'Non-molestation order; safety plan for school run'],
  ] as const) {
    await plan.getByRole('checkbox', { name: `Need: ${area}` }).check();
    await plan.getByRole('textbox', { name: `Goals: ${area}` }).fill(goal);
  }
  await plan.getByRole('textbox', { name: 'Safety plan' }).fill('Code word with the office. Route to school avoids the high street.');
  await plan.getByLabel('Plan agreed on').fill('2026-03-03');
  await plan.getByLabel('Next review').fill('2026-05-05');
  await plan.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Plan saved')).toBeVisible();
  await plan.getByRole('button', { name: 'Record scores…' }).click();
  const scores = page.getByRole('dialog', { name: 'Record outcome scores' });
  await scores.getByLabel('Date').fill('2026-03-03');
  await choose(scores, page, 'Better manage mental health', /^2 – /);
  await choose(scores, page, 'Settled accommodation', /^1 – /);
  await choose(scores, page, 'Minimise harm or risk of harm from others', /^2 – /);
  await scores.getByRole('button', { name: 'Record scores' }).click();
  await expect(scores).toBeHidden();
  await expect(page.getByRole('table', { name: 'Outcome scores over time' }).getByText('At entry')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'support plan');
  await settle(page);
  await shell.screenshot('support-plan');

  // A contact every week for eight weeks; one by a volunteer.
  await page.getByRole('tab', { name: 'Contacts' }).click();
  const form = page.getByRole('form', { name: 'Log a contact' });
  for (const [i, day] of WEEKS.entries()) {
    await form.getByLabel('Date').fill(day);
    await form.getByRole('textbox', { name: 'Minutes' }).fill(i === 3 ? '30' : '60');
    // The worker is the person signed in unless changed; week 4 was a volunteer's session.
    if (i === 3) {
      await choose(form, page, 'Worker', 'A volunteer (unpaid time)');
      await form.getByRole('textbox', { name: 'Volunteer’s name' }).fill('Vera (volunteer)');
      await choose(form, page, 'Type of support', 'Children’s support');
    } else {
      if (i === 4) await choose(form, page, 'Worker', ADMIN.displayName);
      await choose(form, page, 'Type of support', i % 2 ? 'Housing-related support' : 'Advocacy');
    }
    await form.getByRole('textbox', { name: 'Notes' }).fill(`Week ${i + 1} key-work session`);
    await form.getByRole('button', { name: 'Log contact' }).click();
    await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('row')).toHaveCount(i + 2);
  }
  await expect(page.getByText('Paid (staff)').locator('..')).toContainText('7 h');
  await expect(page.getByText('Unpaid (volunteers)').locator('..')).toContainText('30 min');
  await expectNoSeriousA11yViolations(page, 'contacts log');
  await settle(page);
  await shell.screenshot('support-contacts');

  // Session feedback totals over three sessions: the trend as a chart and a table, in dark mode too.
  await page.getByRole('tab', { name: 'Feedback' }).click();
  const feedback = page.getByRole('form', { name: 'Record session feedback' });
  for (const [day, outcome, session] of [['2026-03-09', '14.5', '31'], ['2026-03-30', '21', '35.5'], ['2026-04-20', '27.2', '37']] as const) {
    await feedback.getByLabel('Session date').fill(day);
    await feedback.getByRole('textbox', { name: 'Outcome rating total' }).fill(outcome);
    await feedback.getByRole('textbox', { name: 'Session rating total' }).fill(session);
    await feedback.getByRole('button', { name: 'Record feedback' }).click();
    await expect(page.getByRole('table', { name: 'Session feedback totals' }).getByRole('cell', { name: outcome, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /Outcome rating total went from 14.5 to 27.2 over 3 sessions/ })).toBeVisible();
  await chooseTheme(page, 'Dark');
  await expectNoSeriousA11yViolations(page, 'feedback (dark)');
  await settle(page);
  await shell.screenshot('support-feedback-dark');
  await chooseTheme(page, 'Light');

  // A planned move-on today: ends the stay, follow-up due in three months.
  await page.getByRole('tab', { name: 'Exit' }).click();
  const exit = page.getByRole('form', { name: 'Record the exit' });
  await expect(exit.getByText(/They are staying in D07/)).toBeVisible();
  await exit.getByLabel('Exit date').fill('2026-04-27');
  await choose(exit, page, 'Why support ended', 'Moved on in a planned way');
  await choose(exit, page, 'Where they went', 'Social housing');
  await choose(exit, page, 'Achieving independence', 'Yes');
  await choose(exit, page, 'Settled accommodation', /^4 – /);
  await choose(exit, page, 'Better manage mental health', /^3 – /);
  await exit.getByRole('button', { name: 'Record exit…' }).click();
  await page.getByRole('dialog', { name: 'Record the exit?' }).getByRole('button', { name: 'Record exit' }).click();
  await expect(page.getByRole('heading', { name: 'Planned exit on 27 April 2026' })).toBeVisible();
  await expect(page.getByText(/Follow-up booked: 27 Jul 2026/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'exit');

  // The discharge letter: preview, then save as PDF.
  await page.getByRole('tab', { name: 'Letters' }).click();
  const letter = page.getByRole('article', { name: 'Discharge letter preview' });
  await expect(letter).toContainText('Dear Amira Haddad,');
  await expect(letter).toContainText('from 2 March 2026 to 27 April 2026');
  await expect(letter).not.toContainText('Ropewalk');
  await expectNoSeriousA11yViolations(page, 'letter preview');
  await settle(page);
  await shell.screenshot('support-letter-preview');
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  const link = page.getByTestId('letter-pdf-link');
  await expect(link).toHaveText(`discharge-${h.reference.split('/')[0]}.pdf`);
  const href = (await link.getAttribute('href'))!;
  expect(href.startsWith('data:application/pdf;base64,')).toBe(true);

  const dir = mkdtempSync(join(tmpdir(), 'waymark-letter-'));
  try {
    const file = join(dir, 'discharge.pdf');
    writeFileSync(file, Buffer.from(href.slice(href.indexOf(',') + 1), 'base64'));
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Amira Haddad');
    expect(text).toContain('from 2 March 2026 to 27 April 2026');
    expect(text).toMatch(/get back in touch/i);
    expect(text).toContain('01632 960001');
    expect(text).not.toContain('Ropewalk');
    expect(text).not.toContain(FLAT_ADDRESS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The stay ended on the board, the print was audited, and nothing went wrong in the page.
  const db = shell.ws.unlocked!.open.db;
  expect(db.prepare("SELECT end_date FROM unit_stays WHERE household_id = ? AND status = 'active'").get(h.householdId)).toEqual({ end_date: '2026-04-27' });
  const actions = (db.prepare('SELECT action FROM audit_log').all() as { action: string }[]).map((r) => r.action);
  expect(actions).toEqual(expect.arrayContaining(['support.exit', 'allocation.end-stay', 'letter.preview', 'letter.save-pdf']));
  expect(shell.foreignRequests).toEqual([]);
  expect(shell.pageErrors).toEqual([]);
});
