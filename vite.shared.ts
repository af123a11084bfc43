import { resolve } from 'node:path';

import type { UserConfig } from 'vite';

const root = import.meta.dirname;

/** Settings both renderer builds share: the Electron one and the offline web one. */
export const rendererConfig = {
  root: resolve(root, 'src-renderer'),
  base: './',
  resolve: {
    alias: {
      '@core': resolve(root, 'src-core'),
      '@renderer': resolve(root, 'src-renderer'),
    },
  },
  worker: { format: 'es' },
  build: {
    minify: true,
    sourcemap: true,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
} satisfies UserConfig;
