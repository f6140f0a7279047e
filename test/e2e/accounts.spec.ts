import { fixedClock } from '../../src/shared/clock';
import { waitForFirstScreen } from '../devshell/first-screen';
import { ADMIN, addUser, andWaitForReload, chooseTheme, confirmSheet, field, fillSetup, homeHeading, lockWithKeyboard, openSection, ORG, setUpToHome, signIn, signOut, WORKER } from './accounts-steps';
import { TEST_SCRYPT } from '../helpers/temp-workspace';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

/*
 * Staff accounts end to end (issue 3), through the built renderer against the real router,
 * services and encrypted database: first-run set-up and the recovery sheet, signing in, locking
 * by Ctrl+L, a support worker's first sign-in and what they cannot open, a deactivated account,
 * and axe on every screen in light and dark. Every step goes through the screens, as a person
 * would, so the same spec can run against the packaged app.
 *
 * Key derivation uses cheap scrypt parameters: these tests are about the screens, not the cost.
 */

test.use({ shellOptions: { scrypt: TEST_SCRYPT } });
// Each test starts Chromium and runs several axe passes; on a shared, busy build machine a
// minute is not always enough. The assertions themselves keep their own short timeouts.
test.describe.configure({ timeout: 180_000 });

test('first run: set-up, the recovery sheet shown once, then home', async ({ shell }) => {
  const { page } = shell;
  await waitForFirstScreen(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Waymark' })).toBeVisible();
  await expect(page.getByText('12–128 characters, not a common password', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'set-up');
  await shell.screenshot('accounts-setup');

  // Nothing filled in: the shared schema's messages appear beside the fields.
  await page.getByRole('button', { name: 'Create and continue' }).click();
  await expect(page.getByText('Enter the organisation’s name.')).toBeVisible();
  await expect(field(page, 'Password')).toHaveAttribute('aria-invalid', 'true');
  // Focus goes to the first field in error.
  await expect(field(page, 'Organisation name')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'set-up with errors');
  await shell.screenshot('accounts-setup-errors');

  await fillSetup(page);
  const groups = page.getByRole('group', { name: 'Recovery key' }).locator('span');
  await expect(groups).toHaveCount(8);
  for (const g of await groups.allTextContents()) expect(g).toMatch(/^[0-9A-Z]{4}$/);
  await expect(page.getByText('Keep this sheet in the office safe. Anyone with it and this computer can open every record.')).toBeVisible();
  await expect(page.getByText(ORG)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'recovery sheet');
  await shell.screenshot('accounts-recovery-sheet');

  // Printed, only the sheet appears: no buttons, no checkbox.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Waymark recovery key' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await shell.screenshot('accounts-recovery-sheet-print');
  await page.emulateMedia({ media: 'screen' });

  // Continue needs the confirmation.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText(/Tick this once the key is printed/)).toBeVisible();
  await confirmSheet(page);

  await expect(page.getByTestId('org-name')).toHaveText(ORG);
  await expect(page.getByTestId('signed-in-name')).toHaveText(ADMIN.displayName);
  await expect(page.getByTestId('signed-in-role')).toHaveText('Administrator');
  await expect(homeHeading(page)).toContainText('Amira');
  await expect(page.getByRole('heading', { level: 2, name: 'Today' })).toBeVisible();

  // "Skip to content" (the first element on the page) appears when focused and takes keyboard
  // users to the screen's heading.
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).not.toBeInViewport();
  await skip.focus();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(homeHeading(page)).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'home');
  await shell.screenshot('accounts-home');
  expect(shell.pageErrors).toEqual([]);
});

test('Ctrl+L locks; the lock screen shows nothing about anyone; signing in again returns home', async ({ shell }) => {
  const { page } = shell;
  await setUpToHome(page);

  await lockWithKeyboard(page);
  const text = await page.locator('body').innerText();
  for (const secret of [ADMIN.displayName, 'Amira', ADMIN.username, ORG, 'Harbour']) expect(text).not.toContain(secret);
  await expect(field(page, 'Username')).toHaveValue('');
  await expectNoSeriousA11yViolations(page, 'lock screen');
  await shell.screenshot('accounts-lock-screen');
  expect(shell.calls.some((c) => c.channel === 'session.lock' && c.ok)).toBe(true);

  // A wrong password first: the message does not say which of the two was wrong.
  await signIn(page, ADMIN.username, 'not-the-right-password');
  await expect(page.getByRole('alert')).toContainText('username and password do not match');
  await expect(field(page, 'Password')).toHaveValue('');
  await expect(field(page, 'Password')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'sign-in error');
  await shell.screenshot('accounts-signin-error');

  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(homeHeading(page)).toBeVisible();
  await expect(page.getByTestId('signed-in-name')).toHaveText(ADMIN.displayName);

  // The Lock button does the same.
  await andWaitForReload(page, () => page.getByRole('button', { name: 'Lock (Ctrl+L)' }).click());
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark is locked' })).toBeVisible();
  expect(shell.pageErrors).toEqual([]);
});

