/** Summary statistics of repeated timings, in milliseconds. */
export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  maxMs: number;
}

/** The value at a quantile of sorted numbers (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx]!;
}

/** Summarises raw timings. */
export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    runs: samples.length,
    medianMs: round(quantile(sorted, 0.5)),
    p95Ms: round(quantile(sorted, 0.95)),
    minMs: round(sorted[0] ?? NaN),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
  };
}

/** What is timed: a function, or one with untimed preparation before each run (what a session has done before it). */
export type Timed = (() => unknown) | { before: () => unknown; run: () => unknown };

/** Runs one timed call (its preparation untimed) and gives its milliseconds. */
async function once(t: Timed): Promise<number> {
  const run = typeof t === 'function' ? t : (await t.before(), t.run);
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

/** Times an async function `runs` times after `warmup` untimed runs. */
export async function time(fn: Timed, runs: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await once(fn);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once(fn));
  return summarise(samples);
}

/**
 * Times two functions in alternation (a, b, a, b, …) after `warmup` untimed runs of each, so a
 * ratio between them is not skewed by the machine getting busier or quieter between two blocks
 * of runs (a shared virtual machine drifts by tens of per cent within a minute).
 */
export async function timePair(a: Timed, b: Timed, runs: number, warmup = 1): Promise<{ a: Timing; b: Timing }> {
  for (let i = 0; i < warmup; i++) {
    await once(a);
    await once(b);
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Which goes first alternates too: the second of a pair runs with the first's pages and
    // compiled code warm.
    if (i % 2 === 0) {
      as.push(await once(a));
      bs.push(await once(b));
    } else {
      bs.push(await once(b));
      as.push(await once(a));
    }
  }
  return { a: summarise(as), b: summarise(bs) };
}
