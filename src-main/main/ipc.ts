// The whole IPC surface of main: one line per channel of src-core/platform/ipc-contract.
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';

import { appInfo } from './handlers/app-info';
import { openFiles } from './handlers/open-files';
import { saveFile } from './handlers/save-file';
import { createRegister } from './ipc-guard';

export function registerIpc(appBaseUrl: string): void {
  const handle = createRegister<IpcMainInvokeEvent>(ipcMain, appBaseUrl);

  handle('file-open', openFiles);
  handle('file-save', saveFile);
  handle('app-info', appInfo);
}
