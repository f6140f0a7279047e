import { describe, expect, it } from 'vitest';
import { benchMarkdown } from '../../src/main/bench/markdown';
import { BENCHMARKS, runBenchmarks } from '../../src/main/bench/suite';

/*
 * The benchmarks are measured by `npm run bench`, never asserted as timings here. This runs the
 * whole suite once at small scale so a change that breaks a benchmark is caught in CI.
 */
describe('the benchmark suite', () => {
  it('runs every benchmark at small scale and reports figures for each', { timeout: 900_000 }, async () => {
    const report = await runBenchmarks('small');
    expect(report.scale).toBe('small');
    expect(report.results.length).toBeGreaterThanOrEqual(BENCHMARKS.length);
    for (const r of report.results) {
      expect(r.timing !== undefined || (r.figures !== undefined && Object.keys(r.figures).length > 0), r.name).toBe(true);
      if (r.timing) expect(Number.isFinite(r.timing.medianMs), r.name).toBe(true);
    }
    const names = report.results.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['sign-in', 'open-with-raw-key', 'case-search', 'main-process-memory']));
    expect(benchMarkdown(report)).toContain('| sign-in |');
  });
});
