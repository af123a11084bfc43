import { join } from 'node:path';

import { app, BrowserWindow, dialog } from 'electron';
import type { IpcMainInvokeEvent, SaveDialogOptions } from 'electron';

import type { SaveFileRequest, SaveFileResult } from '../../../src-core/platform/ipc-contract';
import { sanitiseFileName, writeBytes } from './files';

/** 'file-save': asks where, proposing a safe name in Documents, then writes the bytes. */
export async function saveFile(
  request: SaveFileRequest,
  event: IpcMainInvokeEvent,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: join(app.getPath('documents'), sanitiseFileName(request.suggestedName)),
    filters: request.filters,
  };

  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false, location: null };

  await writeBytes(choice.filePath, request.bytes);
  return { saved: true, location: choice.filePath };
}
