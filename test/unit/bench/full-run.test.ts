import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runFullBench, type ExtraBenchmark } from '../../../src/main/bench/full-run';
import type { BenchReport } from '../../../src/main/bench/suite';
import { tempDir } from '../../helpers/temp-workspace';

/*
 * What `npm run bench` does after the suite (scripts/bench.ts is a thin wrapper round this): a
 * step that cannot run, such as the renderer cold start without a browser, must show as a failed
 * row with its error and make the run exit non-zero, never just vanish from the report.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function cannedSuite(): Promise<BenchReport> {
  return Promise.resolve({
    date: '2026-11-20T10:00:00.000Z',
    scale: 'small',
    machine: { platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'test', memoryGiB: 4, node: 'v22' },
    results: [{ name: 'sign-in', description: 'derive, unwrap, open', target: '< 1000 ms', figures: { ms: 640 } }],
  });
}

const coldStart = (measure: ExtraBenchmark['measure']): ExtraBenchmark => ({
  name: 'renderer-cold-start',
  description: 'dev shell: new browser context to the first usable screen',
  target: '< 1500 ms',
  measure,
});

async function run(extras: ExtraBenchmark[]) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const log: string[] = [];
  const out = join(dir, 'out', 'bench.json');
  const markdown = join(dir, 'docs', 'performance.md');
  const code = await runFullBench({ suite: cannedSuite, extras, out, markdown, log: (l) => log.push(l) });
  return { code, log, report: JSON.parse(readFileSync(out, 'utf8')) as BenchReport, markdown: readFileSync(markdown, 'utf8') };
}

describe('npm run bench', () => {
  it('writes a failed cold start as a failed row with its error, and exits non-zero', async () => {
    const r = await run([
      coldStart(async () => {
        throw new Error('Chromium could not start | no display');
      }),
    ]);
    expect(r.code).toBe(1);
    expect(r.report.results.map((x) => x.name)).toEqual(['sign-in', 'renderer-cold-start']);
    const row = r.report.results[1]!;
    expect(row).toMatchObject({ name: 'renderer-cold-start', target: '< 1500 ms', error: 'Chromium could not start | no display' });
    expect(row.figures).toBeUndefined();
    // The summary shows the failure in the row, and the table is not split by the | in the message.
    const line = r.markdown.split('\n').find((l) => l.startsWith('| renderer-cold-start |'))!;
    expect(line).toContain('**FAILED**: Chromium could not start \\| no display');
    expect(line.split(/(?<!\\)\|/).length).toBe(r.markdown.split('\n').find((l) => l.startsWith('| sign-in |'))!.split('|').length);
    expect(r.log).toContain('FAILED renderer-cold-start: Chromium could not start | no display');
    expect(r.log.at(-1)).toBe('1 benchmark(s) failed: renderer-cold-start');
  });

  it('writes the figures and exits zero when every step runs', async () => {
    const r = await run([coldStart(async () => ({ coldStartMs: 812 }))]);
    expect(r.code).toBe(0);
    expect(r.report.results[1]).toEqual({
      name: 'renderer-cold-start',
      description: 'dev shell: new browser context to the first usable screen',
      target: '< 1500 ms',
      figures: { coldStartMs: 812 },
    });
    expect(r.markdown).toMatch(/^\| renderer-cold-start \|.*\| coldStartMs: 812 \|$/m);
    expect(r.markdown).not.toContain('FAILED');
  });
});
