import type { Locator, Page } from '@playwright/test';
import { fixedClock } from '../../src/shared/clock';
import type { Router } from '../../src/main/ipc/router';
import { waitForFirstScreen } from '../devshell/first-screen';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

/*
 * The sanctuary scheme and staff records (issue 9), through the built renderer against the real
 * router, services and encrypted database.
 *
 * Friday 22 May 2026 (Monday 25 May is the spring bank holiday): the council's housing team refers
 * a woman to the sanctuary scheme; she is accepted, and a lock change and CCTV are requested.
 * Fitting the CCTV is refused — the council's written approval is needed first — until the
 * approval's date and reference are recorded; then it is fitted. A second referral that afternoon
 * has no risk assessment: on Thursday 28 May (three working days on) it is on the overdue list.
 * Then a manager's staff records: the training matrix, what is due or expired, a DBS check and
 * specialist FTE. Axe on every screen; screenshots of each.
 */

// Cheap key derivation: these tests are not about sign-in.
const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
test.use({ shellOptions: { scrypt: SCRYPT, clock: fixedClock('2026-05-22T13:30:00Z') } });
test.describe.configure({ timeout: 120_000 });

const PASSWORD = 'lantern-orchard-pebble-seven';

async function ok<T = { id: number }>(router: Router, channel: string, input: unknown): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

async function signIn(page: Page): Promise<void> {
  await waitForFirstScreen(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill('admin');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ })).toBeVisible();
}

