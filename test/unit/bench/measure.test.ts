import { describe, expect, it } from 'vitest';
import { summarise, time, timePair } from '../../../src/main/bench/measure';

/*
 * The encryption ratio compares two timings; they are taken in alternation so a machine that gets
 * busier halfway through a run slows both sides alike.
 */

describe('timePair', () => {
  it('alternates the two functions, and which goes first, after a warm-up of each', async () => {
    const calls: string[] = [];
    const { a, b } = await timePair(
      () => calls.push('a'),
      () => calls.push('b'),
      4,
      1,
    );
    expect(calls.join('')).toBe('ab' + 'ab' + 'ba' + 'ab' + 'ba');
    expect(a.runs).toBe(4);
    expect(b.runs).toBe(4);
  });

  it('times each function on its own side', async () => {
    const busy = (ms: number) => () => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        /* spin */
      }
    };
    const { a, b } = await timePair(busy(12), busy(1), 3, 0);
    expect(a.minMs).toBeGreaterThanOrEqual(12);
    expect(b.medianMs).toBeLessThan(a.medianMs);
  });
});

describe('preparation before a run', () => {
  const spin = (ms: number) => () => {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      /* spin */
    }
  };

  it('runs before each timed run, outside the time', async () => {
    const calls: string[] = [];
    const t = await time({ before: () => (calls.push('before'), spin(30)()), run: () => calls.push('run') }, 3, 1);
    expect(calls).toEqual(['before', 'run', 'before', 'run', 'before', 'run', 'before', 'run']);
    expect(t.maxMs).toBeLessThan(30);
  });

  it('keeps each side of a pair to its own preparation', async () => {
    const calls: string[] = [];
    await timePair({ before: () => calls.push('A'), run: () => calls.push('a') }, () => calls.push('b'), 2, 0);
    expect(calls.join('')).toBe('Aab' + 'bAa');
  });
});

describe('summarise', () => {
  it('reports the nearest-rank median and 95th percentile', () => {
    const t = summarise([5, 1, 4, 2, 3]);
    expect(t).toEqual({ runs: 5, medianMs: 3, p95Ms: 5, minMs: 1, maxMs: 5 });
  });
});
