import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixedClock } from '../../src/shared/clock';
import { getReferral } from '../../src/main/db/repos/cases/referrals.repo';
import { setMustChangePassword } from '../../src/main/db/repos/users.repo';
import type { Router } from '../../src/main/ipc/router';
import { waitForFirstScreen } from '../devshell/first-screen';
import { expect, test } from './fixtures';

/*
 * The night-time allocation board end to end (issue 5), through the built renderer against the
 * real router, services and encrypted database, at 3 a.m. London time. A manager chooses a
 * mother with a 14-year-old son: the women-only refuge room that takes boys up to 12 says why
 * it does not suit; a dispersed flat is held and the arrival confirmed; placing another
 * household there for overlapping nights is refused with a message; a new referral is turned
 * away for capacity. Axe on the board, and screenshots in light and dark.
 *
 * The estate and the households are set up through the router (the intake and register screens
 * have their own specs); everything about the board goes through the screen.
 */

const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
const clock = fixedClock('2026-11-21T03:00:00Z');
test.use({ shellOptions: { scrypt: SCRYPT, clock } });
// Long journeys with axe at each step, on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

const TONIGHT = '2026-11-21';
const MANAGER = { username: 'mo.manager', displayName: 'Mo Manager', password: 'lantern-orchard-pebble-seven' };

/**
 * axe (WCAG 2.0/2.1 A and AA): no serious or critical violation on the allocation screen and its
 * dialogs (the app shell's navigation has its own spec).
 */
async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  await page.waitForTimeout(250);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('main').include('[role="dialog"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `axe on ${screen}`).toEqual([]);
}

async function ok<T = { id: number }>(router: Router, channel: string, input: unknown): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const unit = (code: string, o: Record<string, unknown>) => ({
  id: null,
  code,
  name: '',
  address: `${code} Example Street`,
  type: 'dispersed',
  singleSex: 'none',
  bedrooms: 2,
  maxOccupants: 4,
  maxChildren: 3,
  oldestBoy: null,
  wheelchair: false,
  stepFree: false,
  floor: 0,
  pets: false,
  locality: 'Quayside',
  postcodeDistrict: 'HB2',
  notes: '',
  openedOn: '2024-01-01',
  closedOn: null,
  ...o,
});

async function household(router: Router, name: string, opts: { children?: unknown[]; accept?: boolean } = {}) {
  const r = await ok<{ referralId: number; householdId: number }>(router, 'referrals.create', {
    receivedAt: '2026-11-20T21:00:00Z',
    source: 'police',
    name,
    children: opts.children ?? [],
    requests: ['refuge'],
    urgency: 'emergency',
  });
  await ok(router, 'cases.updateAdult', { householdId: r.householdId, profile: { name, sex: 'female' } });
  if (opts.accept !== false) await ok(router, 'referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
  return r;
}

/** The estate and tonight's households, set up as the administrator; then the manager signs in. */
async function setUpNight(shell: { router: Router; ws: { unlocked: { open: { db: import('../../src/main/db/connection').Sqlite } } | null } }) {
  const { router } = shell;
  await ok(router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: MANAGER.password, passwordAgain: MANAGER.password });
  const m = await ok(router, 'users.add', { username: MANAGER.username, displayName: MANAGER.displayName, role: 'manager', temporaryPassword: MANAGER.password });
  setMustChangePassword(shell.ws.unlocked!.open.db, m.id, false);
  const units: Record<string, number> = {};
  const estate: [string, Record<string, unknown>][] = [
    ['R01', { name: 'Harbour House, room 1', type: 'refuge', singleSex: 'women_only', bedrooms: 1, maxOccupants: 3, maxChildren: 2, oldestBoy: 12, locality: 'Northgate', postcodeDistrict: 'HB3' }],
    ['R02', { name: 'Harbour House, room 2', type: 'refuge', singleSex: 'women_only', bedrooms: 2, maxOccupants: 4, maxChildren: 3, oldestBoy: 14, locality: 'Northgate', postcodeDistrict: 'HB3', floor: 1 }],
    ['R03', { name: 'Harbour House, room 3', type: 'refuge', singleSex: 'women_only', bedrooms: 1, maxOccupants: 2, maxChildren: 1, oldestBoy: 12, locality: 'Northgate', postcodeDistrict: 'HB3', floor: 1 }],
    ['S01', { name: 'Westcliff safe place', type: 'safe_place', singleSex: 'women_only', bedrooms: 1, maxOccupants: 1, maxChildren: 0, locality: 'Westcliff', postcodeDistrict: 'HB5' }],
    ['D01', { bedrooms: 3, maxOccupants: 5, maxChildren: 4, stepFree: true, pets: true }],
    ['D02', { bedrooms: 2, maxOccupants: 4, maxChildren: 3, floor: 2, locality: 'Mill End', postcodeDistrict: 'HB7' }],
  ];
  for (const [code, o] of estate) units[code] = (await ok(router, 'units.save', unit(code, o))).id;
  // Residents already in, a planned departure, and a room being cleaned.
  const dee = await household(router, 'Dee Resident', { children: [{ nameOrInitials: 'Lily', dateOfBirth: '2018-03-02', sex: 'female' }] });
  await ok(router, 'allocation.arrive', { unitId: units.R02, householdId: dee.householdId, startDate: '2026-11-16', expectedEndDate: '2026-12-04' });
  const fay = await household(router, 'Fay Resident');
  await ok(router, 'allocation.arrive', { unitId: units.R03, householdId: fay.householdId, startDate: '2026-11-14' });
  const gail = await household(router, 'Gail Resident', { children: [{ nameOrInitials: 'Tom', dateOfBirth: '2015-01-09', sex: 'male' }] });
  await ok(router, 'allocation.arrive', { unitId: units.D02, householdId: gail.householdId, startDate: '2026-11-15' });
  await ok(router, 'allocation.outOfService', { unitId: units.S01, reason: 'cleaning', startDate: TONIGHT, endDate: '2026-11-24', note: 'Turnaround' });
  // Tonight's households: a mother and her 14-year-old son; a woman alone; a new referral on the phone.
  const amira = await household(router, 'Amira Haddad', { children: [{ nameOrInitials: 'Sami', dateOfBirth: '2012-05-01', sex: 'male' }] });
  const bea = await household(router, 'Bea Second');
  const cara = await household(router, 'Cara Phone', { accept: false });
  await ok(router, 'session.signOut', {});
  return { units, amira, bea, cara };
}

