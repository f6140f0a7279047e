import { resolveRota } from '../../shared/rota/resolve/resolve-rota';
import { time } from './measure';
import { generateRotaInput } from './rota-input.gen';
import type { BenchContext, BenchResult } from './suite';

/**
 * Resolving the rota, the pure function every rota screen and export calls: a month and a year
 * for 30 staff and 10 shift types (generated input, no database), with and without the
 * working-time checks a manager's view adds (they look back 17 weeks and a fortnight).
 */
export async function benchRota(ctx: BenchContext): Promise<BenchResult[]> {
  const input = generateRotaInput({ staff: 30, from: '2026-01-01', seed: 42 });
  const month = { from: '2026-10-01', to: '2026-10-31' };
  const year = { from: '2026-01-01', to: '2026-12-31' };
  // Warm the London offset table so the first timed run is not charged for building it.
  resolveRota(input, year);
  const figures = (r: ReturnType<typeof resolveRota>) => ({ assignments: r.assignments.length, gaps: r.gaps.length, conflicts: r.conflicts.length, warnings: r.warnings.length });
  ctx.log('rota: resolve a month');
  const monthTiming = await time(() => resolveRota(input, month), 30, 3);
  const monthWarnTiming = await time(() => resolveRota(input, month, { warnings: true }), 30, 3);
  ctx.log('rota: resolve a year');
  const yearTiming = await time(() => resolveRota(input, year), 10, 2);
  const yearWarnTiming = await time(() => resolveRota(input, year, { warnings: true }), 10, 2);
  // The targets (issue 6: a month under 20 ms, a year under 200 ms) are for the median of the
  // timed runs. With 30 runs the p95 is set by the slowest one or two (last recorded: month median
  // 3.98 ms, p95 25.8 ms), so it is reported beside the target, not held to it.
  return [
    {
      name: 'rota-resolve-month',
      description: 'resolve October for 30 staff, 10 shift types, 20 rotations, requirements, cover, swaps and leave',
      target: 'median < 20 ms',
      timing: monthTiming,
      figures: figures(resolveRota(input, month)),
    },
    {
      name: 'rota-resolve-month-with-warnings',
      description: 'the same month with the Working Time Regulations checks (a manager’s view)',
      timing: monthWarnTiming,
      figures: figures(resolveRota(input, month, { warnings: true })),
    },
    {
      name: 'rota-resolve-year',
      description: 'resolve 2026 for the same service',
      target: 'median < 200 ms',
      timing: yearTiming,
      figures: figures(resolveRota(input, year)),
    },
    {
      name: 'rota-resolve-year-with-warnings',
      description: 'the same year with the Working Time Regulations checks',
      timing: yearWarnTiming,
      figures: figures(resolveRota(input, year, { warnings: true })),
    },
  ];
}
