// The bench's Node measures: one file per process, one after the other, so that each measure
// has the machine to itself and its peak memory is its own.
import { resolve } from 'node:path';

import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  resolve: {
    alias: {
      '@core': resolve(root, 'src-core'),
      '@renderer': resolve(root, 'src-renderer'),
    },
  },
  test: {
    root,
    include: ['test/bench/*.measure.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 900_000,
  },
});
