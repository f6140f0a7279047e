import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fixedClock } from '../../src/shared/clock';
import { setMustChangePassword } from '../../src/main/db/repos/users.repo';
import type { Router } from '../../src/main/ipc/router';
import { DASHBOARDS } from '../../src/shared/reports/dashboard';
import { waitForFirstScreen } from '../devshell/first-screen';
import { SCREENSHOT_DIR } from '../devshell/harness';
import { expectNoSeriousA11yViolations } from './a11y';
import { expect, test } from './fixtures';

/*
 * Reports end to end (issue 8), through the built renderer against the real router, services and
 * encrypted database: a manager opens the annual return for last financial year, drills into
 * "unable to support: capacity", and exports XLSX and PDF; every dashboard is shown, checked with
 * axe, and saved as a screenshot (artifacts/screenshots/reports-<name>.png), one in dark mode.
 *
 * A year of a small service is recorded through the router with the clock moved day by day, as
 * staff would have recorded it; everything about reports goes through the screens.
 */

const SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
const clock = fixedClock('2025-04-01T09:00:00Z');
test.use({ shellOptions: { scrypt: SCRYPT, clock } });

const MANAGER = { username: 'mo.manager', displayName: 'Mo Manager', password: 'lantern-orchard-pebble-seven' };
const OVERRIDE = { justification: 'Placement recorded for the reports test.' };

async function ok<T = { id: number }>(router: Router, channel: string, input: unknown): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const day = (start: string, n: number) => new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const SOURCES = ['self', 'police', 'idva', 'housing', 'health', 'helpline'];
const ETHNICITY = ['white_british', 'asian_pakistani', 'black_african', 'mixed_other', 'white_other', 'asian_indian'];
const AREAS = ['confidence', 'income_debt', 'mental_health', 'meaningful_time', 'settled_accommodation', 'harm_from_others', 'social_capital'];