async function signInAsManager(page: Page) {
  await waitForFirstScreen(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username' }).fill(MANAGER.username);
  await page.getByRole('textbox', { name: 'Password' }).fill(MANAGER.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ })).toBeVisible();
}

async function openBoard(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Allocation/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation' })).toBeVisible();
  await expect(page.getByText(/^Free tonight: \d+ of \d+$/)).toBeVisible();
}

async function chooseHousehold(page: Page, name: string) {
  const select = page.getByRole('combobox', { name: 'Household needing a unit' });
  await select.click();
  await select.fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await expect(page.getByText(/units suit them|No unit suits them/)).toBeVisible();
}

const unitButton = (page: Page, code: string) => page.locator('button[data-unit-button]', { hasText: code });

async function chooseTheme(page: Page, scheme: 'Light' | 'Dark') {
  await page.getByRole('radiogroup', { name: 'Theme' }).first().getByText(scheme, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme.toLowerCase());
}

test('a manager at 3 a.m.: sees why a refuge room does not suit, holds a flat, confirms the arrival, cannot double-book it, and records a turn-away', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up the estate through the in-process router');
  const { page } = shell;
  const night = await setUpNight(shell);
  await page.reload();
  await signInAsManager(page);
  await openBoard(page);
  await expect(page.getByText('Free tonight: 2 of 6')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'allocation board');

  // The mother with a 14-year-old son: the refuge room that takes boys up to 12 says why not,
  // on keyboard focus as well as hover.
  await chooseHousehold(page, 'Amira Haddad');
  const r01 = unitButton(page, 'R01');
  await expect(r01).toContainText('Not suitable');
  // By keyboard: Up and Down move between units (D01, D02, R01… in code order).
  await unitButton(page, 'D02').focus();
  await page.keyboard.press('ArrowDown');
  await expect(r01).toBeFocused();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText('R01 does not suit Amira Haddad');
  await expect(tip).toContainText('A boy aged 14 is older than this unit accepts (12)');
  await expect(r01).toHaveAccessibleDescription(/A boy aged 14 is older than this unit accepts \(12\)/);
  await expect(unitButton(page, 'D01')).toContainText('Suitable');
  await expectNoSeriousA11yViolations(page, 'allocation board with a household chosen');

  // Hold the dispersed flat (keyboard: Enter on its row opens the unit).
  await unitButton(page, 'D01').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: /^D01/ });
  await expect(panel).toContainText('Suits Amira Haddad');
  await expectNoSeriousA11yViolations(page, 'unit panel');
  await shell.screenshot('allocation-unit-panel');
  await panel.getByRole('button', { name: /^Hold for/ }).click();
  const hold = page.getByRole('dialog', { name: 'Hold D01' });
  await expect(hold.getByLabel('First night')).toHaveValue(TONIGHT);
  await expectNoSeriousA11yViolations(page, 'hold dialog');
  await hold.getByRole('button', { name: 'Hold unit' }).click();
  await expect(hold).toBeHidden();
  await expect(page.getByText('D01 is held.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Held for Amira Haddad' })).toBeVisible();
  await expect(page.getByText('Free tonight: 1 of 6')).toBeVisible();

  // Confirm the arrival from the hold.
  await unitButton(page, 'D01').click();
  await page.getByRole('dialog', { name: /^D01/ }).getByRole('button', { name: 'Confirm arrival' }).click();
  const arrive = page.getByRole('dialog', { name: 'Confirm arrival in D01' });
  await arrive.getByLabel('Expected to leave (optional)').fill('2027-02-20');
  await arrive.getByRole('button', { name: 'Confirm arrival' }).click();
  await expect(arrive).toBeHidden();
  await expect(page.getByText('Arrival in D01 recorded.')).toBeVisible();
  await expect(page.locator('.wm-bar[data-kind="stay"]', { hasText: 'Amira Haddad' })).toBeVisible();
  await shell.screenshot('allocation-board-after-arrival');
  const db = shell.ws.unlocked!.open.db;
  expect(db.prepare("SELECT status FROM unit_holds WHERE unit_id = ?").all(night.units.D01)).toEqual([{ status: 'converted' }]);
  expect(getReferral(db, night.amira.referralId)!.waiting_end_reason).toBe('arrived');

  // Another household in the same flat for overlapping nights: refused, with the reason.
  await chooseHousehold(page, 'Bea Second');
  await expect(unitButton(page, 'D01')).toContainText('Not free');
  await unitButton(page, 'D01').click();
  await page.getByRole('dialog', { name: /^D01/ }).getByRole('button', { name: /^Hold for/ }).click();
  const again = page.getByRole('dialog', { name: 'Hold D01' });
  await again.getByLabel('First night').fill('2026-12-01');
  await again.getByRole('button', { name: 'Hold unit' }).click();
  await expect(again.getByRole('alert')).toContainText('D01 is not free for those nights: occupied (no end date). Nothing was changed.');
  await again.getByRole('button', { name: 'Cancel' }).click();
  expect(db.prepare("SELECT count(*) AS n FROM unit_holds WHERE status = 'active'").get()).toEqual({ n: 0 });

  // The new referral on the phone: the manager records a turn-away for capacity.
  await chooseHousehold(page, 'Cara Phone');
  await page.getByRole('button', { name: 'No suitable unit: record turn-away' }).click();
  const turnAway = page.getByRole('dialog', { name: 'No suitable unit: record a turn-away' });
  await turnAway.getByRole('radio', { name: /No capacity/ }).check();
  await turnAway.getByRole('checkbox', { name: 'Refuge' }).check();
  await expectNoSeriousA11yViolations(page, 'turn-away dialog');
  await turnAway.getByRole('button', { name: 'Record turn-away' }).click();
  await expect(turnAway).toBeHidden();
  await expect(page.getByText('The turn-away is recorded')).toBeVisible();
  const cara = getReferral(db, night.cara.referralId)!;
  expect([cara.status, cara.not_supported_reason]).toEqual(['not_supported', 'capacity']);
  expect(JSON.parse(cara.unit_types_full)).toContain('refuge');

  // Every action is in the audit log, by the manager.
  const actions = (db.prepare("SELECT action FROM audit_log WHERE username = ? AND action LIKE 'allocation.%' ORDER BY id").all(MANAGER.username) as { action: string }[]).map((r) => r.action);
  expect(actions).toEqual(expect.arrayContaining(['allocation.match', 'allocation.hold', 'allocation.arrive', 'allocation.turn-away']));
  expect(shell.foreignRequests).toEqual([]);
  expect(shell.pageErrors).toEqual([]);
});

