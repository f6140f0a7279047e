import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './serve-renderer';

/*
 * Finds Electron's binary without `require('electron')`: that module downloads the binary when
 * it is missing, which on our build machines (ELECTRON_SKIP_BINARY_DOWNLOAD=1, no access to the
 * release host) would hang or throw instead of answering "no".
 */

/** Why the electron project is skipped where there is no binary. */
export const NO_ELECTRON_MESSAGE =
  'No Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); the devshell project covers these specs';

/** The Electron executable, or null when this machine has none. */
export function electronBinary(): string | null {
  const pkg = join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  // The same override electron's own index.js honours.
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const bin = join(dist, relative);
  return existsSync(bin) ? bin : null;
}

/** Whether the electron project can run here. */
export const hasElectronBinary: boolean = electronBinary() !== null;