test('the screen locks when the computer locks, and after the idle time', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'drives the workspace directly');
  const { page } = shell;
  await setUpToHome(page);
  await shell.simulateOsLock();
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark is locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(ADMIN.displayName);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(homeHeading(page)).toBeVisible();
});

test.describe('idle lock with a test clock', () => {
  const clock = fixedClock('2026-11-20T14:00:00Z');
  test.use({ shellOptions: { scrypt: TEST_SCRYPT, clock } });

  test('after the idle time the app locks itself and shows the lock screen', async ({ shell, shellKind }) => {
    test.skip(shellKind === 'electron', 'uses the dev shell’s clock');
    const { page } = shell;
    await setUpToHome(page);
    clock.advance(9 * 60_000);
    await shell.tickIdle();
    await expect(homeHeading(page)).toBeVisible();
    clock.advance(2 * 60_000);
    await shell.tickIdle();
    await expect(page.getByRole('heading', { level: 1, name: 'Waymark is locked' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('Amira');
  });
});

test('a support worker with a temporary password must change it, and cannot open user management', async ({ shell, shellKind }) => {
  const { page } = shell;
  await setUpToHome(page);
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Amira Khan/ })).toContainText('Administrator');
  await expectNoSeriousA11yViolations(page, 'users');
  await shell.screenshot('accounts-users');

  await page.getByRole('main').getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a user' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'add-user dialog');
  await shell.screenshot('accounts-add-user');
  await page.getByRole('dialog', { name: 'Add a user' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a user' })).toBeHidden();

  const temporary = await addUser(page, WORKER, /^Support worker/);
  await shell.screenshot('accounts-users-added');
  await signOut(page, ADMIN.displayName);

  await signIn(page, WORKER.username, temporary);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your own password' })).toBeVisible();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'forced password change');
  await shell.screenshot('accounts-forced-change');

  const callsBefore = shell.calls.length;
  await field(page, 'Temporary password').fill(temporary);
  await field(page, 'New password').fill(WORKER.password);
  await field(page, 'New password again').fill(WORKER.password);
  await page.getByRole('button', { name: 'Save password and continue' }).click();
  await expect(homeHeading(page)).toContainText('Bea');
  await expect(page.getByTestId('signed-in-role')).toHaveText('Support worker');

  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('button', { name: /^Home/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /^Users/ })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: /^Audit log/ })).toHaveCount(0);

  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: "You don't have access to this" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'no access');
  await shell.screenshot('accounts-no-access');
  if (shellKind === 'devshell') {
    // The screen was never mounted, so the channel was never asked.
    expect(shell.calls.slice(callsBefore).filter((c) => c.channel === 'users.list' || c.channel === 'audit.list')).toEqual([]);
  }
  expect(shell.pageErrors).toEqual([]);
});

test('a deactivated user cannot sign in, and is told exactly what a wrong password is told', async ({ shell }) => {
  const { page } = shell;
  await setUpToHome(page);
  await openSection(page, 'Users');
  const temporary = await addUser(page, { username: 'cara.m', displayName: 'Cara Mensah' }, /^Night worker/);

  await page.getByRole('button', { name: 'Actions for Cara Mensah' }).click();
  await page.getByRole('menuitem', { name: 'Deactivate…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Deactivate this account?' });
  await expect(confirm).toContainText('will never be able to sign in again');
  await expectNoSeriousA11yViolations(page, 'deactivate confirmation');
  await shell.screenshot('accounts-deactivate-confirm');
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row', { name: /Cara Mensah/ })).toContainText('Deactivated');

  // The last administrator cannot be demoted: the reason is shown in the dialog.
  await page.getByRole('button', { name: 'Actions for Amira Khan' }).click();
  await page.getByRole('menuitem', { name: 'Change role…' }).click();
  const roleDialog = page.getByRole('dialog', { name: 'Change role' });
  await roleDialog.getByRole('radio', { name: /^Manager/ }).check();
  await roleDialog.getByRole('button', { name: 'Save role' }).click();
  await expect(roleDialog.getByRole('alert')).toContainText('last active administrator');
  await shell.screenshot('accounts-last-admin');
  await roleDialog.getByRole('button', { name: 'Cancel' }).click();

  await signOut(page, ADMIN.displayName);
  await signIn(page, 'cara.m', temporary);
  const deactivatedMessage = (await page.getByRole('alert').textContent()) ?? '';
  await signIn(page, ADMIN.username, 'definitely-not-her-password');
  await expect(page.getByRole('alert')).toHaveText(deactivatedMessage);
  await signIn(page, 'no.such.person', 'any-password-at-all');
  await expect(page.getByRole('alert')).toHaveText(deactivatedMessage);
  expect(deactivatedMessage).toMatch(/username and password do not match/i);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
});