async function openSection(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${label}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Picks an option of a Mantine Select by its label. */
async function choose(scope: Page | Locator, page: Page, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

test('a sanctuary referral with a lock change and CCTV: fitting CCTV is refused until the council’s approval is recorded; an unstarted risk assessment goes overdue after 2 working days', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'moves the shell’s clock');
  const { page, router } = shell;
  const clock = shell.ws.deps.clock as ReturnType<typeof fixedClock>;
  clock.set('2026-05-22T13:30:00Z');
  await ok(router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: PASSWORD, passwordAgain: PASSWORD });
  await ok(router, 'session.signOut', {});
  await page.reload();
  await signIn(page);

  // The council's housing team refers Amira Haddad.
  await openSection(page, 'Sanctuary scheme', 'Sanctuary scheme');
  await expect(page.getByText('Nothing is due on the sanctuary scheme.')).toBeVisible();
  await page.getByRole('button', { name: 'New sanctuary referral' }).click();
  const refer = page.getByRole('dialog', { name: 'New sanctuary referral' });
  await refer.getByLabel('Received').fill('2026-05-22T13:00');
  await choose(refer, page, 'Referred by', 'Housing / homelessness team');
  await refer.getByRole('textbox', { name: 'Referrer’s name' }).fill('Dev Patel, housing options');
  await refer.getByRole('textbox', { name: 'Name', exact: true }).fill('Amira Haddad');
  await choose(refer, page, 'Tenure', 'Council tenant');
  await choose(refer, page, 'Landlord’s permission', 'Obtained');
  await expectNoSeriousA11yViolations(page, 'new sanctuary referral');
  await shell.screenshot('sanctuary-referral');
  await refer.getByRole('button', { name: 'Record referral' }).click();
  await expect(refer).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Amira Haddad' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Risk assessment started' })).toContainText('Due by Wed 27 May 2026');

  // Accepted; a lock change and CCTV requested.
  await page.getByRole('button', { name: 'Accept onto the scheme' }).click();
  await expect(page.getByRole('button', { name: 'Request a measure' })).toBeVisible();
  for (const measure of [/^Lock change/, /^CCTV/]) {
    await page.getByRole('button', { name: 'Request a measure' }).click();
    const request = page.getByRole('dialog', { name: 'Request a measure' });
    await choose(request, page, 'Measure', measure);
    await request.getByLabel('Requested on').fill('2026-05-22');
    await request.getByRole('button', { name: 'Request measure' }).click();
    await expect(request).toBeHidden();
  }
  const measures = page.getByRole('table', { name: 'Measures' });
  await expect(measures.getByRole('row')).toHaveCount(3);
  await expect(page.getByText('Measures on this case: £395.00')).toBeVisible();

  // Fitting the CCTV is refused: the council's written approval is needed first.
  await page.getByRole('button', { name: 'Fit CCTV' }).click();
  const fit = page.getByRole('dialog', { name: 'Fit CCTV' });
  await fit.getByLabel('Fitted on').fill('2026-05-22');
  await fit.getByRole('textbox', { name: 'What it cost (£)' }).fill('340');
  await fit.getByRole('button', { name: 'Record as fitted' }).click();
  await expect(fit.getByRole('alert').filter({ hasText: 'Not recorded as fitted' })).toContainText('The council’s written approval is needed before CCTV can be fitted');
  await expectNoSeriousA11yViolations(page, 'fitting refused');
  await shell.screenshot('sanctuary-fit-refused');
  await fit.getByRole('button', { name: 'Cancel' }).click();
  const db = shell.ws.unlocked!.open.db;
  expect(db.prepare("SELECT count(*) AS n FROM sanctuary_measures WHERE status = 'fitted'").get()).toEqual({ n: 0 });

  // The council's approval is recorded; now the CCTV can be fitted.
  await page.getByRole('button', { name: 'Record the council’s approval…' }).click();
  const approval = page.getByRole('dialog', { name: 'Record the council’s approval' });
  await approval.getByLabel('Approved on').fill('2026-05-22');
  await approval.getByRole('textbox', { name: 'Council’s reference' }).fill('HC/SAN/2026/0042');
  await approval.getByRole('textbox', { name: 'Approving officer' }).fill('R. Shah');
  await expect(approval.getByRole('checkbox', { name: /^CCTV/ })).toBeChecked();
  await expect(approval.getByRole('checkbox', { name: /^Lock change/ })).toBeChecked();
  await expectNoSeriousA11yViolations(page, 'council approval');
  await approval.getByRole('button', { name: 'Record approval' }).click();
  await expect(approval).toBeHidden();
  await expect(measures.getByText('Council HC/SAN/2026/0042, 22 May 2026').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit CCTV' }).click();
  await fit.getByLabel('Fitted on').fill('2026-05-22');
  await fit.getByRole('textbox', { name: 'What it cost (£)' }).fill('340');
  await fit.getByRole('textbox', { name: 'Fitted by' }).fill('SecureHome Ltd');
  await fit.getByRole('textbox', { name: 'Instructions given to the household' }).fill('Shown the app on her phone; recordings kept for 30 days.');
  await fit.getByRole('button', { name: 'Record as fitted' }).click();
  await expect(fit).toBeHidden();
  const cctvRow = measures.getByRole('row').filter({ hasText: 'CCTV' });
  await expect(cctvRow).toContainText('Fitted');
  await expect(cctvRow).toContainText('£340.00');
  // The lock change, approved the same day, is still to be fitted: due five working days on (Monday 25 is a bank holiday).
  await expect(page.getByRole('region', { name: 'Measures fitted' })).toContainText('Due by Mon 1 Jun 2026');
  await expectNoSeriousA11yViolations(page, 'sanctuary case: measures');
  await shell.screenshot('sanctuary-case-measures');

  // The risk assessment, fire safety included, by the named agencies.
  await page.getByRole('tab', { name: 'Risk assessment' }).click();
  await expectNoSeriousA11yViolations(page, 'sanctuary case: risk assessment');
  await shell.screenshot('sanctuary-case-assessment');

  // A second referral that afternoon, with no risk assessment started.
  await page.getByRole('button', { name: 'Back to the scheme' }).click();
  await page.getByRole('button', { name: 'New sanctuary referral' }).click();
  await refer.getByLabel('Received').fill('2026-05-22T13:20');
  await choose(refer, page, 'Referred by', 'Police');
  await refer.getByRole('textbox', { name: 'Name', exact: true }).fill('Bea Brown');
  await choose(refer, page, 'Tenure', 'Private rented');
  await refer.getByRole('button', { name: 'Record referral' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bea Brown' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the scheme' }).click();
  const due = page.getByRole('table', { name: 'Sanctuary clocks due' });
  await expect(due.getByRole('row').filter({ hasText: 'Bea Brown' })).toContainText('Due');

  // Thursday 28 May: three working days on (Monday was a bank holiday). Overdue.
  clock.set('2026-05-28T09:00:00Z');
  await page.getByRole('tab', { name: 'Cases' }).click();
  await page.getByRole('tab', { name: 'Due and overdue' }).click();
  const bea = due.getByRole('row').filter({ hasText: 'Bea Brown' });
  await expect(bea).toContainText('Risk assessment to start');
  await expect(bea).toContainText('Wed 27 May 2026');
  await expect(bea).toContainText('Overdue');
  await expectNoSeriousA11yViolations(page, 'sanctuary due list');
  await shell.screenshot('sanctuary-due-overdue');

  // The schedule of rates and the working-day calendar.
  await page.getByRole('tab', { name: 'Schedule of rates' }).click();
  await expect(page.getByRole('table', { name: 'Schedule of rates' })).toContainText('Fire-retardant letter box');
  await expectNoSeriousA11yViolations(page, 'schedule of rates');
  await shell.screenshot('sanctuary-rates');
  await page.getByRole('tab', { name: 'Working days' }).click();
  await expect(page.getByRole('table', { name: 'Bank holidays in 2026' })).toContainText('Spring bank holiday');
  const change = page.getByRole('form', { name: 'Change the calendar' });
  await change.getByLabel('Date').fill('2026-06-08');
  await change.getByRole('textbox', { name: 'Name' }).fill('Bank holiday for a coronation');
  await change.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByRole('table', { name: 'Bank holidays in 2026' })).toContainText('Bank holiday for a coronation');
  await expectNoSeriousA11yViolations(page, 'working days');
  await shell.screenshot('sanctuary-working-days');

  // Nothing went wrong in the page.
  expect(shell.pageErrors).toEqual([]);
});

