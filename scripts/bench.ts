/*
 * `npm run bench`: runs every benchmark (the same suite as `waymark bench`) plus the renderer's
 * cold start in the dev shell, writes one JSON file and regenerates docs/performance.md from it.
 * Usage: tsx scripts/bench.ts [--scale small|large] [--out FILE] [--no-markdown]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { benchMarkdown } from '../src/main/bench/markdown';
import { runBenchmarks, type BenchResult } from '../src/main/bench/suite';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'large' }, out: { type: 'string', default: 'bench-results/bench.json' }, 'no-markdown': { type: 'boolean' } },
});
const scale = values.scale === 'small' ? 'small' : 'large';
const report = await runBenchmarks(scale, (line) => process.stderr.write(`bench: ${line}\n`));

try {
  const { benchColdStart } = (await import('./bench-cold-start')) as { benchColdStart: () => Promise<{ coldStartMs: number }> };
  process.stderr.write('bench: renderer cold start in the dev shell\n');
  const { coldStartMs } = await benchColdStart();
  const cold: BenchResult = {
    name: 'renderer-cold-start',
    description: 'dev shell: new browser context to the first usable screen (median of 5)',
    target: '< 1500 ms',
    figures: { coldStartMs: Math.round(coldStartMs) },
  };
  report.results.push(cold);
} catch (e) {
  process.stderr.write(`bench: cold start not measured (${e instanceof Error ? e.message : String(e)})\n`);
}

mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify(report, null, 2) + '\n');
process.stderr.write(`bench: wrote ${values.out}\n`);
if (!values['no-markdown']) {
  mkdirSync('docs', { recursive: true });
  writeFileSync('docs/performance.md', benchMarkdown(report));
  process.stderr.write('bench: wrote docs/performance.md\n');
}
