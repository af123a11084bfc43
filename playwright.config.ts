import { existsSync } from 'node:fs';

import { defineConfig } from '@playwright/test';

// Playwright's own browser download is not always possible: accept a system Chromium.
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const port = Number(process.env.E2E_PORT ?? 4317);
// Several runs at once (one per engineer) each take a port and a build folder of their own.
const webDir = process.env.WEB_OUT_DIR ?? 'out/web';
const runName = process.env.E2E_PORT ? `e2e-${port}` : 'e2e';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: `test-results/${runName}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: `test-results/reports/${runName}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-web.mjs --port ${port} --dir ${webDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
