import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FullConfig } from '@playwright/test';
import { hasElectronBinary, NO_ELECTRON_MESSAGE } from './electron-binary';
import { assertRendererBuilt, RENDERER_DIR, REPO_ROOT } from './serve-renderer';

/*
 * Runs once before the end-to-end tests. The specs test the *built* renderer, so a missing build
 * fails at once with the command to run, and a build older than its sources is called out: a
 * green run against yesterday's bundle proves nothing about today's code.
 */

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function globalSetup(config: FullConfig): void {
  assertRendererBuilt();
  const built = statSync(join(RENDERER_DIR, 'index.html')).mtimeMs;
  const sources = Math.max(newestMtime(join(REPO_ROOT, 'src', 'renderer')), newestMtime(join(REPO_ROOT, 'src', 'shared')));
  if (sources > built) {
    console.warn('[e2e] The renderer build is older than src/renderer or src/shared: run `npx electron-vite build` first.');
  }
  if (runsProject(config, 'electron') && !hasElectronBinary) console.log(`[e2e] electron project skipped: ${NO_ELECTRON_MESSAGE}.`);
}

/** Whether this run includes a project: all of them unless --project names others. */
function runsProject(config: FullConfig, name: string): boolean {
  if (!config.projects.some((p) => p.name === name)) return false;
  const chosen: string[] = [];
  process.argv.forEach((arg, i) => {
    if (arg.startsWith('--project=')) chosen.push(arg.slice('--project='.length));
    else if (arg === '--project' && process.argv[i + 1]) chosen.push(process.argv[i + 1]!);
  });
  return chosen.length === 0 || chosen.includes(name);
}
