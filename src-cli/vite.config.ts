// Builds the command line into one Node ES module, out/cli/fleet-audit.mjs; its dependencies
// stay in node_modules, resolved at run time.
import { resolve } from 'node:path';

import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '@core': resolve(root, 'src-core') } },
  build: {
    ssr: resolve(root, 'src-cli/main.ts'),
    outDir: resolve(root, process.env.CLI_OUT_DIR ?? 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'fleet-audit.mjs',
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
