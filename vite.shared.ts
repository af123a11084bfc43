import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { UserConfig } from 'vite';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Settings both renderer builds share: the Electron one and the offline web one. */
export const rendererConfig = {
  root: resolve(root, 'src-renderer'),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
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
