import { BrowserWindow, dialog } from 'electron';
import type { IpcMainInvokeEvent, OpenDialogOptions } from 'electron';

import type { OpenFilesRequest, PickedFile } from '../../../src-core/platform/ipc-contract';
import { readPickedFiles } from './files';

/** 'file-open': the system dialog, then the chosen files' bytes; [] when cancelled. */
export async function openFiles(
  request: OpenFilesRequest,
  event: IpcMainInvokeEvent,
): Promise<PickedFile[]> {
  const options: OpenDialogOptions = {
    title: request.title,
    filters: request.filters,
    properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  };

  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options);
  if (choice.canceled) return [];

  return readPickedFiles(choice.filePaths);
}
