import { defineConfig } from '@playwright/test';
import type { ShellFixtureOptions } from './test/e2e/fixtures';

/*
 * End-to-end tests run the built renderer in the dev shell (Debian Chromium + the real router,
 * services and encrypted database in the test's process): see test/devshell/harness.ts. The
 * `electron` project runs the same specs under Playwright's _electron where an Electron binary
 * exists; elsewhere its tests are skipped with the reason, so `npx playwright test` passes on our
 * build machines with the devshell project doing the work.
 *
 * Build first: `npx electron-vite build` (npm test does).
 */
export default defineConfig<ShellFixtureOptions>({
  testDir: 'test/e2e',
  // Playwright honours tsconfig `paths` at run time and follows tsconfig.json's references into
  // tsconfig.base.json, whose type-only mapping of the SQLCipher module to its .d.ts cannot be
  // loaded. This tsconfig has no paths (type-checking still uses tsconfig.node.json).
  tsconfig: './test/devshell/tsconfig.playwright.json',
  // Two cores, and every test starts its own Chromium and derives keys with scrypt.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  globalSetup: './test/devshell/global-setup.ts',
  projects: [
    { name: 'devshell', use: { shellKind: 'devshell' } },
    { name: 'electron', use: { shellKind: 'electron' } },
  ],
});
