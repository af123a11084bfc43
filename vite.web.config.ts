import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { contentSecurityPolicy } from './scripts/vite-csp.ts';
import { offlineServiceWorker } from './scripts/vite-offline-sw.ts';
import { rendererConfig } from './vite.shared.ts';

export default defineConfig({
  ...rendererConfig,
  plugins: [react(), contentSecurityPolicy(import.meta.dirname), offlineServiceWorker()],
  build: {
    ...rendererConfig.build,
    // Parallel test runs build into folders of their own.
    outDir: resolve(import.meta.dirname, process.env.WEB_OUT_DIR ?? 'out/web'),
  },
});
