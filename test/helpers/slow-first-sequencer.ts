import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * CI runs on a clean clone, where vitest has no record of how long each file took and falls back
 * to ordering by file size. The benchmark suite (over two minutes) is a small file, so it started
 * last and ran alone on one core while the other sat idle. Files known to be slow start first;
 * the rest keep vitest's own order.
 */

/** Test files that take longest, slowest first (paths from the repository root). */
export const SLOW_FILES = [
  'test/integration/bench.test.ts',
  'test/integration/resilience/ipc-fuzz.test.ts',
  'test/integration/roles.test.ts',
  'test/integration/seed-demo.test.ts',
  'test/integration/import/import.test.ts',
  'test/integration/allocation/concurrency.test.ts',
  'test/integration/backup/backup-responsive.test.ts',
  'test/integration/resilience/crash.test.ts',
];

function rank(spec: TestSpecification): number {
  const i = SLOW_FILES.findIndex((f) => spec.moduleId.replaceAll('\\', '/').endsWith(f));
  return i === -1 ? SLOW_FILES.length : i;
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    // Array.prototype.sort is stable: files of equal rank keep vitest's order.
    return ordered.sort((a, b) => rank(a) - rank(b));
  }
}
