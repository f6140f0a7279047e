import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Sqlite } from '../../src/main/db/connection';
import { setMustChangePassword } from '../../src/main/db/repos/users.repo';
import type { Router } from '../../src/main/ipc/router';
import { SCREENSHOT_DIR, type DevShell } from '../devshell/harness';
import { waitForFirstScreen } from '../devshell/first-screen';
import { REPO_ROOT } from '../devshell/serve-renderer';

/*
 * Helpers for the rota end-to-end spec (rota.spec.ts): setting up people, shift types and a fuller
 * service through the router, signing in and out through the screens, finding rota grid cells,
 * capturing the files the page offers for saving, and screenshots.
 */

export const PASSWORD = 'lantern-orchard-pebble-seven';
// Cheap key derivation: these tests are about the screens, not the cost of signing in.
export const TEST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };
export const PARSE_ICS = join(REPO_ROOT, 'test', 'integration', 'rota', 'parse-ics.py');

export type Shell = Pick<DevShell, 'router' | 'ws' | 'page'>;

export async function ok<T = { id: number }>(router: Router, channel: string, input: unknown): Promise<T> {
  const r = await router.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

export const db = (shell: Shell): Sqlite => shell.ws.unlocked!.open.db;

/** Set-up as the administrator, who stays signed in for the rest of the set-up. */
export async function setUp(shell: Shell): Promise<void> {
  await ok(shell.router, 'setup.create', { orgName: 'Harbour Lights Refuge', adminUsername: 'admin', adminDisplayName: 'Ada Admin', password: PASSWORD, passwordAgain: PASSWORD });
}

/** A person in the staff directory, with an account when a role is given. */
export async function person(shell: Shell, name: string, sex: 'female' | 'male', role: 'manager' | 'night_worker' | 'support_worker' | null, contactNumber: string | null = null): Promise<number> {
  let userId: number | null = null;
  if (role) {
    const username = name.split(' ')[0]!.toLowerCase();
    userId = (await ok(shell.router, 'users.add', { username, displayName: name, role, temporaryPassword: PASSWORD })).id;
    setMustChangePassword(db(shell), userId, false);
  }
  const staffRole = role ?? 'sessional_worker';
  return (await ok(shell.router, 'rota.staff.add', { userId, name, sex, role: staffRole, skills: role === 'manager' ? ['manager'] : [], contractedHours: 37.5, contactNumber })).id;
}

export async function shiftType(shell: Shell, name: string, kind: string, start: string, end: string, covers: string[], nightWork: boolean, working: boolean): Promise<number> {
  return (await ok(shell.router, 'rota.shiftTypes.add', { name, kind, defaultStart: start, defaultEnd: end, covers, nightWork, countsAsWorkingTime: working })).id;
}

/**
 * Ends the set-up session. The shell then reloads the page, as the app does when it locks, and
 * the sign-in screen shows (reloading here as well would race that navigation).
 */
export async function endSetUp(shell: Shell): Promise<void> {
  await ok(shell.router, 'session.signOut', {});
  await expect(shell.page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible({ timeout: 20_000 });
}

export async function signIn(page: Page, username: string): Promise<void> {
  await waitForFirstScreen(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ })).toBeVisible();
}

export async function signOut(page: Page, who: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: new RegExp(who) }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
}

export async function openRota(page: Page, tab?: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Rota/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rota and on call' })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab, exact: true }).click();
}

export async function chooseTheme(page: Page, scheme: 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Theme' }).first().getByText(scheme, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme.toLowerCase());
}

/** Picks an option of a Mantine select by its label. */
export async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A cell of the rota grid: the row's heading and the day's column. */
export function cell(page: Page, row: string, dayHeading: string): Locator {
  const grid = page.getByRole('grid');
  return grid.getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('gridcell').nth(DAYS.indexOf(dayHeading));
}
export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Records every file the page offers for saving (the Blob behind each download link). */
export async function captureSaves(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __blobs: Record<string, Blob>; __saved: { name: string; blob: Blob }[] };
    w.__blobs = {};
    w.__saved = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b: Blob | MediaSource) => {
      const u = create(b);
      if (b instanceof Blob) w.__blobs[u] = b;
      return u;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download && w.__blobs[this.href]) w.__saved.push({ name: this.download, blob: w.__blobs[this.href]! });
      return click.call(this);
    };
  });
}

/** The last file the page offered, as its name and bytes. */
export async function lastSaved(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const r = await page.evaluate(async () => {
    const w = window as unknown as { __saved: { name: string; blob: Blob }[] };
    const s = w.__saved[w.__saved.length - 1];
    if (!s) return null;
    const bytes = new Uint8Array(await s.blob.arrayBuffer());
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    return { name: s.name, b64: btoa(bin) };
  });
  if (!r) throw new Error('nothing was saved');
  return { name: r.name, bytes: Buffer.from(r.b64, 'base64') };
}