test('a manager’s staff records: the training matrix, what is due, a DBS check and specialist FTE', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'sets up the staff directory through the in-process router');
  const { page, router } = shell;
  (shell.ws.deps.clock as ReturnType<typeof fixedClock>).set('2026-05-22T13:30:00Z');
  await ok(router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: PASSWORD, passwordAgain: PASSWORD });
  const people = [
    ['Sophie Turner', 'support_worker'],
    ['Nina Farouk', 'night_worker'],
    ['Grace Whitfield', 'sessional_worker'],
  ] as const;
  const ids: number[] = [];
  for (const [name, role] of people) ids.push((await ok(router, 'rota.staff.add', { userId: null, name, sex: 'female', role, contractedHours: 37.5 })).id);
  const matrix = await ok<{ courses: { id: number; name: string }[] }>(router, 'staffRecords.matrix', {});
  const course = (name: string) => matrix.courses.find((c) => c.name === name)!.id;
  await ok(router, 'staffRecords.training.add', { staffId: ids[0], courseId: course('Domestic abuse training'), attendedOn: '2023-06-10' });
  await ok(router, 'staffRecords.training.add', { staffId: ids[0], courseId: course('Safeguarding adults and children'), attendedOn: '2025-01-15' });
  await ok(router, 'staffRecords.training.add', { staffId: ids[1], courseId: course('Domestic abuse training'), attendedOn: '2022-11-01' });
  await ok(router, 'staffRecords.training.add', { staffId: ids[1], courseId: course('Prevent'), attendedOn: '2025-09-01' });
  await ok(router, 'staffRecords.dbs.add', { staffId: ids[0], checkedOn: '2024-02-01' });
  await ok(router, 'staffRecords.dbs.add', { staffId: ids[1], checkedOn: '2023-03-20' });
  await ok(router, 'staffRecords.fte.save', { staffId: ids[0], role: 'safe_accommodation_support', fte: 0.6, fromOn: '2024-04-01' });
  await ok(router, 'staffRecords.fte.save', { staffId: ids[0], role: 'sanctuary', fte: 0.4, fromOn: '2024-04-01' });
  await ok(router, 'staffRecords.fte.save', { staffId: ids[1], role: 'night_support', fte: 1, fromOn: '2025-10-01' });
  await ok(router, 'session.signOut', {});
  await page.reload();
  await signIn(page);

  await openSection(page, 'Staff records', 'Staff records');
  const grid = page.getByRole('table', { name: 'Training matrix' });
  await expect(grid.getByRole('row').filter({ hasText: 'Sophie Turner' })).toContainText('by 10 Jun 2026');
  await expect(grid.getByRole('row').filter({ hasText: 'Nina Farouk' })).toContainText('on 1 Nov 2025');
  await expect(grid.getByRole('row').filter({ hasText: 'Nina Farouk' })).toContainText('Expired');
  await expect(grid.getByRole('row').filter({ hasText: 'Grace Whitfield' })).toContainText('Missing');
  await expectNoSeriousA11yViolations(page, 'training matrix');
  await shell.screenshot('staff-records-matrix');

  await page.getByRole('tab', { name: 'Due and expired' }).click();
  const dueList = page.getByRole('table', { name: 'Training and DBS checks due' });
  await expect(dueList.getByRole('row').filter({ hasText: 'Nina Farouk' }).filter({ hasText: 'Enhanced DBS check' })).toContainText('Expired 20 Mar 2026');
  await expectNoSeriousA11yViolations(page, 'staff due list');
  await shell.screenshot('staff-records-due');

  // Grace's first DBS check, from her record.
  await dueList.getByRole('button', { name: 'Grace Whitfield' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Whitfield' })).toBeVisible();
  const dbs = page.getByRole('form', { name: 'Record a DBS check' });
  await dbs.getByLabel('Certificate issued on').fill('2026-05-18');
  await dbs.getByRole('textbox', { name: 'Certificate number' }).fill('001234567890');
  await dbs.getByRole('button', { name: 'Record DBS check' }).click();
  await expect(page.getByRole('table', { name: 'DBS checks' })).toContainText('18 May 2029');
  await expectNoSeriousA11yViolations(page, 'staff record');
  await shell.screenshot('staff-records-person');
  await page.getByRole('button', { name: 'Back to staff records' }).click();

  await page.getByRole('tab', { name: 'Specialist FTE' }).click();
  await page.getByLabel('From', { exact: true }).fill('2025-04-01');
  await page.getByLabel('To', { exact: true }).fill('2026-03-31');
  await expect(page.getByText('Specialist staff: 1.50 FTE')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'specialist FTE');
  await shell.screenshot('staff-records-fte');

  await page.getByRole('tab', { name: 'Courses' }).click();
  await expectNoSeriousA11yViolations(page, 'courses');
  await shell.screenshot('staff-records-courses');
  expect(shell.pageErrors).toEqual([]);
});
