// The gate every IPC request passes: trusted sender, valid payload, errors as codes. Takes an
// ipcMain-like object so it runs under Node tests without Electron.
import { AppError, toErrorPayload } from '../../src-core/errors/app-error';
import { ipcChannels } from '../../src-core/platform/ipc-contract';
import type { IpcChannel, IpcRequest, IpcResults } from '../../src-core/platform/ipc-contract';
import { createLogger } from '../../src-core/log/logger';
import type { IpcEnvelope } from '../shared/ipc-envelope';
import { isTrustedSender } from './trust';

const log = createLogger('ipc');

/** The parts of Electron's IpcMainInvokeEvent the gate reads. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export type IpcHandler<C extends IpcChannel, E> = (
  request: IpcRequest<C>,
  event: E,
) => Promise<IpcResults[C]>;

export type RegisterHandler<E> = <C extends IpcChannel>(channel: C, body: IpcHandler<C, E>) => void;

function checkSender(channel: IpcChannel, event: InvokeEventLike, appBaseUrl: string): void {
  const frame = event.senderFrame;
  if (isTrustedSender(frame?.url, frame !== null && frame.parent === null, appBaseUrl)) return;

  throw new AppError('ipc-rejected', `Untrusted sender on ${channel}`, { channel });
}

function parseRequest<C extends IpcChannel>(channel: C, args: unknown[]): IpcRequest<C> {
  const parsed = ipcChannels[channel].safeParse(args[0]);
  if (parsed.success && args.length <= 1) return parsed.data as IpcRequest<C>;

  throw new AppError('ipc-rejected', `Invalid request on ${channel}`, { channel });
}

/**
 * Returns `handle(channel, body)`: registers `body` behind the sender check and the contract's
 * schema, and answers with an envelope so the renderer gets the error code, not Electron's text.
 */
export function createRegister<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  appBaseUrl: string,
): RegisterHandler<E> {
  return (channel, body) => {
    ipcMain.handle(channel, async (event, ...args): Promise<IpcEnvelope<unknown>> => {
      try {
        checkSender(channel, event, appBaseUrl);
        const request = parseRequest(channel, args);
        return { ok: true, value: await body(request, event) };
      } catch (error) {
        const payload = toErrorPayload(error);
        log.warn(`IPC ${channel} failed`, payload);
        return { ok: false, error: payload };
      }
    });
  };
}