test('the board in light and dark, with a household chosen (screenshots)', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up the estate through the in-process router');
  const { page } = shell;
  await setUpNight(shell);
  await page.reload();
  await signInAsManager(page);
  await openBoard(page);
  await chooseHousehold(page, 'Amira Haddad');
  await chooseTheme(page, 'Light');
  await page.mouse.move(0, 0);
  await shell.screenshot('allocation-board-light');
  await chooseTheme(page, 'Dark');
  await expectNoSeriousA11yViolations(page, 'allocation board, dark');
  await shell.screenshot('allocation-board-dark');
  await unitButton(page, 'D02').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('tooltip')).toBeVisible();
  await shell.screenshot('allocation-board-reasons-dark');

  await page.getByRole('tab', { name: 'Vacancies' }).click();
  await expect(page.getByRole('table', { name: /Vacancies for the night of 21 Nov 2026/ })).toBeVisible();
  await expect(page.getByRole('table')).not.toContainText('Example Street');
  await expectNoSeriousA11yViolations(page, 'vacancies, dark');
  await shell.screenshot('allocation-vacancies-dark');
  await page.getByRole('tab', { name: 'Units' }).click();
  await expect(page.getByRole('table', { name: 'Units' })).toContainText('R01 Example Street');
  await chooseTheme(page, 'Light');
  await expectNoSeriousA11yViolations(page, 'units register');
  await shell.screenshot('allocation-units-light');
  expect(shell.pageErrors).toEqual([]);
});
