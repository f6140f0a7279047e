import type { Page } from '@playwright/test';
import { setMustChangePassword } from '../../src/main/db/repos/users.repo';
import type { Router } from '../../src/main/ipc/router';
import { DEFAULT_CHECKLIST } from '../../src/shared/cases/dash-checklist';
import { addDays, londonDate } from '../../src/shared/time/london';
import { TEST_SCRYPT } from '../helpers/temp-workspace';
import { expectNoSeriousA11yViolations } from './a11y';
import { andWaitForReload, chooseTheme } from './accounts-steps';
import { expect, test } from './fixtures';

/*
 * Hand-overs between screens and sessions, through the built renderer against the real router:
 * the intake draft survives Ctrl+L pressed straight after typing; the case record's MARAC
 * referrals (a repeat prompted by an incident) and reassessment history; loading a checklist
 * wording in Settings; ending a stay on the board hands over to the case's exit form.
 * Screenshots of each in light and dark.
 */

test.use({ shellOptions: { scrypt: TEST_SCRYPT } });
test.describe.configure({ timeout: 240_000 });

const PASSWORD = 'lantern-orchard-pebble-seven';
const today = londonDate(new Date());

async function ok<T = { id: number }>(router: Router, channel: string, input: unknown): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

type Shell = { router: Router; ws: { unlocked: { open: { db: import('../../src/main/db/connection').Sqlite } } | null } };

async function setUp(shell: Shell): Promise<void> {
  await ok(shell.router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: PASSWORD, passwordAgain: PASSWORD });
  for (const [username, displayName, role] of [
    ['nell', 'Nell Night', 'night_worker'],
    ['mona', 'Mona Manager', 'manager'],
  ] as const) {
    const u = await ok(shell.router, 'users.add', { username, displayName, role, temporaryPassword: PASSWORD });
    setMustChangePassword(shell.ws.unlocked!.open.db, u.id, false);
  }
}

async function signIn(page: Page, username: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /^(Sign in to Waymark|Waymark is locked)$/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ })).toBeVisible();
}

async function section(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name }).click();
}

async function both(page: Page, shell: { screenshot(n: string): Promise<string> }, name: string, what: string): Promise<void> {
  for (const scheme of ['Light', 'Dark'] as const) {
    await chooseTheme(page, scheme);
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page, `${what}, ${scheme.toLowerCase()}`, { include: 'main' });
    await shell.screenshot(`${name}-${scheme.toLowerCase()}`);
  }
}

test('what a night worker typed just before Ctrl+L is in the restored draft', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up users through the in-process router');
  const { page } = shell;
  await setUp(shell);
  await ok(shell.router, 'session.signOut', {});
  await page.reload();
  await signIn(page, 'nell');
  await section(page, /^Referrals & cases/);
  await page.getByRole('button', { name: 'New referral' }).first().click();
  const intake = page.getByRole('form', { name: 'New referral' });
  await intake.getByLabel('Safe times').fill('Evenings only');
  await expect(page.getByText('Draft kept.')).toBeVisible();
  // Then the name, and the lock at once: no pause for the usual one-second save.
  await intake.getByRole('textbox', { name: /^Name/ }).fill('Typed right before the lock');
  await andWaitForReload(page, () => page.keyboard.press('Control+l'));

  await signIn(page, 'nell');
  await section(page, /^Referrals & cases/);
  await page.getByRole('button', { name: 'New referral' }).first().click();
  await expect(page.getByText('Draft restored')).toBeVisible();
  await expect(page.getByRole('form', { name: 'New referral' }).getByRole('textbox', { name: /^Name/ })).toHaveValue('Typed right before the lock');
  await expect(page.getByRole('form', { name: 'New referral' }).getByLabel('Safe times')).toHaveValue('Evenings only');
  expect(shell.pageErrors).toEqual([]);
});

