import type { Page } from '@playwright/test';
import { setMustChangePassword } from '../../src/main/db/repos/users.repo';
import type { Router } from '../../src/main/ipc/router';
import { waitForFirstScreen } from '../devshell/first-screen';
import { TEST_SCRYPT } from '../helpers/temp-workspace';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

/*
 * The waiting list (issue 4/5): a manager takes a household that found somewhere else off the
 * list, by keyboard, with the reason required; the household leaves the list and the audit log
 * says who did it. Screenshots of the dialog in light and dark.
 */

test.use({ shellOptions: { scrypt: TEST_SCRYPT } });
test.describe.configure({ timeout: 180_000 });

const PASSWORD = 'lantern-orchard-pebble-seven';

async function ok<T = { id: number }>(router: Router, channel: string, input: unknown): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function waiting(router: Router, name: string): Promise<{ referralId: number; householdId: number }> {
  const r = await ok<{ referralId: number; householdId: number }>(router, 'referrals.create', { receivedAt: new Date(Date.now() - 86_400_000).toISOString(), source: 'police', name, requests: ['refuge'] });
  await ok(router, 'referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
  return r;
}

async function chooseTheme(page: Page, scheme: 'Light' | 'Dark') {
  await page.getByRole('radiogroup', { name: 'Theme' }).first().getByText(scheme, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme.toLowerCase());
}

test('a manager takes a household that found somewhere else off the waiting list, by keyboard, with a reason', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up users and referrals through the in-process router');
  const { page, router } = shell;
  await ok(router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: PASSWORD, passwordAgain: PASSWORD });
  const u = await ok(router, 'users.add', { username: 'maya', displayName: 'Maya Manager', role: 'manager', temporaryPassword: PASSWORD });
  setMustChangePassword((shell.ws as { unlocked: { open: { db: import('../../src/main/db/connection').Sqlite } } }).unlocked.open.db, u.id, false);
  await waiting(router, 'Wren Waite');
  await waiting(router, 'Stella Stays');
  await ok(router, 'session.signOut', {});
  await page.reload();

  await waitForFirstScreen(page);
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill('maya');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ })).toBeVisible();
  await chooseTheme(page, 'Light');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Referrals & cases/ }).click();
  await page.getByText('Waiting list', { exact: true }).click();
  const list = page.getByRole('table', { name: 'Waiting list' });
  await expect(list).toContainText('Wren Waite');
  await expect(list).toContainText('Stella Stays');

  const wrenRow = list.getByRole('row').filter({ hasText: 'Wren Waite' });
  const takeOff = wrenRow.getByRole('button', { name: /^Take off list: / });
  const reference = ((await takeOff.getAttribute('aria-label')) ?? '').replace(/^Take off list: /, '');
  await takeOff.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Take ${reference} off the waiting list` });
  await expect(dialog).toBeVisible();
  // Without a reason: a message beside the field, and nothing changes.
  await dialog.getByRole('button', { name: 'Take off the list' }).click();
  await expect(dialog.getByText('Choose why they are leaving the list.')).toBeVisible();
  await shell.screenshot('waiting-list-leave-light');
  // Escape closes it, and nothing was written; the same in dark.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(list).toContainText('Wren Waite');
  await chooseTheme(page, 'Dark');
  await takeOff.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'waiting list: take off the list, dark');
  await shell.screenshot('waiting-list-leave-dark');

  await dialog.getByRole('combobox', { name: /Why are they leaving the list/ }).click();
  await page.getByRole('option', { name: 'Found safe accommodation elsewhere' }).click();
  await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill('Staying with her sister in another county.');
  await dialog.getByRole('button', { name: 'Take off the list' }).click();
  await expect(dialog).toBeHidden();
  await expect(list).not.toContainText('Wren Waite');
  await expect(list).toContainText('Stella Stays');
  await shell.screenshot('waiting-list-after-leave-dark');

  const db = (shell.ws as { unlocked: { open: { db: import('../../src/main/db/connection').Sqlite } } }).unlocked.open.db;
  expect(db.prepare("SELECT username, detail FROM audit_log WHERE action = 'waiting-list.end'").all()).toEqual([{ username: 'maya', detail: 'found_elsewhere' }]);
});
