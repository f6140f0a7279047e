import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * The lint rules that keep dangerous code out (eslint.config.js, eslint/waymark-rules.js) are
 * only worth having if they fire. Each sample below is linted with the project's own
 * configuration, as a file in the folder whose rules apply, and must be reported by the rule
 * named; the clean samples beside them must not be reported at all.
 */

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = 'src/main/services/lint-sample.ts';
const RENDERER = 'src/renderer/src/features/lint-sample/Sample.tsx';
const SHARED = 'src/shared/lint-sample.ts';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.js') });
});

/** The rules that report on `code` linted as `file` (unused-variable noise left out). */
async function rulesFiring(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  const fatal = result!.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`sample did not parse: ${fatal.map((m) => m.message).join('; ')}`);
  return result!.messages.map((m) => m.ruleId ?? '(none)').filter((r) => r !== '@typescript-eslint/no-unused-vars');
}

/** Declarations every sample may use, so only the pattern under test is reported. */
const PRELUDE = `
declare const db: { prepare(sql: string): unknown; exec(sql: string): unknown };
declare const shell: { openExternal(url: string): Promise<void> };
declare function cached(db: unknown, sql: string): unknown;
declare const code: string, x: string, id: number, url: string, table: string, name: string;
declare let sql: string;
`;

const lint = (body: string, file = MAIN) => rulesFiring(`${PRELUDE}\n${body}\n`, file);

describe('lint: code that runs text as code', () => {
  it.each([
    ['eval(code)', 'no-eval'],
    ['(0, eval)(code)', 'no-eval'],
    ['globalThis.eval(code)', 'no-eval'],
    ['new Function("a", code)', 'no-new-func'],
    ['Function(code)()', 'no-new-func'],
    ['setTimeout("alert(1)", 10)', 'no-implied-eval'],
  ])('reports %s', async (sample, rule) => {
    expect(await lint(`export const r = ${sample};`)).toContain(rule);
  });

  it('reports window.eval in the renderer too', async () => {
    expect(await lint('export const r = window.eval(code);', RENDERER)).toContain('no-eval');
  });
});

describe('lint: HTML injected into React', () => {
  it('reports dangerouslySetInnerHTML as a JSX attribute and as a createElement prop', async () => {
    expect(await lint('export const A = () => <div dangerouslySetInnerHTML={{ __html: x }} />;', RENDERER)).toContain('no-restricted-syntax');
    expect(await lint('declare const h: (t: string, p: object) => unknown;\nexport const B = h("div", { dangerouslySetInnerHTML: { __html: x } });', RENDERER)).toContain(
      'no-restricted-syntax',
    );
  });

  it('lets text be rendered as text', async () => {
    expect(await lint('export const A = () => <div title={x}>{x}</div>;', RENDERER)).toEqual([]);
  });
});

describe('lint: shell.openExternal', () => {
  it.each([
    ['shell.openExternal(url)'],
    ["shell['openExternal'](x)"],
    ['shell.openExternal(`https://example.org/${x}`)'],
    ['shell.openExternal("https://example.org/" + x)'],
    ['[url].forEach(shell.openExternal)'],
  ])('reports %s', async (sample) => {
    expect(await lint(`export const r = ${sample};`)).toContain('waymark/constant-open-external');
  });

  it('reports a destructured openExternal and its calls', async () => {
    expect(await lint('const { openExternal } = shell;\nexport const r = openExternal(url);')).toEqual(['waymark/constant-open-external', 'waymark/constant-open-external']);
  });

  it('allows a constant URL', async () => {
    expect(await lint("export const r = shell.openExternal('https://example.org/help');")).toEqual([]);
  });
});

describe('lint: SQL assembled from values', () => {
  it.each([
    ['db.prepare(`SELECT * FROM people WHERE id = ${id}`)'],
    ["db.exec('DELETE FROM people WHERE id = ' + id)"],
    ['cached(db, `SELECT name FROM people WHERE name = ${name}`)'],
    // Lower-case SQL straight into prepare is caught by where it goes.
    ['db.prepare(`select * from people where id = ${id}`)'],
  ])('reports %s passed straight to prepare/exec/cached', async (sample) => {
    expect(await lint(`export const r = ${sample};`)).toContain('waymark/no-sql-interpolation');
  });

  it.each([
    ['`SELECT name FROM ${table}`'],
    ["'UPDATE users SET display_name = \\'' + name + '\\' WHERE id = 1'"],
    ['`INSERT INTO audit_log (detail) VALUES (\'${x}\')`'],
    ['`PRAGMA table_info(${table})`'],
    ['"ATTACH DATABASE \'" + x + "\' AS bk"'],
    ['`CREATE TABLE ${table} (x INTEGER) STRICT`'],
    ['String.raw`DELETE FROM people WHERE name = \'${name}\'`'],
  ])('reports %s built in a variable first', async (sample) => {
    expect(await lint(`const q = ${sample};\nexport const r = db.prepare(q);`)).toContain('waymark/no-sql-interpolation');
  });

  it('reports a WHERE clause appended with +=', async () => {
    expect(await lint("sql = 'SELECT * FROM people';\nsql += ' WHERE id = ' + id;\nexport const r = db.prepare(sql);")).toContain('waymark/no-sql-interpolation');
  });

  it('allows ? parameters, UPPER_CASE constant fragments and ordinary sentences', async () => {
    const clean = [
      "export const a = db.prepare('SELECT * FROM people WHERE id = ?');",
      'const COLUMNS = "id, name";\nexport const b = cached(db, `SELECT ${COLUMNS} FROM people WHERE id = ?`);',
      "sql = 'SELECT * FROM people';\nsql += ' WHERE id = ?';\nexport const g = db.prepare(sql);",
      'export const c = `Update: ${name}`;',
      'export const d = `Select a unit from the list for ${name}`;',
      "export const e = 'Wait ' + id + ' seconds';",
      'export const f = 1 + id;',
    ];
    for (const sample of clean) expect(await lint(sample), sample).toEqual([]);
  });

  it('can be silenced on one line only, with the reason written down', async () => {
    const found = await lint(
      [
        '// eslint-disable-next-line waymark/no-sql-interpolation -- a table name read from sqlite_schema',
        'export const a = db.prepare(`SELECT count(*) FROM "${table}"`);',
        'export const b = db.prepare(`SELECT count(*) FROM "${table}"`);',
      ].join('\n'),
    );
    expect(found).toEqual(['waymark/no-sql-interpolation']);
  });
});

describe('lint: src/shared is pure', () => {
  it.each(['node:fs', 'fs', 'fs/promises', 'node:fs/promises', 'node:sqlite', 'worker_threads', 'node:async_hooks', 'perf_hooks', 'dns/promises', 'electron', 'react'])(
    'reports an import of %s',
    async (mod) => {
      expect(await lint(`import * as m from '${mod}';\nexport const r = m;`, SHARED)).toContain('no-restricted-imports');
    },
  );

  it('allows pure imports such as zod', async () => {
    expect(await lint("import { z } from 'zod';\nexport const r = z.string();", SHARED)).toEqual([]);
  });

  it('keeps Node out of the renderer as well', async () => {
    expect(await lint("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", RENDERER)).toContain('no-restricted-imports');
    expect(await lint("import { EventEmitter } from 'events';\nexport const r = EventEmitter;", RENDERER)).toContain('no-restricted-imports');
  });
});
