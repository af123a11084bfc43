// Builds the bench page that times the CSV import inside Chromium with the app's own tasks.
import { resolve } from 'node:path';

import { defineConfig } from 'vite';

import { rendererConfig } from '../../../vite.shared.ts';

const root = resolve(import.meta.dirname, '../../..');

export default defineConfig({
  ...rendererConfig,
  root: import.meta.dirname,
  build: {
    ...rendererConfig.build,
    sourcemap: false,
    outDir: resolve(root, 'out/bench-web'),
  },
  logLevel: 'warn',
});
