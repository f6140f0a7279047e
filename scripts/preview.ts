import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchDevShell } from '../test/devshell/harness';

/*
 * `npm run preview`: the dev shell in a visible Chromium window, for a person to use the app
 * without an Electron binary. The real router, services and encrypted database run in this
 * process with the real scrypt cost and the system clock; the data stays in a folder between
 * runs. npm builds the renderer before this starts.
 *
 *   npm run preview                      data in ./.devshell-data/
 *   npm run preview -- --data DIR        data in DIR
 *   tsx scripts/preview.ts --exit-after 5   close by itself (to check it starts, e.g. under xvfb-run)
 */

const USAGE = 'Usage: tsx scripts/preview.ts [--data DIR] [--exit-after SECONDS]';

function options(): { dataDir: string; exitAfterMs: number | null } {
  let values: { data?: string; 'exit-after'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { data: { type: 'string' }, 'exit-after': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  let exitAfterMs: number | null = null;
  if (values['exit-after'] !== undefined) {
    const seconds = Number(values['exit-after']);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      console.error(`--exit-after needs a number of seconds.\n${USAGE}`);
      process.exit(2);
    }
    exitAfterMs = seconds * 1000;
  }
  return { dataDir: resolve(values.data ?? '.devshell-data'), exitAfterMs };
}

async function main(): Promise<void> {
  const { dataDir, exitAfterMs } = options();
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    console.error('No display found. On a machine without one, run: xvfb-run -a npx tsx scripts/preview.ts --exit-after 5');
    process.exit(1);
  }
  const shell = await launchDevShell({ dir: dataDir, headless: false });
  console.log(`Waymark dev shell is open (renderer served as https://waymark.invalid/, nothing leaves this machine).`);
  console.log(`Data folder: ${shell.dir}`);
  console.log(`Database:    ${shell.dbPath}`);
  console.log('Close the browser window or press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (why: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`Stopping (${why}); the database is closed and its key wiped.`);
    // Requests refused along the way are worth knowing about: the app must make none.
    if (shell.foreignRequests.length > 0) console.warn(`Refused requests to other origins:\n  ${shell.foreignRequests.join('\n  ')}`);
    await shell.close();
    process.exit(code);
  };

  process.on('SIGINT', () => void stop('Ctrl+C'));
  process.on('SIGTERM', () => void stop('terminated'));
  shell.page.on('close', () => void stop('window closed'));
  shell.browser.on('disconnected', () => void stop('browser closed'));
  if (exitAfterMs !== null) setTimeout(() => void stop(`--exit-after ${exitAfterMs / 1000}`), exitAfterMs);
}

main().catch((e: unknown) => {
  console.error(`The dev shell could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