/**
 * Closes the notices at the bottom right. They stay while the pointer is over them, so one
 * covering a button would hold a click on that button for ever.
 */
export async function dismissNotices(page: Page): Promise<void> {
  for (const b of await page.getByRole('button', { name: 'Dismiss notice' }).all()) await b.click().catch(() => undefined);
  await expect(page.getByRole('button', { name: 'Dismiss notice' })).toHaveCount(0);
}

/** A full-page screenshot from the top of the page, with the mouse out of the way. */
export async function shot(shell: DevShell, name: string): Promise<void> {
  await shell.page.mouse.move(0, 0);
  await dismissNotices(shell.page);
  await shell.page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector('#main-content')?.scrollTo?.(0, 0);
  });
  await shell.screenshot(name);
}

/** A screenshot of what is on screen (for dialogs, which a full-page picture would cut off). */
export async function viewShot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

export async function savedCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __saved: unknown[] }).__saved.length);
}


/** A fuller service for the "on now" panel and the month view: five shift types, ten people. */
export async function fullService(shell: Shell): Promise<Record<string, number>> {
  await setUp(shell);
  const s: Record<string, number> = {};
  s.mona = await person(shell, 'Mona Okafor', 'female', 'manager', '07700 900101');
  s.marcus = await person(shell, 'Marcus Reid', 'male', null, '07700 900102');
  s.sophie = await person(shell, 'Sophie Turner', 'female', null, '07700 900103');
  s.priya = await person(shell, 'Priya Desai', 'female', null, '07700 900104');
  s.hannah = await person(shell, 'Hannah Kowalczyk', 'female', null, '07700 900105');
  s.david = await person(shell, 'David Mensah', 'male', null, '07700 900106');
  s.nina = await person(shell, 'Nina Farouk', 'female', 'night_worker', '07700 900107');
  s.olu = await person(shell, 'Olu Adebayo', 'male', null, '07700 900108');
  s.grace = await person(shell, 'Grace Whitfield', 'female', null, '07700 900109');
  s.tom = await person(shell, 'Tom Harding', 'male', null, '07700 900110');
  const office = await shiftType(shell, 'Office day', 'office_day', '09:00', '17:00', ['office', 'phone'], false, true);
  const evening = await shiftType(shell, 'Evening', 'evening', '17:00', '22:00', ['office', 'phone'], false, true);
  const waking = await shiftType(shell, 'Waking night', 'waking_night', '22:00', '08:00', ['office', 'phone'], true, true);
  const onCall = await shiftType(shell, 'On-call phone', 'on_call_phone', '17:00', '09:00', ['phone'], false, false);
  const manager = await shiftType(shell, 'Manager on call', 'manager_on_call', '09:00', '09:00', ['manager_on_call'], false, false);
  const rot = (name: string, shiftTypeId: number, startTime: string, endTime: string, people: number[], turnLengthDays: number, daysOfWeek = [1, 2, 3, 4, 5, 6, 7]) =>
    ok(shell.router, 'rota.rotations.add', { name, shiftTypeId, startDate: '2026-10-26', startTime, endTime, daysOfWeek, turnLengthDays, people });
  await rot('Office A', office, '09:00', '17:00', [s.sophie], 7, [1, 2, 3, 4, 5]);
  await rot('Office B', office, '09:00', '17:00', [s.hannah, s.david], 1, [1, 2, 3, 4, 5]);
  await rot('Evenings', evening, '17:00', '22:00', [s.grace, s.tom, s.priya], 1);
  await rot('Waking nights', waking, '22:00', '08:00', [s.nina, s.olu], 4);
  await rot('On-call phone', onCall, '17:00', '09:00', [s.hannah, s.priya, s.grace], 7);
  await rot('Manager on call', manager, '09:00', '09:00', [s.mona, s.marcus], 7);
  const req = (label: string, f: Record<string, unknown>) => ok(shell.router, 'rota.requirements.add', { label, from: '00:00', to: '00:00', minPeople: 1, ...f });
  await req('Two in the office on weekdays', { shiftTypeId: office, from: '09:00', to: '17:00', daysOfWeek: [1, 2, 3, 4, 5], minPeople: 2 });
  await req('Manager on call at all times', { shiftTypeId: manager });
  await req('A female worker reachable at all times', { requiredSex: 'female' });
  // Leave that leaves holes: Sophie on leave for two office days, Nina for a night.
  await ok(shell.router, 'rota.leave.add', { staffId: s.sophie, start: '2026-11-09T00:00', end: '2026-11-11T00:00', type: 'annual' });
  await ok(shell.router, 'rota.leave.add', { staffId: s.nina, start: '2026-11-18T12:00', end: '2026-11-19T12:00', type: 'training' });
  await ok(shell.router, 'rota.overrides.add', { shiftTypeId: office, staffId: s.grace, replacesStaffId: s.sophie, start: '2026-11-09T09:00', end: '2026-11-09T17:00', note: '' });
  return s;
}

