import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { benchMarkdown } from './markdown';
import type { BenchReport, BenchResult } from './suite';

/*
 * What `npm run bench` does once the suite has run: adds the steps measured outside the suite
 * (the renderer's cold start needs a browser), writes the JSON and the markdown summary, and
 * decides the exit code. A step that fails is not left out: it becomes a row carrying its error,
 * so the report shows the gap, and the run exits non-zero so nobody mistakes it for a full set.
 */

/** A step measured outside the suite: its row's name and text, and how to measure its figures. */
export interface ExtraBenchmark {
  name: string;
  description: string;
  target?: string;
  measure(): Promise<Record<string, number | string>>;
}

/** Runs one extra step; a failure is returned as a failed row, never thrown. */
export async function runExtraBenchmark(b: ExtraBenchmark): Promise<BenchResult> {
  const row = { name: b.name, description: b.description, ...(b.target ? { target: b.target } : {}) };
  try {
    return { ...row, figures: await b.measure() };
  } catch (e) {
    return { ...row, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The rows of a report that failed. */
export function failedBenchmarks(report: BenchReport): BenchResult[] {
  return report.results.filter((r) => r.error !== undefined);
}

/** Where a full run writes, and how it reports progress. */
export interface FullRunOptions {
  suite(): Promise<BenchReport>;
  extras: ExtraBenchmark[];
  out: string;
  /** The markdown summary's path, or null for none. */
  markdown: string | null;
  log(line: string): void;
}

/** Runs the suite and the extras, writes the files, and returns the exit code (1 if any row failed). */
export async function runFullBench(o: FullRunOptions): Promise<number> {
  const report = await o.suite();
  for (const extra of o.extras) {
    o.log(extra.description);
    const row = await runExtraBenchmark(extra);
    if (row.error !== undefined) o.log(`FAILED ${row.name}: ${row.error}`);
    report.results.push(row);
  }
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, JSON.stringify(report, null, 2) + '\n');
  o.log(`wrote ${o.out}`);
  if (o.markdown) {
    mkdirSync(dirname(o.markdown), { recursive: true });
    writeFileSync(o.markdown, benchMarkdown(report));
    o.log(`wrote ${o.markdown}`);
  }
  const failed = failedBenchmarks(report);
  if (failed.length > 0) {
    o.log(`${failed.length} benchmark(s) failed: ${failed.map((r) => r.name).join(', ')}`);
    return 1;
  }
  return 0;
}
