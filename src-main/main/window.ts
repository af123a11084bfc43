// The one application window, locked down: isolated, sandboxed, no Node in the page.
import { join } from 'node:path';

import { BrowserWindow } from 'electron';

import { createLogger } from '../../src-core/log/logger';

const log = createLogger('window');

export interface WindowOptions {
  /** Where the page is loaded from: app:// when packaged, the Vite dev server in development. */
  startUrl: string;
  preloadPath: string;
}

export function preloadPathFrom(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

export function createMainWindow({ startUrl, preloadPath }: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'FleetAudit',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spellchecker fetches dictionaries from Google: this app makes no such call.
      spellcheck: false,
    },
  });

  // Showing only once painted avoids a white flash on start.
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('Renderer process gone', details);
  });

  window.loadURL(startUrl).catch((error: unknown) => log.error('Could not load the app', error));
  return window;
}
