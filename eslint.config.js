import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import waymark from './eslint/waymark-rules.js';

/*
 * Lint rules that hold the architecture in place:
 * - src/shared is pure: no electron, no Node built-in (any of them, bare or node:), no React
 *   (it runs in every process).
 * - the renderer never imports main-process or preload code, nor Node or Electron.
 * - nothing uses eval (direct or indirect), new Function / Function(), dangerouslySetInnerHTML,
 *   shell.openExternal with a non-constant argument, or SQL assembled by string concatenation /
 *   interpolation (eslint/waymark-rules.js). test/unit/hygiene/lint-rules.test.ts proves each
 *   one fires.
 */

/** Every Node built-in, as `fs`, `node:fs` and subpaths such as `fs/promises`. */
const NODE_BUILTINS = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))].flatMap((m) => [m, `node:${m}`]);

const banDangerous = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned: render text, never HTML.' },
  { selector: "Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned: render text, never HTML.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', '.devshell-data/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { waymark },
    rules: {
      'no-restricted-syntax': ['error', ...banDangerous],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // eval in every form: eval(x), (0, eval)(x), window.eval; setTimeout('code'); new Function / Function().
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'waymark/no-sql-interpolation': 'error',
      'waymark/constant-open-external': 'error',
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared is pure: no electron.' },
            { name: 'react', message: 'src/shared is pure: no React.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'src/shared is pure: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'src/shared is pure: no Node built-ins.' },
            { group: ['react-dom', 'react-dom/*', '@mantine/*', 'better-sqlite3*'], message: 'src/shared is pure.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports nothing from the processes.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer has no Electron: use the api client.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'The renderer has no Node.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/main/**', '**/preload/**', 'better-sqlite3*'], message: 'The renderer never imports main-process code.' },
          ],
        },
      ],
    },
  },
);
