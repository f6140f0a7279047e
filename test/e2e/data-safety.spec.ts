import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fixedClock } from '../../src/shared/clock';
import type { Router } from '../../src/main/ipc/router';
import { seedDemo } from '../../src/main/seed/seed-demo';
import { waitForFirstScreen } from '../devshell/first-screen';
import { expectNoSeriousA11yViolations } from './a11y';
import { chooseTheme, field, homeHeading, openSection, signIn } from './accounts-steps';
import { expect, test } from './fixtures';

/*
 * Data safety (issue 10), through the built renderer against the real router, services and
 * encrypted database. An administrator chooses a backup folder, backs up (progress, then
 * success), checks the backup, restores it (everyone is signed out and signs in to the restored
 * records) and sees the last backup's age on the home screen. A manager previews what the
 * retention schedule says is due in the demo database, approves the deletion and sees the counts;
 * the audit log keeps counts only. Axe and screenshots (light and dark) of both screens.
 */

const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
test.use({ shellOptions: { scrypt: SCRYPT, clock: fixedClock('2026-11-20T10:00:00Z') } });
test.describe.configure({ timeout: 180_000 });

const PASSWORD = 'lantern-orchard-pebble-seven';

async function ok<T = unknown>(router: Router, channel: string, input: unknown = {}): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function setUp(router: Router): Promise<void> {
  await ok(router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: PASSWORD, passwordAgain: PASSWORD });
}

async function signInThroughScreen(page: Page, username: string): Promise<void> {
  await waitForFirstScreen(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
  await signIn(page, username, PASSWORD);
  await expect(homeHeading(page)).toBeVisible();
}

/** Scrolls to the top (the full-page screenshot then shows the header where it belongs); optionally drops the focus. */
async function toTop(page: Page, blur = true): Promise<void> {
  await page.evaluate((b) => {
    if (b) (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  }, blur);
}

/** Records, in the page, whether a progress bar with this name ever appeared (however briefly). */
async function watchForProgress(page: Page, name: RegExp): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __progressSeen: string[] };
    w.__progressSeen = [];
    const seen = () => {
      for (const el of document.querySelectorAll('[role="progressbar"]')) {
        const label = el.getAttribute('aria-labelledby');
        w.__progressSeen.push((label && document.getElementById(label)?.textContent) || el.getAttribute('aria-label') || '');
      }
    };
    new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
  });
  return async () => (await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen)).filter((l) => name.test(l));
}

