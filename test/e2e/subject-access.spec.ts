import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { setMustChangePassword } from '../../src/main/db/repos/users.repo';
import { SCREENSHOT_DIR, type DevShell } from '../devshell/harness';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';
import { captureSaves, chooseTheme, db as dbOf, dismissNotices, endSetUp, lastSaved, ok, PASSWORD, setUp as createOffice, signIn, signOut, TEST_SCRYPT, type Shell } from './rota-helpers';

/*
 * Data-subject rights on the case record (issue 10), through the built renderer against the real
 * router, services and encrypted database. A manager exports everything held about a woman with
 * two episodes (the PDF reads back with pdftotext and names her; the JSON holds both referrals;
 * the export is audited with counts), corrects her surname with a reason and sees it in the
 * history, then erases her on request: the case can no longer be found and the audit keeps only
 * counts and the reason. A support worker sees no data-rights actions. Screenshots in light and
 * dark: artifacts/screenshots/subject-access-*.png.
 */

test.use({ shellOptions: { scrypt: TEST_SCRYPT } });
test.describe.configure({ timeout: 300_000 });

async function user(shell: Shell, username: string, displayName: string, role: string): Promise<void> {
  const u = await ok(shell.router, 'users.add', { username, displayName, role, temporaryPassword: PASSWORD });
  setMustChangePassword(dbOf(shell), u.id, false);
}

/** An office with a manager, a support worker, a woman referred twice (with a child) and someone else. */
async function setUp(shell: Shell): Promise<{ householdId: number; reference: string }> {
  const { router } = shell;
  await createOffice(shell);
  await user(shell, 'mona', 'Mona Manager', 'manager');
  await user(shell, 'sam', 'Sam Support', 'support_worker');
  const first = await ok<{ householdId: number; reference: string }>(router, 'referrals.create', {
    receivedAt: new Date(Date.now() - 400 * 86_400_000).toISOString(),
    source: 'police',
    name: 'Amira Hadad',
    children: [{ nameOrInitials: 'Zoë', ageYears: 6 }],
    notes: 'First episode: fled to her sister’s.',
  });
  await ok(router, 'referrals.create', {
    receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
    source: 'self',
    name: 'Amira Hadad',
    linkHouseholdId: first.householdId,
    notes: 'Second episode: he found the new address.',
  });
  await ok(router, 'referrals.create', { receivedAt: new Date().toISOString(), source: 'housing', name: 'Olga Other' });
  await endSetUp(shell);
  // The referral's reference names the episode (C-000001/1); the case's is the household's.
  return { householdId: first.householdId, reference: first.reference.split('/')[0]! };
}

/** The whole tab, from the top of the page. */
async function wholePage(shell: DevShell, name: string): Promise<void> {
  await shell.page.evaluate(() => window.scrollTo(0, 0));
  await shell.screenshot(name);
}

/** A dialog as the manager sees it: the window, not the page under the overlay. */
async function windowShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

async function openCase(page: Page, search: string, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Referrals & cases/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals & cases' })).toBeVisible();
  await page.getByLabel('Search').fill(search);
  // One row per episode: both open the same case record.
  await page.getByRole('table', { name: 'Cases' }).getByRole('button', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: `Case record: ${name}` })).toBeVisible();
}

