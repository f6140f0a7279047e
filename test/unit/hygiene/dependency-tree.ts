import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * Walks installed packages the way Node resolves them: from a package's folder, up through each
 * node_modules on the way to the root. Used by the hygiene tests to see what ships and what runs
 * at install time, from node_modules itself rather than from what package.json hopes.
 */

/** The package.json fields the hygiene tests read. */
export interface Manifest {
  name: string;
  version: string;
  license?: unknown;
  licenses?: unknown;
  scripts?: Record<string, string>;
  gypfile?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** One installed package. */
export interface InstalledPackage {
  dir: string;
  manifest: Manifest;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** The folder `name` resolves to from `fromDir`, or null when it is not installed. */
export function resolvePackageDir(name: string, fromDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/** What went missing while walking (a required dependency that is not installed). */
export interface WalkResult {
  packages: InstalledPackage[];
  missing: string[];
}

/**
 * Every package reachable from the root's production dependencies: dependencies, optional
 * dependencies that are installed, and peer dependencies that are not marked optional.
 */
export function productionTree(rootDir: string): WalkResult {
  const seen = new Map<string, InstalledPackage>();
  const missing: string[] = [];
  const visit = (name: string, fromDir: string, required: boolean, via: string) => {
    const dir = resolvePackageDir(name, fromDir);
    if (!dir) {
      if (required) missing.push(`${name} (needed by ${via})`);
      return;
    }
    if (seen.has(dir)) return;
    const manifest = readManifest(dir);
    seen.set(dir, { dir, manifest });
    const who = `${manifest.name}@${manifest.version}`;
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir, true, who);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) visit(dep, dir, false, who);
    for (const dep of Object.keys(manifest.peerDependencies ?? {})) {
      visit(dep, dir, manifest.peerDependenciesMeta?.[dep]?.optional !== true, who);
    }
  };
  const root = readManifest(rootDir);
  for (const dep of Object.keys(root.dependencies ?? {})) visit(dep, rootDir, true, 'package.json');
  return { packages: [...seen.values()], missing };
}