for (const scheme of ['Light', 'Dark'] as const) {
  test(`every accounts screen passes axe in ${scheme.toLowerCase()} mode`, async ({ shell }) => {
    // A dozen axe runs and screenshots: the longest test in the file.
    test.setTimeout(240_000);
    const { page } = shell;
    await setUpToHome(page);
    await lockWithKeyboard(page);

    const suffix = scheme.toLowerCase();
    await chooseTheme(page, scheme);
    await expectNoSeriousA11yViolations(page, `sign-in (${suffix})`);
    await shell.screenshot(`accounts-signin-${suffix}`);

    await page.getByRole('button', { name: 'Forgotten password? Use the recovery key' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Use the recovery key' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `recovery (${suffix})`);
    await shell.screenshot(`accounts-recover-${suffix}`);
    await page.getByRole('button', { name: 'Back to sign in' }).click();

    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(homeHeading(page)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', suffix);
    await expectNoSeriousA11yViolations(page, `home (${suffix})`);
    await shell.screenshot(`accounts-home-${suffix}`);

    await openSection(page, 'Users');
    await expectNoSeriousA11yViolations(page, `users (${suffix})`);
    await shell.screenshot(`accounts-users-${suffix}`);

    await openSection(page, 'Audit log');
    await expect(page.getByRole('table', { name: 'Audit log entries' })).toBeVisible();
    await page.getByRole('button', { name: 'Check integrity' }).click();
    await expect(page.getByText('The audit log is intact')).toBeVisible();
    await expectNoSeriousA11yViolations(page, `audit log (${suffix})`);
    await shell.screenshot(`accounts-audit-${suffix}`);

    await openSection(page, 'Settings');
    await expectNoSeriousA11yViolations(page, `settings (${suffix})`);
    await shell.screenshot(`accounts-settings-${suffix}`);

    // Help over the short home screen, so the screenshot shows the whole panel.
    await page.keyboard.press('Alt+1');
    await expect(homeHeading(page)).toBeVisible();
    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Help' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Lock Waymark now');
    await expectNoSeriousA11yViolations(page, `help panel (${suffix})`);
    await shell.screenshot(`accounts-help-${suffix}`);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Discreet mode, seen once: initials everywhere, the header included.
    if (scheme === 'Light') {
      // Controlled by the server's answer, so click and wait rather than check().
      const discreet = page.getByRole('switch', { name: 'Discreet mode' }).first();
      await discreet.click();
      await expect(discreet).toBeChecked();
      await openSection(page, 'Users');
      await expect(page.getByTestId('signed-in-name')).toHaveText('A.K.');
      await expect(page.locator('body')).not.toContainText('Amira');
      await shell.screenshot('accounts-users-discreet');
      await discreet.click();
      await expect(discreet).not.toBeChecked();
    }

    await lockWithKeyboard(page);
    expect(shell.pageErrors).toEqual([]);
  });
}

test('the audit log filters by action, and clearing the filters shows everything again', async ({ shell }) => {
  const { page } = shell;
  await setUpToHome(page);
  // Enough lock / sign-in cycles to make history worth filtering.
  for (let i = 0; i < 3; i++) {
    await lockWithKeyboard(page);
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(homeHeading(page)).toBeVisible();
  }
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Audit log entries' }).locator('tbody tr');
  await expect(rows.first()).toContainText('Signed in');

  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Locked' }).click();
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(rows).toHaveCount(3);
  for (const t of await rows.allInnerTexts()) expect(t).toContain('Locked');
  await shell.screenshot('accounts-audit-filtered');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows.first()).toContainText('Signed in');
  expect(shell.pageErrors).toEqual([]);
});