test('a manager exports everything held about a person, corrects a detail with a reason, and erases her on request; a support worker sees no data-rights actions', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up users and referrals through the in-process router');
  const { page } = shell;
  await captureSaves(page);
  const amira = await setUp(shell);

  // A support worker opens the case: no data-rights tab.
  await signIn(page, 'sam');
  await openCase(page, 'Hadad', 'Amira Hadad');
  await expect(page.getByRole('tab', { name: 'People' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Data rights' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export everything held' })).toHaveCount(0);
  await signOut(page, 'Sam Support');

  // The manager opens the Data rights tab by keyboard from the tab list.
  await signIn(page, 'mona');
  await openCase(page, 'Hadad', 'Amira Hadad');
  await page.getByRole('tab', { name: 'Support' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Data rights' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'Data rights' })).toBeVisible();
  const her = page.getByRole('region', { name: 'Amira Hadad' });
  await expect(her.getByText('No corrections recorded.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Zoë' })).toBeVisible();

  // Export: one audited call; the readable PDF and the JSON are saved from the result.
  await her.getByRole('button', { name: 'Export everything held' }).click();
  const ready = her.getByRole('status');
  await expect(ready).toContainText('Export ready');
  await expect(ready).toContainText('recorded in the audit log');
  await expect(ready).toBeFocused();
  await ready.getByRole('button', { name: 'Save the readable PDF' }).click();
  const pdf = await lastSaved(page);
  expect(pdf.name).toMatch(new RegExp(`^subject-access-${amira.reference}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const pdfPath = join(shell.dir, 'subject-access.pdf');
  writeFileSync(pdfPath, pdf.bytes);
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('Amira Hadad');
  expect(text).toContain(amira.reference);
  expect(text).toContain('he found the new address');
  expect(text).not.toContain('Olga Other');
  await ready.getByRole('button', { name: 'Save the JSON' }).click();
  const json = await lastSaved(page);
  expect(json.name).toMatch(/\.json$/);
  const exported = JSON.parse(json.bytes.toString('utf8')) as { records: Record<string, Record<string, unknown>[]> };
  expect(exported.records.referrals).toHaveLength(2);
  expect(exported.records.people!.map((p) => p.name).sort()).toEqual(['Amira Hadad', 'Zoë']);
  const exportAudit = dbOf(shell).prepare("SELECT detail FROM audit_log WHERE action = 'subjectAccess.export'").all() as { detail: string }[];
  expect(exportAudit).toHaveLength(1);
  expect(exportAudit[0]!.detail).not.toContain('Amira');
  await expectNoSeriousA11yViolations(page, 'data rights, export ready', { include: 'main' });
  await chooseTheme(page, 'Light');
  await page.mouse.move(0, 0);
  await wholePage(shell, 'subject-access-tab-light');
  await ready.getByRole('button', { name: 'Done' }).click();
  await expect(her.getByRole('button', { name: 'Export everything held' })).toBeFocused();

  // Correct her surname: a reason is required, said beside the field.
  await her.getByRole('button', { name: 'Correct a detail' }).click();
  const correct = page.getByRole('form', { name: 'Correct a detail' });
  await expect(correct.getByLabel('Detail to correct')).toHaveValue('name');
  await expect(correct.getByRole('textbox', { name: 'New name' })).toHaveValue('Amira Hadad');
  await correct.getByRole('textbox', { name: 'New name' }).fill('Amira Haddad');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  const reason = correct.getByRole('textbox', { name: /Reason for the correction/ });
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(correct).toContainText('Say why the record is being corrected.');
  await expect(reason).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'correct a detail');
  await windowShot(page, 'subject-access-correct-light');
  await reason.fill('Surname misspelt at referral; she showed her passport');
  await correct.getByRole('button', { name: 'Save correction' }).click();
  await expect(page.getByRole('form', { name: 'Correct a detail' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Case record: Amira Haddad' })).toBeVisible();
  const corrected = page.getByRole('region', { name: 'Amira Haddad' });
  const history = corrected.getByRole('table', { name: 'Correction history Amira Haddad' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('Mona Manager');
  await expect(history.getByRole('row').nth(1)).toContainText('NameAmira HadadAmira HaddadSurname misspelt at referral; she showed her passport');

  // The erase dialog in light, cancelled: nothing happens.
  await dismissNotices(page);
  await corrected.getByRole('button', { name: 'Erase this person' }).click();
  await expect(page.getByRole('dialog', { name: 'Erase this person' })).toBeVisible();
  await windowShot(page, 'subject-access-erase-light');
  await page.getByRole('dialog', { name: 'Erase this person' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Erase this person' })).toHaveCount(0);

  // Dark mode: the tab with its history, and the erase dialog.
  await chooseTheme(page, 'Dark');
  await page.mouse.move(0, 0);
  await expectNoSeriousA11yViolations(page, 'data rights, dark', { include: 'main' });
  await wholePage(shell, 'subject-access-tab-dark');

  // Erase on request: the reference must be typed; Cancel has the focus first.
  await corrected.getByRole('button', { name: 'Erase this person' }).click();
  const erase = page.getByRole('dialog', { name: 'Erase this person' });
  await expect(erase).toContainText('This cannot be undone.');
  await expect(erase.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await erase.getByRole('textbox', { name: /Reason for erasure/ }).fill('Erasure request received by letter');
  await erase.getByRole('textbox', { name: /Type the case reference/ }).fill('C-999999');
  await erase.getByRole('button', { name: 'Erase permanently' }).click();
  await expect(erase).toContainText(`Type the case reference, ${amira.reference}, exactly as shown.`);
  expect((dbOf(shell).prepare('SELECT COUNT(*) AS n FROM households WHERE id = ?').get(amira.householdId) as { n: number }).n).toBe(1);
  await expectNoSeriousA11yViolations(page, 'erase dialog, dark');
  await windowShot(page, 'subject-access-erase-dark');
  await erase.getByRole('textbox', { name: /Type the case reference/ }).fill(amira.reference);
  await erase.getByRole('button', { name: 'Erase permanently' }).click();

  // Back on the case list: she can no longer be found; the other case is untouched.
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals & cases' })).toBeVisible();
  await expect(page.getByText(/records erased/)).toBeVisible();
  await page.getByLabel('Search').fill('Haddad');
  await expect(page.getByRole('table', { name: 'Cases' })).not.toContainText('Amira');
  await page.getByLabel('Search').fill('Olga');
  await expect(page.getByRole('table', { name: 'Cases' })).toContainText('Olga Other');
  const found = await ok<{ items: unknown[] }>(shell.router, 'cases.list', { search: 'Amira' });
  expect(found.items).toHaveLength(0);
  const eraseAudit = dbOf(shell).prepare("SELECT detail FROM audit_log WHERE action = 'subjectAccess.erase'").get() as { detail: string };
  expect(eraseAudit.detail).not.toContain('Amira');
  expect(JSON.parse(eraseAudit.detail)).toMatchObject({ reason: 'Erasure request received by letter', rows: { households: 1, people: 2, referrals: 2, person_corrections: 1 } });
  expect(shell.pageErrors).toEqual([]);
});
