import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionTree } from './dependency-tree';
import { declaredLicence, satisfies, SpdxParseError } from './spdx';

/*
 * Every package that ships inside the app (the production dependency tree, as installed) must be
 * under a licence on this list. Copyleft licences that would bind the app (GPL, AGPL, LGPL) are
 * never on it. Electron and Chromium themselves are MIT/BSD and come with electron-builder, not
 * from node_modules.
 */

const ROOT = join(__dirname, '..', '..', '..');

/** Permissive licences, plus MPL-2.0 (file-level copyleft: shipping unmodified files is fine). */
const ALLOWED = new Set([
  'MIT',
  'MIT-0',
  'ISC',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  '0BSD',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'CC-BY-4.0',
  'Unlicense',
  'Python-2.0',
  'Zlib',
  'MPL-2.0',
]);

/** Packages whose manifest spells the licence oddly, checked by hand (name@version → finding). */
const REVIEWED: Record<string, string> = {
  'chainsaw@0.1.0': 'package.json says "MIT/X11", the old name of the MIT licence',
};

/** Known ways out for packages this test has refused before, shown with the failure. */
const REMEDIES: Record<string, string> = {
  buffers:
    'reached through exceljs 4.4.0 → unzipper 0.10 → binary; unzipper 0.11+ dropped it (exceljs issues #2743, #2866): add "overrides": { "unzipper": "^0.12.3" } to package.json',
};

/**
 * Dual-licensed packages that offer a GPL option, and the permissive licence the app takes them
 * under instead (name → licence chosen).
 */
const CHOSEN_UNDER: Record<string, string> = {
  jszip: 'MIT',
};

describe('licences of shipped dependencies', () => {
  const { packages, missing } = productionTree(ROOT);

  it('finds the whole production tree installed', () => {
    expect(missing).toEqual([]);
    expect(packages.length).toBeGreaterThan(10);
    expect(packages.map((p) => p.manifest.name)).toContain('better-sqlite3-multiple-ciphers');
  });

  it('has an allowed licence for every shipped package', () => {
    const refused: string[] = [];
    for (const { manifest } of packages) {
      const id = `${manifest.name}@${manifest.version}`;
      if (REVIEWED[id]) continue;
      const licence = declaredLicence(manifest);
      const remedy = REMEDIES[manifest.name] ? ` — ${REMEDIES[manifest.name]}` : '';
      if (licence === null) {
        refused.push(`${id}: no licence declared${remedy}`);
        continue;
      }
      try {
        if (!satisfies(licence, ALLOWED)) refused.push(`${id}: ${licence}${remedy}`);
      } catch (e) {
        if (e instanceof SpdxParseError) refused.push(`${id}: ${e.message}`);
        else throw e;
      }
    }
    expect(refused).toEqual([]);
  });

  it('ships nothing under the GPL family: a GPL option is only ever declined for a named permissive one', () => {
    for (const l of ALLOWED) expect(l).not.toMatch(/GPL/i);
    const unexplained: string[] = [];
    for (const { manifest } of packages) {
      const licence = declaredLicence(manifest) ?? '';
      if (!/GPL/i.test(licence)) continue;
      const chosen = CHOSEN_UNDER[manifest.name];
      const offered = chosen !== undefined && new RegExp(`(^|[\\s(])${chosen}\\s+OR\\b|\\bOR\\s+${chosen}($|[\\s)])`).test(licence);
      if (!offered || !ALLOWED.has(chosen)) unexplained.push(`${manifest.name}@${manifest.version}: ${licence}`);
    }
    expect(unexplained).toEqual([]);
  });
});

describe('licence expressions', () => {
  const allowed = new Set(['MIT', 'ISC', 'Apache-2.0']);

  it('reads OR as a choice and AND as both', () => {
    expect(satisfies('MIT', allowed)).toBe(true);
    expect(satisfies('(MIT OR GPL-3.0-only)', allowed)).toBe(true);
    expect(satisfies('MIT AND ISC', allowed)).toBe(true);
    expect(satisfies('MIT AND GPL-2.0-only', allowed)).toBe(false);
    expect(satisfies('(MIT OR GPL-2.0) AND (AGPL-3.0 OR ISC)', allowed)).toBe(true);
    expect(satisfies('GPL-3.0-or-later', allowed)).toBe(false);
    expect(satisfies('Apache-2.0 WITH LLVM-exception', allowed)).toBe(true);
  });

  it('refuses what it cannot read rather than passing it', () => {
    expect(() => satisfies('(MIT', allowed)).toThrow(SpdxParseError);
    expect(() => satisfies('MIT OR', allowed)).toThrow(SpdxParseError);
    expect(() => satisfies('SEE LICENSE IN LICENSE.md', allowed)).toThrow(SpdxParseError);
    expect(satisfies('UNLICENSED', allowed)).toBe(false);
  });

  it('reads the old object and array forms', () => {
    expect(declaredLicence({ license: { type: 'MIT' } })).toBe('MIT');
    expect(declaredLicence({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT) AND (Apache-2.0)');
    expect(declaredLicence({})).toBeNull();
  });
});
