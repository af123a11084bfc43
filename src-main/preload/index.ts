// Runs sandboxed beside the page and gives it named functions, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';

import type { ErrorPayload } from '../../src-core/errors/app-error';
import type {
  AppInfo,
  DesktopBridge,
  IpcChannel,
  IpcRequest,
  IpcResults,
  OpenFilesRequest,
  PickedFile,
  SaveFileRequest,
  SaveFileResult,
} from '../../src-core/platform/ipc-contract';
import type { IpcEnvelope } from '../shared/ipc-envelope';

/**
 * Calls main and unwraps its envelope. A failure rejects with the plain ErrorPayload, not an
 * Error: contextBridge copies only an Error's message, so the code would be lost on the way.
 * The renderer's desktop platform turns the payload back into an AppError.
 */
async function invoke<C extends IpcChannel>(
  channel: C,
  request: IpcRequest<C>,
): Promise<IpcResults[C]> {
  const envelope = (await ipcRenderer.invoke(channel, request)) as IpcEnvelope<IpcResults[C]>;
  if (envelope.ok) return envelope.value;

  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- see above
  return Promise.reject<IpcResults[C]>(envelope.error satisfies ErrorPayload);
}

function openFiles(request: OpenFilesRequest): Promise<PickedFile[]> {
  return invoke('file-open', request);
}

function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  return invoke('file-save', request);
}

function appInfo(): Promise<AppInfo> {
  return invoke('app-info', undefined);
}

const bridge = { openFiles, saveFile, appInfo } satisfies DesktopBridge;

contextBridge.exposeInMainWorld('fleetAudit', bridge);
