import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { rendererConfig } from './vite.shared.ts';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    resolve: { alias: { '@core': resolve(root, 'src-core') } },
    build: {
      // Bundled whole: the packaged app then ships no node_modules beyond Electron itself.
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'src-main/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: { '@core': resolve(root, 'src-core') } },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle everything into one file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(root, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    plugins: [react(), contentSecurityPolicy(root)],
    build: {
      ...rendererConfig.build,
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
});