/** Thirty-six households over 2025–26: 24 placed in four units in turn, 12 turned away. */
async function recordYear(shell: { router: Router; ws: { unlocked: { open: { db: import('../../src/main/db/connection').Sqlite } } | null } }): Promise<void> {
  const { router } = shell;
  await ok(router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: MANAGER.password, passwordAgain: MANAGER.password });
  const m = await ok(router, 'users.add', { username: MANAGER.username, displayName: MANAGER.displayName, role: 'manager', temporaryPassword: MANAGER.password });
  setMustChangePassword(shell.ws.unlocked!.open.db, m.id, false);
  const units: number[] = [];
  for (const [code, type] of [['R01', 'refuge'], ['R02', 'refuge'], ['D01', 'dispersed'], ['S01', 'second_stage']]) {
    const u = await ok(router, 'units.save', { id: null, code, name: '', address: `${code} Example Street`, type, singleSex: type === 'refuge' ? 'women_only' : 'none', bedrooms: 2, maxOccupants: 4, maxChildren: 3, oldestBoy: null, wheelchair: false, stepFree: false, floor: 0, pets: false, locality: 'Quayside', postcodeDistrict: 'HB2', notes: '', openedOn: '2024-01-01', closedOn: null });
    units.push(u.id);
  }
  const events: { date: string; order: number; run: () => Promise<void> }[] = [];
  for (let i = 0; i < 36; i++) {
    const d = day('2025-04-03', i * 9);
    const turnedAway = i % 3 === 2;
    let ids: { referralId: number; householdId: number } | null = null;
    events.push({
      date: d,
      order: 0,
      run: async () => {
        const r = await ok<{ referralId: number; householdId: number }>(router, 'referrals.create', { receivedAt: `${d}T09:00:00Z`, source: SOURCES[i % SOURCES.length], name: `Person ${i + 1}`, requests: ['refuge'], urgency: i % 2 ? 'emergency' : 'unsafe_home' });
        ids = r;
        await ok(router, 'referrals.logContact', { referralId: r.referralId, at: `${d}T${i % 5 === 0 ? '09:30' : '10:00'}:00Z`, method: 'phone_call', outcome: 'spoke' });
        if (turnedAway) {
          await ok(router, 'allocation.turnAway', { referralId: r.referralId, reason: i % 6 === 5 ? 'no_suitable_unit' : 'capacity', unitTypesFull: ['refuge'] });
          return;
        }
        await ok(router, 'cases.updateAdult', {
          householdId: r.householdId,
          profile: { name: `Person ${i + 1}`, sex: 'female', genderIdentity: i % 7 === 3 ? 'non_binary' : 'woman', dateOfBirth: `${1975 + ((i * 7) % 30)}-0${1 + (i % 9)}-15`, ethnicity: ETHNICITY[i % ETHNICITY.length], disability: i % 4 === 0 ? 'yes' : 'no' },
        });
        if (i % 2 === 0) await ok(router, 'cases.saveChild', { householdId: r.householdId, childId: null, profile: { nameOrInitials: `Child ${i}`, dateOfBirth: `${2012 + (i % 10)}-06-01`, sex: 'female' } });
        await ok(router, 'risk.assess', { referralId: r.referralId, answers: Object.fromEntries(Array.from({ length: 24 }, (_, q) => [String(q + 1), q < (i * 5) % 20 ? 'yes' : 'no'])), primaryNeed: i % 3 ? 'mental_health' : 'drugs', secondaryNeeds: ['alcohol'] });
        await ok(router, 'referrals.decide', { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'waiting_unit' });
      },
    });
    if (turnedAway) continue;
    const start = day(d, 1);
    const length = 20 + (i % 4) * 2;
    events.push({ date: start, order: 1, run: async () => void (await ok(router, 'allocation.arrive', { unitId: units[i % 4], householdId: ids!.householdId, startDate: start, override: OVERRIDE })) });
    events.push({
      date: day(start, 2),
      order: 2,
      run: async () => {
        await ok(router, 'support.contacts.add', { householdId: ids!.householdId, contactOn: day(start, 2), minutes: 60 + (i % 3) * 30, timeKind: 'paid', workerName: 'Key Worker', supportType: i % 2 ? 'general' : 'advocacy' });
        await ok(router, 'support.contacts.add', { householdId: ids!.householdId, contactOn: day(start, 2), minutes: 45, timeKind: 'unpaid', workerName: 'Volunteer', supportType: 'childrens_support' });
        await ok(router, 'support.plan.save', { householdId: ids!.householdId, areas: AREAS.map((a, k) => ({ area: a, hasNeed: (k + i) % 3 === 0, goals: '' })), agreedOn: day(start, 2) });
        await ok(router, 'support.plan.scores', { householdId: ids!.householdId, stage: 'entry', assessedOn: day(start, 2), scores: Object.fromEntries(AREAS.filter((_, k) => (k + i) % 3 === 0).map((a) => [a, 2])) });
      },
    });
    events.push({
      date: day(start, length),
      order: 3,
      run: async () =>
        void (await ok(router, 'exits.record', {
          householdId: ids!.householdId,
          exitedOn: day(start, length),
          planned: i % 5 !== 1,
          reason: i % 5 === 1 ? 'evicted' : i % 5 === 3 ? 'stopped_needing_support' : 'moved_on_planned',
          destination: i % 5 === 1 ? 'temporary_accommodation' : 'social_housing',
          achievingIndependence: i % 4 === 0 ? 'yes' : 'partly',
          finalScores: Object.fromEntries(AREAS.filter((_, k) => (k + i) % 3 === 0).map((a, k) => [a, 2 + ((i + k) % 3)])),
        })),
    });
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  for (const e of events) {
    clock.set(`${e.date}T12:00:00Z`);
    await e.run();
  }
  clock.set('2026-04-20T10:00:00Z');
  await ok(router, 'session.signOut', {});
}

async function signInAsManager(page: Page) {
  await waitForFirstScreen(page);
  await page.getByRole('textbox', { name: 'Username' }).fill(MANAGER.username);
  await page.getByRole('textbox', { name: 'Password' }).fill(MANAGER.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ })).toBeVisible();
}

async function openReports(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Reports/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  // Last financial year, chosen explicitly (the default, but the test should not depend on today).
  await page.getByRole('combobox', { name: 'Financial year' }).click();
  await page.getByRole('option', { name: '2025–26' }).click();
  await expect(page.getByText('Financial year 2025–26').first()).toBeVisible();
}

/** Scrolls every scrolled element back to the top (focusing a chart scrolls it into view). */
async function topOfPage(page: Page) {
  await page.evaluate(() => {
    for (const el of [document.scrollingElement, ...document.querySelectorAll('*')]) if (el && el.scrollTop) el.scrollTop = 0;
  });
  await page.waitForTimeout(150);
}

async function chooseTheme(page: Page, scheme: 'Light' | 'Dark') {
  await page.getByRole('radiogroup', { name: 'Theme' }).first().getByText(scheme, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme.toLowerCase());
}

