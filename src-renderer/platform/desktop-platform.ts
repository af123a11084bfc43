// The Platform for the Electron shell: adapts `window.fleetAudit` (the preload's bridge).
import { AppError, fromErrorPayload } from '@core/errors/app-error';
import type { ErrorPayload } from '@core/errors/app-error';
import { isErrorCode } from '@core/errors/codes';
import type { DesktopBridge } from '@core/platform/ipc-contract';

import type { OpenFilesOptions, Platform, SaveFileOptions } from './platform';

function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;

  const candidate = value as Partial<ErrorPayload>;
  return isErrorCode(candidate.code) && typeof candidate.detail === 'string';
}

/**
 * The preload rejects with a plain ErrorPayload (an Error would lose its code crossing the
 * context bridge); the app expects AppError everywhere, so it is rebuilt here.
 */
function toAppError(reason: unknown): AppError {
  if (reason instanceof AppError) return reason;
  if (isErrorPayload(reason)) return fromErrorPayload({ ...reason, params: reason.params ?? {} });

  const detail = reason instanceof Error ? reason.message : String(reason);
  return new AppError('unknown', detail);
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (reason) {
    throw toAppError(reason);
  }
}

/** IPC cannot carry shared memory, so only a view on a SharedArrayBuffer is copied. */
function transferableBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (bytes.buffer instanceof ArrayBuffer) return bytes as Uint8Array<ArrayBuffer>;

  return new Uint8Array(bytes);
}

export function createDesktopPlatform(bridge: DesktopBridge): Platform {
  return {
    openFiles: (options: OpenFilesOptions) =>
      call(() =>
        bridge.openFiles({
          title: options.title,
          filters: options.filters,
          multiple: options.multiple,
        }),
      ),

    // The MIME type only matters to a browser download; the desktop writes raw bytes.
    saveFile: (bytes: Uint8Array, options: SaveFileOptions) =>
      call(() =>
        bridge.saveFile({
          title: options.title,
          suggestedName: options.suggestedName,
          filters: options.filters,
          bytes: transferableBytes(bytes),
        }),
      ),

    appInfo: () => call(() => bridge.appInfo()),
  };
}
