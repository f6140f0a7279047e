import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Code that runs in a thread or process of its own (the backup worker, the crash-test writer, the memory probe) is
 * built as a separate entry beside main/index.js and cli.js (see electron.vite.config.ts). From
 * the source tree, as vitest and `tsx scripts/…` run it, the same entry is the TypeScript file,
 * loaded through tsx.
 */

/** The separate entries, by built name, with their source files relative to src/main. */
export const SEPARATE_ENTRIES = {
  'backup-worker': 'services/backup/backup.worker.ts',
  'crash-writer': 'bench/crash-writer.ts',
  'memory-probe': 'bench/memory-probe.ts',
} as const;

/** A separate entry's name. */
export type EntryName = keyof typeof SEPARATE_ENTRIES;

/** How to start an entry: the file and the Node options it needs. */
export interface EntryPoint {
  file: string;
  execArgv: string[];
}

/**
 * Finds an entry for the code that is running now. Built code lives in out/main/ or
 * out/main/chunks/, so the entry is beside this module or one folder up; source code is this file
 * in src/main/.
 */
export function resolveEntry(name: EntryName, moduleUrl: string = import.meta.url): EntryPoint {
  const here = dirname(fileURLToPath(moduleUrl));
  if (moduleUrl.endsWith('.ts')) {
    const file = resolve(here, SEPARATE_ENTRIES[name]);
    return { file, execArgv: ['--import', 'tsx'] };
  }
  for (const dir of [here, dirname(here)]) {
    const file = join(dir, `${name}.js`);
    if (existsSync(file)) return { file, execArgv: [] };
  }
  throw new Error(`the ${name} entry was not found beside ${here}; rebuild with "npm run build"`);
}
