/*
 * `npm run bench`: runs every benchmark (the same suite as `waymark bench`) plus the renderer's
 * cold start in the dev shell, writes one JSON file and regenerates docs/performance.md from it.
 * A step that fails (the cold start needs Chromium) is written as a failed row with its error and
 * the run exits non-zero (src/main/bench/full-run.ts): a missing figure is never silent.
 * Usage: tsx scripts/bench.ts [--scale small|large] [--out FILE] [--no-markdown]
 */
import { parseArgs } from 'node:util';
import { runFullBench } from '../src/main/bench/full-run';
import { runBenchmarks } from '../src/main/bench/suite';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'large' }, out: { type: 'string', default: 'bench-results/bench.json' }, 'no-markdown': { type: 'boolean' } },
});
const scale = values.scale === 'small' ? 'small' : 'large';
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

process.exitCode = await runFullBench({
  suite: () => runBenchmarks(scale, log),
  extras: [
    {
      name: 'renderer-cold-start',
      description: 'dev shell: new browser context to the first usable screen (median of 5)',
      target: '< 1500 ms',
      async measure() {
        // Loaded only here: it brings Playwright and the dev shell, which the suite does not need.
        const { benchColdStart } = (await import('./bench-cold-start')) as { benchColdStart: () => Promise<{ coldStartMs: number }> };
        const { coldStartMs } = await benchColdStart();
        return { coldStartMs: Math.round(coldStartMs) };
      },
    },
  ],
  out: values.out!,
  markdown: values['no-markdown'] ? null : 'docs/performance.md',
  log,
});
