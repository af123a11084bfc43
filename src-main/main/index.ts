// Electron entry: wires the app's lifecycle to the window, protocol, IPC and security modules.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { app, BrowserWindow, session } from 'electron';

import { createLogger, setLogSinks } from '../../src-core/log/logger';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { registerIpc } from './ipc';
import { createFileSink, createStderrSink } from './log-sinks';
import { hardenWebContents, restrictPermissions } from './security';
import { chooseStartLocation } from './start-url';
import { createMainWindow, preloadPathFrom } from './window';

const log = createLogger('main');
const mainDir = import.meta.dirname;
const location = chooseStartLocation(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

function setUpLogging(): void {
  const folder = app.getPath('logs');
  mkdirSync(folder, { recursive: true });

  const file = createFileSink(folder);
  setLogSinks(app.isPackaged ? [file.sink] : [file.sink, createStderrSink()]);
  app.once('will-quit', () => file.close());
}

function openWindow(): BrowserWindow {
  return createMainWindow({ startUrl: location.startUrl, preloadPath: preloadPathFrom(mainDir) });
}

function focusExistingWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) return;

  if (window.isMinimized()) window.restore();
  window.focus();
}

function start(): void {
  setUpLogging();
  log.info('Starting', { version: app.getVersion(), url: location.startUrl });

  restrictPermissions(session.defaultSession, location.appBaseUrl);
  serveAppProtocol(join(mainDir, '../renderer'));
  registerIpc(location.appBaseUrl);
  openWindow();
}

// Two instances would fight over the same local database: the second one hands over and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.enableSandbox();

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, location.appBaseUrl);
  });
  app.on('second-instance', focusExistingWindow);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  process.on('unhandledRejection', (reason) => log.error('Unhandled rejection', reason));

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => log.error('Could not start', error));
}
