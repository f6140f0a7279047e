import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { SEPARATE_ENTRIES, type EntryName, type EntryPoint } from '../../src/main/entry-points';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds one separate entry (see src/main/entry-points.ts) to plain JavaScript, as the app's build
 * does, for tests that start it many times: a built file starts in a fraction of the time tsx
 * needs. Written under node_modules/.cache so the native module still resolves from it.
 */
export async function buildEntryForTest(name: EntryName): Promise<EntryPoint> {
  const outDir = join(ROOT, 'node_modules', '.cache', 'waymark-test-entries', `${name}-${process.pid}`);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      ssr: join(ROOT, 'src/main', SEPARATE_ENTRIES[name]),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { external: ['better-sqlite3-multiple-ciphers'], output: { entryFileNames: `${name}.mjs`, format: 'es' } },
    },
    ssr: { noExternal: true, external: ['better-sqlite3-multiple-ciphers'] },
  });
  return { file: join(outDir, `${name}.mjs`), execArgv: [] };
}