test('a manager opens last year’s annual return, drills into “unable to support: capacity”, and exports XLSX and PDF; every dashboard shown', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'records the year through the in-process router');
  test.setTimeout(180_000);
  const { page } = shell;
  await recordYear(shell);
  await page.reload();
  await signInAsManager(page);
  await openReports(page);

  // Every dashboard: the chart is focusable and has a summary; its table shows the same numbers.
  for (const d of DASHBOARDS) {
    await page.getByRole('tab', { name: d.title, exact: true }).click();
    const chart = page.getByRole('img', { name: new RegExp(`^${d.charts[0]!.title.replace(/[()%]/g, '.')}`) });
    await expect(chart).toBeVisible();
    await chart.focus();
    await expect(chart).toBeFocused();
    await topOfPage(page);
    await shell.screenshot(`reports-${d.id}`);
  }
  await expectNoSeriousA11yViolations(page, 'reports dashboards');
  await page.getByRole('tab', { name: 'Occupancy', exact: true }).click();
  await page.getByRole('radiogroup', { name: 'Show Occupancy by month (%) as' }).getByText('Table').click();
  await expect(page.getByRole('table').filter({ hasText: 'Occupancy (%)' })).toBeVisible();
  await chooseTheme(page, 'Dark');
  await page.getByRole('tab', { name: 'Referrals', exact: true }).click();
  await expect(page.getByRole('img', { name: /^Referrals by source and outcome/ })).toBeVisible();
  await topOfPage(page);
  await shell.screenshot('reports-referrals-dark');
  await expectNoSeriousA11yViolations(page, 'reports dashboards (dark)');
  await chooseTheme(page, 'Light');

  // The annual return for 2025–26, and the records behind "unable to support: capacity".
  await page.getByRole('tab', { name: 'Annual return' }).click();
  await expect(page.getByRole('table', { name: /viii\. Instances a household was unable to be supported/ })).toBeVisible();
  const capacity = page.getByRole('button', { name: /open the records behind “Capacity constraints”/ });
  await expect(capacity).toHaveText('12');
  await topOfPage(page);
  await shell.screenshot('reports-annual-return');
  // Specialist FTE: this service has recorded none in staff records, so it says so (never 0).
  await expect(page.getByRole('table', { name: /vii\. Specialist staff/ }).getByRole('cell').first()).toHaveText('Not recorded');
  await capacity.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('12 records')).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveCount(13);
  await expect(dialog.getByText('Person 3', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'drill-down');
  // The dialog over a long page: the window as the manager sees it, not the whole page.
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reports-drill-capacity.png') });
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Exports: XLSX and PDF, suppression on. The shell refuses downloads as the app does, so the
  // file the person is offered is read from the blob the page hands to the browser.
  await page.evaluate(() => {
    const w = window as unknown as { __saved: Blob[] };
    w.__saved = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      if (b instanceof Blob) w.__saved.push(b);
      return original(b);
    };
  });
  const lastSaved = async (): Promise<Buffer> =>
    Buffer.from(
      await page.evaluate(async () => {
        const w = window as unknown as { __saved: Blob[] };
        const bytes = new Uint8Array(await w.__saved[w.__saved.length - 1]!.arrayBuffer());
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return btoa(s);
      }),
      'base64',
    );
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export XLSX' }).click();
  expect((await xlsxDownload).suggestedFilename()).toBe('annual-return_2025-04-01_2026-03-31.xlsx');
  expect((await lastSaved()).subarray(0, 2).toString()).toBe('PK');
  await expect(page.getByRole('status').filter({ hasText: 'annual-return_2025-04-01_2026-03-31.xlsx' })).toBeVisible();

  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  expect((await pdfDownload).suggestedFilename()).toBe('annual-return_2025-04-01_2026-03-31.pdf');
  const pdfBytes = await lastSaved();
  expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
  const pdfPath = join(shell.dir, 'annual-return.pdf');
  writeFileSync(pdfPath, pdfBytes);
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString();
  expect(text).toContain('viii. Instances a household was unable to be supported');
  expect(text).toContain('Small-number suppression: ON');

  const audit = shell.ws.unlocked!.open.db.prepare("SELECT action, detail FROM audit_log WHERE action IN ('report.drill', 'report.export') ORDER BY id").all() as { action: string; detail: string }[];
  expect(audit.map((a) => a.action)).toEqual(['report.drill', 'report.export', 'report.export']);
  expect(audit[0]!.detail).toContain('unable.capacity.count');

  // The sanctuary scheme's outputs: money with a £ sign and pence, in light and dark.
  await page.getByRole('tab', { name: 'Sanctuary scheme' }).click();
  const cost = page.getByRole('table', { name: /Cost per household, including support/ });
  await expect(cost.getByRole('row', { name: /Measures and support \(£\)/ }).getByRole('cell')).toHaveText('£0.00');
  await topOfPage(page);
  await shell.screenshot('reports-sanctuary');
  await expectNoSeriousA11yViolations(page, 'sanctuary outputs');
  await chooseTheme(page, 'Dark');
  await topOfPage(page);
  await shell.screenshot('reports-sanctuary-dark');
  await chooseTheme(page, 'Light');
  expect(shell.pageErrors).toEqual([]);
});