test('an administrator chooses a backup folder, backs up, checks and restores the backup, and sees its age on the home screen', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up through the in-process router');
  const { page, router } = shell;
  const folder = mkdtempSync(join(tmpdir(), 'waymark-e2e-backups-'));
  try {
    await setUp(router);
    await ok(router, 'session.signOut');
    await page.reload();
    await signInThroughScreen(page, 'admin');
    const panel = page.getByRole('region', { name: 'Backups' });
    await expect(panel).toContainText('There has never been a good backup of this database.');

    await openSection(page, 'Backups');
    // The dev shell has no system folder dialog: the path is typed.
    await expect(page.getByRole('button', { name: 'Choose folder…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Back up now' })).toBeDisabled();
    await field(page, 'Backup folder').fill('not/a/full/path');
    await page.getByRole('button', { name: 'Save backup settings' }).click();
    await expect(page.getByText('Give the full path of the folder, e.g. E:\\Waymark backups.')).toBeVisible();
    await field(page, 'Backup folder').fill(folder);
    await page.getByRole('button', { name: 'Save backup settings' }).click();
    await expect(page.getByText(`Backups go to ${folder}.`)).toBeVisible();

    const progress = await watchForProgress(page, /^Backing up/);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText('Backup made and checked')).toBeVisible();
    expect((await progress()).length).toBeGreaterThan(0);
    const sets = page.getByRole('table', { name: 'Backup sets' });
    await expect(sets.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Last good backup: less than an hour ago');

    // Checked again on demand: reopened with the key, both integrity checks, row counts.
    await sets.getByRole('button', { name: /^Check the backup of 20 Nov 2026/ }).click();
    await expect(page.getByText(/is whole: \d+ records in \d+ tables\./)).toBeVisible();
    await toTop(page);
    await expectNoSeriousA11yViolations(page, 'backups');
    await chooseTheme(page, 'Light');
    await toTop(page);
    await shell.screenshot('backups-light');
    await chooseTheme(page, 'Dark');
    await expectNoSeriousA11yViolations(page, 'backups, dark');
    await toTop(page);
    await shell.screenshot('backups-dark');
    await chooseTheme(page, 'Light');

    // Something added after the backup, so the restore can be seen to take the records back.
    await ok(router, 'users.add', { username: 'late.starter', displayName: 'Late Starter', role: 'support_worker', temporaryPassword: 'quilt-heron-saffron-ferry' });

    await sets.getByRole('button', { name: /^Restore the backup of 20 Nov 2026/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' });
    await expect(dialog).toContainText('This replaces everything in Waymark');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'restore dialog');
    await shell.screenshot('backups-restore-dialog');
    await dialog.getByLabel('Your password').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();

    // Verified, swapped and reopened: everyone is signed out and signs in to the restored records.
    await signInThroughScreen(page, 'admin');
    await expect(page.getByRole('region', { name: 'Backups' })).toContainText('Last good backup:');
    await expect(page.getByRole('region', { name: 'Backups' })).toContainText('less than an hour ago');
    await shell.screenshot('home-after-restore');
    await openSection(page, 'Users');
    await expect(page.getByRole('main')).toContainText('Ada Admin');
    await expect(page.getByRole('main')).not.toContainText('Late Starter');

    // An administrator's Retention screen: the schedule as a form, and nothing due in a new database.
    await openSection(page, 'Retention');
    await expect(page.getByText('Nothing is due for deletion.')).toBeVisible();
    const closed = page.getByRole('textbox', { name: 'Closed cases' });
    await expect(closed).toHaveValue('6');
    await closed.fill('0');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(closed).toHaveAttribute('aria-invalid', 'true');
    await expect(closed).toBeFocused();
    await expect(page.getByText('At least 1 year.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'retention, administrator');
    await toTop(page);
    await shell.screenshot('retention-admin-error');
    await closed.fill('7');
    await page.getByRole('button', { name: 'Save schedule' }).click();
    await expect(page.getByText('Retention schedule saved')).toBeVisible();
    await expect(closed).toHaveValue('7');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a manager previews what is due for deletion in the demo database, approves it, and the audit log keeps only counts', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'seeds the demo through the in-process workspace');
  const { page, router } = shell;
  await setUp(router);
  const clock = shell.ws.deps.clock as ReturnType<typeof fixedClock>;
  await seedDemo(shell.ws, { scale: 'small', seed: 7, clock, staffPassword: PASSWORD });
  await ok(router, 'session.signOut');
  await page.reload();
  await signInThroughScreen(page, 'mona.manager');

  await openSection(page, 'Retention');
  // A manager reads the schedule; only an administrator changes it.
  await expect(page.getByRole('list', { name: 'Retention schedule' })).toContainText('Closed cases are deleted 6 years after the last contact.');
  await expect(page.getByRole('button', { name: 'Save schedule' })).toHaveCount(0);
  const due = page.getByRole('table', { name: 'Cases due for deletion' });
  await expect(due).toBeVisible();
  // Fifty at a time: show the rest.
  const more = page.getByRole('button', { name: /^Show \d+ more$/ });
  while ((await more.count()) > 0) await more.click();
  await expect(due.getByRole('row', { name: /Restricted case Unsuccessful referral/ })).toHaveCount(1);
  // References only, never names.
  await expect(due).not.toContainText(/[a-z]{3,} [A-Z][a-z]+/);
  const counts = page.getByRole('group', { name: 'Due for deletion' });
  const unsuccessful = Number((await counts.getByText('unsuccessful referrals').locator('xpath=preceding-sibling::*[1]').textContent())?.replace(/,/g, ''));
  expect(unsuccessful).toBeGreaterThanOrEqual(2);
  // The demo's four community cases that ended seven to nine years ago (their exits recorded).
  const closed = Number((await counts.getByText('closed cases', { exact: true }).locator('xpath=preceding-sibling::*[1]').textContent())?.replace(/,/g, ''));
  expect(closed).toBe(4);
  const firstReference = (await due.getByRole('row').nth(1).getByRole('cell').first().textContent())!;
  expect(firstReference).toMatch(/^C-\d{6}$/);

  await toTop(page);
  await expectNoSeriousA11yViolations(page, 'retention preview');
  await chooseTheme(page, 'Light');
  await toTop(page);
  await shell.screenshot('retention-preview-light');
  await chooseTheme(page, 'Dark');
  await expectNoSeriousA11yViolations(page, 'retention preview, dark');
  await toTop(page);
  await shell.screenshot('retention-preview-dark');
  await chooseTheme(page, 'Light');

  // Keyboard alone: the button, then the dialog (Cancel has the focus first).
  await page.getByRole('button', { name: 'Approve and delete…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete these records for good?' });
  await expect(dialog).toContainText(`${closed} closed cases, ${unsuccessful} unsuccessful referrals`);
  await expect(dialog).toContainText('Deletion cannot be undone.');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'retention confirmation');
  await toTop(page, false);
  await shell.screenshot('retention-confirm');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Delete permanently' })).toBeFocused();
  await page.keyboard.press('Enter');

  const result = page.getByRole('status', { name: 'Deleted' });
  await expect(result).toBeFocused();
  await expect(result).toContainText(new RegExp(`^Deleted${closed + unsuccessful} households \\(\\d+ records\\) and 0 audit log entries were deleted\\.`));
  await expect(result.getByRole('table', { name: 'Records deleted, by kind' })).toContainText('Referrals');
  await expect(result).toContainText('The database file was compacted');
  await expect(page.getByText('Nothing is due for deletion.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cases due for deletion' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'retention result');
  await toTop(page);
  await shell.screenshot('retention-result');

  // The deleted households are gone from the database, not just from the list.
  const db = shell.ws.unlocked!.open.db;
  expect(db.prepare('SELECT count(*) FROM households WHERE reference = ?').pluck().get(firstReference)).toBe(0);

  // The audit entry: counts, never a reference.
  await openSection(page, 'Audit log');
  const entry = page.getByRole('table', { name: 'Audit log entries' }).getByRole('row', { name: /Ran the retention purge/ });
  await expect(entry).toHaveCount(1);
  const detail = (await entry.getByRole('cell').last().textContent())!;
  expect(JSON.parse(detail)).toMatchObject({ households: closed + unsuccessful, unsuccessfulReferrals: unsuccessful, closedCases: closed, auditEntries: 0 });
  expect(detail).not.toMatch(/C-\d{6}/);
});
