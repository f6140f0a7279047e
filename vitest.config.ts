import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/helpers/slow-first-sequencer';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/renderer/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // scrypt at full cost and SQLCipher are CPU-bound; two cores run two files at once.
    maxWorkers: 2,
    // The slowest files first, so no long file runs alone at the end (see the sequencer).
    sequence: { sequencer: SlowFirstSequencer },
  },
});
