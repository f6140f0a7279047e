import { test as base, expect } from '@playwright/test';
import { hasElectronBinary, NO_ELECTRON_MESSAGE } from '../devshell/electron-binary';
import { launchElectronShell } from '../devshell/electron-shell';
import { launchDevShell, type DevShell, type DevShellOptions } from '../devshell/harness';

/*
 * The fixture every end-to-end spec uses:
 *
 *   import { test, expect } from './fixtures';
 *   test('…', async ({ shell }) => { await shell.page.getByRole(…) … });
 *
 * Each test gets its own shell (fresh browser context, fresh data folder), closed afterwards.
 * Per file or describe block, `test.use({ shellOptions: { scrypt: TEST_SCRYPT } })` changes how
 * it starts. Under the electron project the workspace is out of process: a spec that needs
 * shell.ws, shell.router, shell.calls or shell.tickIdle() skips with
 * `test.skip(shellKind === 'electron', '…')`.
 *
 * The app makes no network connection (shared/DESIGN.md §3), so any test after which the shell
 * has recorded a request to a foreign origin fails, whatever it asserted. Only a spec that
 * provokes such requests on purpose opts out, with `test.use({ allowForeignRequests: true })`.
 */

/** Which shell the project runs the specs in. */
export type ShellKind = 'devshell' | 'electron';

/** Options a project or spec sets with `use` / `test.use`. */
export interface ShellFixtureOptions {
  shellKind: ShellKind;
  shellOptions: DevShellOptions;
  /** Default false: the test fails if the page tried to reach any other origin. */
  allowForeignRequests: boolean;
}

export const test = base.extend<ShellFixtureOptions & { shell: DevShell }>({
  shellKind: ['devshell', { option: true }],
  shellOptions: [{}, { option: true }],
  allowForeignRequests: [false, { option: true }],
  shell: async ({ shellKind, shellOptions, allowForeignRequests }, use, testInfo) => {
    if (shellKind === 'electron') testInfo.skip(!hasElectronBinary, NO_ELECTRON_MESSAGE);
    const shell = shellKind === 'electron' ? await launchElectronShell(shellOptions) : await launchDevShell(shellOptions);
    try {
      await use(shell);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        // What the page showed and complained about, kept with the failed test's results.
        await shell.page
          .screenshot({ fullPage: true })
          .then((body) => testInfo.attach('page-at-failure', { body, contentType: 'image/png' }))
          .catch(() => undefined);
        await testInfo.attach('shell-log', {
          body: JSON.stringify({ pageErrors: shell.pageErrors, foreignRequests: shell.foreignRequests, calls: shell.calls }, null, 2),
          contentType: 'application/json',
        });
      }
      await shell.close();
    }
    // After close, so a request made while the page was torn down is counted too.
    if (!allowForeignRequests) expect(shell.foreignRequests, 'requests to a foreign origin (the app must make none)').toEqual([]);
  },
});

export { expect };
