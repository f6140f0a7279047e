import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Static checks over src/: the hardening holds only if no other code path creates a window with
 * its own options, imports Electron outside the platform glue, or turns a protection off.
 */

const SRC = join(__dirname, '..', '..', '..', 'src');
const GLUE = 'src/main/platform/electron-app.ts';
const PRELOAD = 'src/preload/index.ts';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const files = sourceFiles(SRC).map((f) => ({
  path: relative(join(SRC, '..'), f).split(sep).join('/'),
  text: readFileSync(f, 'utf8'),
}));

function filesMatching(re: RegExp): string[] {
  return files.filter((f) => re.test(f.text)).map((f) => f.path);
}

describe('source scan', () => {
  it('finds the source tree', () => {
    expect(files.some((f) => f.path === GLUE)).toBe(true);
  });

  it('creates BrowserWindows in one place only, always from hardenedWindowOptions', () => {
    expect(filesMatching(/new\s+BrowserWindow\b/)).toEqual([GLUE]);
    const glue = files.find((f) => f.path === GLUE)!.text;
    const creations = glue.match(/new\s+BrowserWindow\s*\(/g) ?? [];
    const hardened = glue.match(/new\s+BrowserWindow\s*\(\s*hardenedWindowOptions\s*\(/g) ?? [];
    expect(creations.length).toBeGreaterThan(0);
    expect(hardened.length).toBe(creations.length);
  });

  it('creates no other kind of web contents with options of its own', () => {
    expect(filesMatching(/new\s+(BrowserView|WebContentsView|webContents\.create)\b/)).toEqual([]);
    expect(filesMatching(/<webview\b/i)).toEqual([]);
  });

  it('never switches a protection off anywhere in the source', () => {
    const weakening = [
      /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent\s*:\s*true/,
      /webviewTag\s*:\s*true/,
      /experimentalFeatures\s*:\s*true/,
      /enableBlinkFeatures\s*:/,
      /bypassCSP\s*:\s*true/,
      /setPermissionRequestHandler\s*\(\s*null/,
      /disableWebSecurity|ignore-certificate-errors|allowInsecureLocalhost/,
    ];
    for (const re of weakening) expect(filesMatching(re), String(re)).toEqual([]);
  });

  it('imports Electron at run time only in the glue and the preload (pure modules import types only)', () => {
    const runtimeElectron = /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron(\/[a-z]+)?['"]/m;
    const requireElectron = /require\(\s*['"]electron['"]\s*\)/;
    expect(files.filter((f) => runtimeElectron.test(f.text) || requireElectron.test(f.text)).map((f) => f.path).sort()).toEqual([GLUE, PRELOAD].sort());
  });

  it('has no auto-updater and never starts a crash reporter', () => {
    expect(filesMatching(/\bautoUpdater\b|electron-updater|update-electron-app/)).toEqual([]);
    expect(filesMatching(/crashReporter\s*\.\s*start/)).toEqual([]);
  });

  it('keeps the menu out of installed builds', () => {
    const glue = files.find((f) => f.path === GLUE)!.text;
    expect(glue).toMatch(/if\s*\(\s*packaged\s*\)\s*Menu\.setApplicationMenu\(\s*null\s*\)/);
  });

  it('takes the single-instance lock and registers the app scheme before the app is ready', () => {
    const glue = files.find((f) => f.path === GLUE)!.text;
    const ready = glue.indexOf('app.whenReady()');
    for (const call of ['protocol.registerSchemesAsPrivileged(', 'app.requestSingleInstanceLock()', 'app.enableSandbox()']) {
      const at = glue.indexOf(call);
      expect(at, call).toBeGreaterThan(-1);
      expect(at, call).toBeLessThan(ready);
    }
  });
});