test('a repeat MARAC is prompted by an incident and recorded as a new referral; reassessment history reads oldest first (screenshots)', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up the case through the in-process router');
  const { page, router } = shell;
  await setUp(shell);
  const r = await ok<{ referralId: number; householdId: number }>(router, 'referrals.create', { receivedAt: new Date(Date.now() - 90 * 86_400_000).toISOString(), source: 'police', name: 'Amira Haddad' });
  const answers = (yes: number) => Object.fromEntries(Array.from({ length: 24 }, (_, i) => [String(i + 1), i < yes ? 'yes' : 'no']));
  await ok(router, 'risk.assess', { referralId: r.referralId, answers: answers(10) });
  await ok(router, 'risk.assess', { referralId: r.referralId, answers: answers(15) });
  await ok(router, 'risk.saveMarac', { householdId: r.householdId, referredOn: addDays(today, -60), meetingOn: addDays(today, -50), actions: 'Police marker on the address' });
  await ok(router, 'risk.addIncident', { householdId: r.householdId, occurredOn: addDays(today, -3), notes: 'Waited outside the school' });
  await ok(router, 'session.signOut', {});
  await page.reload();
  await signIn(page, 'mona');
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Find a case' }).fill('Amira');
  await page.getByRole('button', { name: /^Amira Haddad — C-/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Case record: Amira Haddad' })).toBeVisible();
  await expect(page.getByLabel('Alerts')).toContainText('MARAC referral due: repeat incident within 12 months of the last MARAC referral');
  await page.getByRole('tab', { name: 'Assessment' }).click();
  const history = page.getByRole('table', { name: 'Assessment history' });
  await expect(history.getByRole('row').nth(1)).not.toContainText('was');
  await expect(history.getByRole('row').nth(2)).toContainText('was Medium');
  await expect(page.getByRole('group', { name: 'A new MARAC referral' })).toBeVisible();
  await both(page, shell, 'cases-marac-repeat', 'MARAC referrals, repeat due');

  const form = page.getByRole('group', { name: 'A new MARAC referral' });
  await form.getByLabel('MARAC actions').fill('Repeat referral after the school incident');
  await form.getByRole('button', { name: 'Save MARAC referral' }).click();
  const table = page.getByRole('table', { name: 'MARAC referrals' });
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Police marker on the address');
  await expect(table).toContainText('Repeat referral after the school incident');
  await expect(page.getByText('A MARAC referral is due')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Record a new MARAC referral' })).toBeVisible();
  await both(page, shell, 'cases-marac-recorded', 'MARAC referrals, recorded');
  expect(shell.pageErrors).toEqual([]);
});

test('an administrator loads a checklist wording in Settings, and a bad file is explained beside the box (screenshots)', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up through the in-process router');
  const { page } = shell;
  await setUp(shell);
  await ok(shell.router, 'session.signOut', {});
  await page.reload();
  await signIn(page, 'admin');
  await section(page, /^Settings/);
  const box = page.getByRole('textbox', { name: 'Checklist definition' });
  await box.fill(JSON.stringify({ ...DEFAULT_CHECKLIST, id: 'harbour-licensed', highRiskThreshold: 12 }));
  await page.getByRole('button', { name: 'Load this checklist' }).click();
  await expect(page.getByText(/must stay at 14 “yes” answers/)).toBeVisible();
  await box.scrollIntoViewIfNeeded();
  await both(page, shell, 'settings-checklist-refused', 'settings, checklist refused');

  const licensed = { ...DEFAULT_CHECKLIST, id: 'harbour-licensed', title: 'Harbour Lights risk checklist (licensed wording)' };
  await box.fill(JSON.stringify(licensed, null, 2));
  await page.getByRole('button', { name: 'Load this checklist' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'In use' })).toContainText('Harbour Lights risk checklist (licensed wording) (loaded, id harbour-licensed)');
  await both(page, shell, 'settings-checklist-loaded', 'settings, checklist loaded');
  expect(shell.pageErrors).toEqual([]);
});

test('ending a stay on the board hands over to the case’s exit form (screenshots)', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up the estate through the in-process router');
  const { page, router } = shell;
  await setUp(shell);
  for (const [code, name] of [
    ['D01', 'Dee Resident'],
    ['D02', 'Fay Resident'],
  ] as const) {
    const unit = await ok(router, 'units.save', {
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
    });
    const h = await ok<{ householdId: number }>(router, 'referrals.create', { receivedAt: new Date(Date.now() - 20 * 86_400_000).toISOString(), source: 'police', name, requests: ['refuge'] });
    await ok(router, 'cases.updateAdult', { householdId: h.householdId, profile: { name, sex: 'female' } });
    await ok(router, 'allocation.arrive', { unitId: unit.id, householdId: h.householdId, startDate: addDays(today, -5) });
  }
  await ok(router, 'session.signOut', {});
  await page.reload();
  await signIn(page, 'mona');

  for (const [scheme, code, name] of [
    ['Light', 'D02', 'Fay Resident'],
    ['Dark', 'D01', 'Dee Resident'],
  ] as const) {
    await section(page, /^Allocation/);
    await expect(page.getByText(/^Free tonight: \d+ of \d+$/)).toBeVisible();
    await chooseTheme(page, scheme);
    await page.locator('button[data-unit-button]', { hasText: code }).click();
    await page.getByRole('dialog', { name: new RegExp(`^${code}`) }).getByRole('button', { name: 'End stay' }).click();
    const end = page.getByRole('dialog', { name: 'End the stay' });
    await end.getByLabel('Reason').fill('Moved to her sister’s');
    await end.getByRole('button', { name: 'End stay' }).click();
    const ended = page.getByRole('dialog', { name: 'The stay has ended' });
    await expect(ended).toContainText(`Now record the exit for ${name}`);
    await page.waitForTimeout(300);
    const results = await expectNoSeriousA11yViolations(page, `stay ended, ${scheme.toLowerCase()}`, { include: '[role="dialog"]' });
    expect(results).toBeDefined();
    await shell.screenshot(`allocation-stay-ended-${scheme.toLowerCase()}`);
    await ended.getByRole('button', { name: 'Record the exit on the case' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Case record: ${name}` })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Exit' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('form', { name: 'Record the exit' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `exit form, ${scheme.toLowerCase()}`, { include: 'main' });
    await shell.screenshot(`cases-exit-after-stay-${scheme.toLowerCase()}`);
  }
  expect(shell.pageErrors).toEqual([]);
});
