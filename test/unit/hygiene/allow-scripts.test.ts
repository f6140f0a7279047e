import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from './dependency-tree';

/*
 * npm runs a dependency's install scripts only when package.json's allowScripts approves them.
 * This test keeps that list exact: every installed package with an install script has an entry,
 * every entry names such a package, and the approvals are exactly the ones justified below.
 */

const ROOT = join(__dirname, '..', '..', '..');

/** The packages whose install scripts must run, and why. Anything else is denied. */
const MUST_RUN: Record<string, string> = {
  '@journeyapps/sqlcipher': 'builds Zetetic SQLCipher from source for the interoperability test (dev only)',
};

/**
 * Install-time scripts as npm counts them: preinstall, install, postinstall, and the `node-gyp
 * rebuild` npm adds for a package with binding.gyp and no install script of its own. (npm may
 * count that one even when the package sets gypfile:false, so this does too and the package must
 * still carry an explicit entry.)
 */
function installScripts(dir: string): string[] {
  const m = readManifest(dir);
  const scripts = (['preinstall', 'install', 'postinstall'] as const).filter((s) => m.scripts?.[s]);
  if (!m.scripts?.install && !m.scripts?.preinstall && existsSync(join(dir, 'binding.gyp'))) scripts.push('install');
  return scripts;
}

/** Every installed package folder under node_modules, nested ones included. */
function installedPackages(nodeModules: string): Array<{ name: string; dir: string }> {
  const out: Array<{ name: string; dir: string }> = [];
  if (!existsSync(nodeModules)) return out;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dirs = entry.name.startsWith('@')
      ? readdirSync(join(nodeModules, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(entry.name, e.name))
      : [entry.name];
    for (const rel of dirs) {
      const dir = join(nodeModules, rel);
      if (!existsSync(join(dir, 'package.json'))) continue;
      out.push({ name: readManifest(dir).name ?? rel, dir });
      out.push(...installedPackages(join(dir, 'node_modules')));
    }
  }
  return out;
}

describe('allowScripts', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
  const allow = pkg.allowScripts ?? {};
  const withScripts = new Map<string, string[]>();
  for (const { name, dir } of installedPackages(join(ROOT, 'node_modules'))) {
    const scripts = installScripts(dir);
    if (scripts.length > 0) withScripts.set(name, scripts);
  }

  it('finds the packages with install scripts', () => {
    expect(withScripts.has('@journeyapps/sqlcipher')).toBe(true);
  });

  it('has a decision for every installed package with an install script', () => {
    const undecided = [...withScripts.keys()].filter((name) => !(name in allow));
    expect(undecided).toEqual([]);
  });

  it('approves exactly the scripts that must run', () => {
    const approved = Object.entries(allow).filter(([, v]) => v === true).map(([k]) => k).sort();
    expect(approved).toEqual(Object.keys(MUST_RUN).sort());
  });

  it('has no stale entries (each names an installed package with an install script)', () => {
    // A key may be pinned to a version ("pkg@1.2.3", "@scope/pkg@1.2.3"); the name is before it.
    const nameOf = (key: string) => key.replace(/(?<=.)@[^@/]*$/, '');
    const stale = Object.keys(allow).filter((key) => !withScripts.has(nameOf(key)));
    expect(stale).toEqual([]);
  });

  it('never runs a build of the SQLCipher module the app ships: its prebuilt binaries are used', () => {
    expect(allow['better-sqlite3-multiple-ciphers']).toBe(false);
  });
});
