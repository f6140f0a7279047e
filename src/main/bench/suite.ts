import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Timing } from './measure';
import { benchAllocation } from './allocation.bench';
import { benchBackup } from './backup.bench';
import { benchCases } from './cases.bench';
import { benchCrash } from './crash.bench';
import { createDemoDb, type DemoDb } from './demo-db';
import { benchFoundation } from './foundation.bench';
import { benchMemory } from './memory.bench';
import { benchReports } from './reports.bench';
import { benchRota } from './rota.bench';

/** One benchmark's result: timings and any figures it reports, with the target it is held to. */
export interface BenchResult {
  name: string;
  description: string;
  target?: string;
  timing?: Timing;
  figures?: Record<string, number | string>;
  /** Why it could not be measured: the row is a failure, not a figure (see full-run.ts). */
  error?: string;
}

/** What a benchmark gets: a scratch folder, the scale asked for, and the shared demo database. */
export interface BenchContext {
  dir: string;
  scale: 'small' | 'large';
  log(line: string): void;
  /** The demo database at this scale, seeded on first use and shared by every benchmark. */
  demo(): Promise<DemoDb>;
}

/** A benchmark: later features register theirs in BENCHMARKS. */
export type Benchmark = (ctx: BenchContext) => Promise<BenchResult[]>;

/** Every benchmark, in order. */
export const BENCHMARKS: Benchmark[] = [benchFoundation, benchCases, benchRota, benchAllocation, benchReports, benchBackup, benchCrash, benchMemory];

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
    let demo: Promise<DemoDb> | null = null;
    const ctx: BenchContext = { dir, scale, log, demo: () => (demo ??= createDemoDb(dir, scale, log)) };
    for (const bench of BENCHMARKS) results.push(...(await bench(ctx)));
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
