import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Timing } from './measure';
import { benchFoundation } from './foundation.bench';

/** One benchmark's result: timings and any figures it reports, with the target it is held to. */
export interface BenchResult {
  name: string;
  description: string;
  target?: string;
  timing?: Timing;
  figures?: Record<string, number | string>;
}

/** What a benchmark gets: a scratch folder and the scale asked for. */
export interface BenchContext {
  dir: string;
  scale: 'small' | 'large';
  log(line: string): void;
}

/** A benchmark: later features register theirs in BENCHMARKS. */
export type Benchmark = (ctx: BenchContext) => Promise<BenchResult[]>;

/** Every benchmark, in order. */
export const BENCHMARKS: Benchmark[] = [benchFoundation];

/** The whole JSON report. */
export interface BenchReport {
  date: string;
  scale: 'small' | 'large';
  machine: { platform: string; arch: string; cpus: number; cpuModel: string; memoryGiB: number; node: string };
  results: BenchResult[];
}

/** Runs every benchmark in a scratch folder that is removed afterwards. */
export async function runBenchmarks(scale: 'small' | 'large', log: (line: string) => void = () => {}): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  try {
    const results: BenchResult[] = [];
    for (const bench of BENCHMARKS) results.push(...(await bench({ dir, scale, log })));
    const cpu = cpus();
    return {
      date: new Date().toISOString(),
      scale,
      machine: {
        platform: process.platform,
        arch: process.arch,
        cpus: cpu.length,
        cpuModel: cpu[0]?.model ?? 'unknown',
        memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
      },
      results,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
