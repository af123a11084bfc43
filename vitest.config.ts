import { resolve } from 'node:path';

import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@core': resolve(root, 'src-core'),
      '@renderer': resolve(root, 'src-renderer'),
    },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'src-*/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});
