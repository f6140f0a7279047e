import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Lint rules that hold the architecture in place:
 * - src/shared is pure: no electron, no node:*, no React (it runs in every process).
 * - the renderer never imports main-process or preload code, nor Node or Electron.
 * - nothing uses eval, new Function, dangerouslySetInnerHTML, shell.openExternal with a
 *   non-constant argument, or SQL assembled by string concatenation / interpolation.
 */

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http', 'https', 'url', 'util', 'stream', 'worker_threads', 'zlib', 'events', 'buffer'];

const banDangerous = [
  { selector: "CallExpression[callee.name='eval']", message: 'eval is banned.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned: render text, never HTML.' },
  {
    selector: "CallExpression[callee.property.name='openExternal'][arguments.0.type!='Literal']",
    message: 'shell.openExternal only with a constant URL.',
  },
  {
    // db.prepare(`… ${x} …`): SQL must be parameterised. Only module constants in UPPER_CASE
    // (fixed column lists, reviewed fragments) may be interpolated.
    selector:
      "CallExpression[callee.property.name=/^(prepare|exec)$/] > TemplateLiteral > :not(TemplateElement, Identifier[name=/^[A-Z][A-Z0-9_]*$/])",
    message: 'Build SQL with ? parameters, not template interpolation (only UPPER_CASE constant fragments may be interpolated).',
  },
  {
    selector: "CallExpression[callee.property.name=/^(prepare|exec)$/] > BinaryExpression.arguments[operator='+']",
    message: 'Build SQL with ? parameters, not string concatenation.',
  },
  {
    // The same two rules for the per-connection statement cache, cached(db, sql).
    selector: "CallExpression[callee.name='cached'] > TemplateLiteral > :not(TemplateElement, Identifier[name=/^[A-Z][A-Z0-9_]*$/])",
    message: 'Build SQL with ? parameters, not template interpolation (only UPPER_CASE constant fragments may be interpolated).',
  },
  {
    selector: "CallExpression[callee.name='cached'] > BinaryExpression.arguments[operator='+']",
    message: 'Build SQL with ? parameters, not string concatenation.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'artifacts/**', '.devshell-data/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-syntax': ['error', ...banDangerous],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-implied-eval': 'error',
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
