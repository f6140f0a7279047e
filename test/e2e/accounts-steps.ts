import { expect, type Page } from '@playwright/test';
import { waitForFirstScreen } from '../devshell/first-screen';

/*
 * Steps the accounts end-to-end spec repeats, written as a person would do them on screen (so the
 * same steps work against the packaged app). Selectors are roles and accessible names.
 */

export const ORG = 'Harbour Lights Refuge';
export const ADMIN = { username: 'amira.k', displayName: 'Amira Khan', password: 'lantern-orchard-pebble-seven' };
export const WORKER = { username: 'bea.l', displayName: 'Bea Lewis', password: 'quilt-heron-saffron-ferry' };

// By accessible name: a required field's label also holds an asterisk, hidden from assistive tech.
export const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

/** Completes the set-up form and waits for the recovery sheet. */
export async function fillSetup(page: Page): Promise<void> {
  await field(page, 'Organisation name').fill(ORG);
  await field(page, 'Address').fill('PO Box 100\nSomewhere');
  await field(page, 'Phone').fill('01632 960000');
  await field(page, 'Email').fill('office@example.org');
  await field(page, 'Username').fill(ADMIN.username);
  await field(page, 'Display name').fill(ADMIN.displayName);
  await field(page, 'Password').fill(ADMIN.password);
  await field(page, 'Password again').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeVisible();
}

/** Confirms the recovery sheet and waits for home. */
export async function confirmSheet(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'I have printed or written down the recovery key' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(homeHeading(page)).toBeVisible();
}

export const homeHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /^(Good (morning|afternoon|evening)|Hello)/ });

/** Set-up straight through to home, for tests about what comes after. */
export async function setUpToHome(page: Page): Promise<void> {
  await waitForFirstScreen(page);
  await fillSetup(page);
  await confirmSheet(page);
}

/** Signs in from the sign-in (or lock) screen. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await field(page, 'Username').fill(username);
  await field(page, 'Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Opens a section from the navigation. */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/**
 * Does something that locks or signs out, then waits for the reload that wipes the renderer (the
 * main process, or the dev shell, reloads the page after every lock). Typing into the sign-in
 * form before that reload would be lost, so steps never race it.
 */
export async function andWaitForReload(page: Page, action: () => Promise<void>): Promise<void> {
  const reloaded = page.waitForEvent('load');
  await action();
  await reloaded;
}

/** Locks with Ctrl+L and waits for the lock screen. */
export async function lockWithKeyboard(page: Page): Promise<void> {
  await andWaitForReload(page, () => page.keyboard.press('Control+l'));
  await expect(page.getByRole('heading', { level: 1, name: 'Waymark is locked' })).toBeVisible();
}

/** Signs out through the account menu. */
export async function signOut(page: Page, who: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: new RegExp(who) }).click();
  await andWaitForReload(page, () => page.getByRole('menuitem', { name: 'Sign out' }).click());
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Waymark' })).toBeVisible();
}

/** Chooses a theme with the Light / Dark / Auto control on the current screen. */
export async function chooseTheme(page: Page, scheme: 'Light' | 'Dark'): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Theme' }).first().getByText(scheme, { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme.toLowerCase());
}

/** Adds a user through the Users screen and returns the temporary password it was given. */
export async function addUser(page: Page, user: { username: string; displayName: string }, role: RegExp): Promise<string> {
  await page.getByRole('main').getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a user' });
  await dialog.getByRole('textbox', { name: 'Display name', exact: true }).fill(user.displayName);
  await dialog.getByRole('textbox', { name: 'Username', exact: true }).fill(user.username);
  await dialog.getByRole('radio', { name: role }).check();
  await dialog.getByRole('button', { name: 'Generate' }).click();
  const temporary = await dialog.getByRole('textbox', { name: 'Temporary password', exact: true }).inputValue();
  expect(temporary).toMatch(/^[a-z]+(-[a-z]+){4}$/);
  await dialog.getByRole('button', { name: 'Add user' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(user.displayName) })).toContainText('Temporary password');
  return temporary;
}
