import { describe, expect, it, vi } from 'vitest';

import { AppError } from '@core/errors/app-error';
import type { IpcEnvelope } from '../../../../src-main/shared/ipc-envelope';
import { createRegister } from '../../../../src-main/main/ipc-guard';
import type { InvokeEventLike } from '../../../../src-main/main/ipc-guard';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const APP = 'app://fleet-audit/';
const mainFrame = { senderFrame: { url: `${APP}index.html`, parent: null } };
const openRequest = { title: 'Importer', filters: [], multiple: true };

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  };

  const invoke = async (channel: string, event: InvokeEventLike, ...args: unknown[]) =>
    (await listeners.get(channel)?.(event, ...args)) as IpcEnvelope<unknown>;

  return { ipcMain, invoke, channels: () => [...listeners.keys()] };
}

function expectRejected(envelope: IpcEnvelope<unknown>): void {
  expect(envelope).toMatchObject({ ok: false, error: { code: 'ipc-rejected' } });
}

describe('createRegister', () => {
  it('registers exactly the channel it is given', () => {
    const fake = fakeIpcMain();

    createRegister(fake.ipcMain, APP)('file-open', vi.fn());

    expect(fake.channels()).toEqual(['file-open']);
  });

  it('passes a valid request from the app page to the handler and returns its value', async () => {
    const fake = fakeIpcMain();
    const body = vi.fn().mockResolvedValue([{ name: 'parc.csv', bytes: new Uint8Array([1]) }]);
    createRegister(fake.ipcMain, APP)('file-open', body);

    const envelope = await fake.invoke('file-open', mainFrame, openRequest);

    expect(body).toHaveBeenCalledWith(openRequest, mainFrame);
    expect(envelope).toEqual({
      ok: true,
      value: [{ name: 'parc.csv', bytes: new Uint8Array([1]) }],
    });
  });

  it.each([
    ['a missing payload', []],
    ['a wrong type', [{ ...openRequest, multiple: 'yes' }]],
    [
      'a filter extension with a dot',
      [{ ...openRequest, filters: [{ name: 'x', extensions: ['.csv'] }] }],
    ],
    ['an overlong title', [{ ...openRequest, title: 'x'.repeat(201) }]],
    ['an extra argument', [openRequest, 'sneaky']],
  ])('rejects %s with ipc-rejected before the handler runs', async (_label, args) => {
    const fake = fakeIpcMain();
    const body = vi.fn();
    createRegister(fake.ipcMain, APP)('file-open', body);

    expectRejected(await fake.invoke('file-open', mainFrame, ...args));
    expect(body).not.toHaveBeenCalled();
  });

  it('rejects bytes that are not a Uint8Array on file-save', async () => {
    const fake = fakeIpcMain();
    const body = vi.fn();
    createRegister(fake.ipcMain, APP)('file-save', body);
    const request = { title: 'Export', suggestedName: 'a.xlsx', filters: [], bytes: [1, 2] };

    expectRejected(await fake.invoke('file-save', mainFrame, request));
    expect(body).not.toHaveBeenCalled();
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a sub-frame of the app', { senderFrame: { url: `${APP}index.html`, parent: {} } }],
    ['a file page', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('rejects a call from %s before the handler runs', async (_label, event) => {
    const fake = fakeIpcMain();
    const body = vi.fn();
    createRegister(fake.ipcMain, APP)('app-info', body);

    expectRejected(await fake.invoke('app-info', event));
    expect(body).not.toHaveBeenCalled();
  });

  it('returns a coded error as a payload the renderer can rebuild', async () => {
    const fake = fakeIpcMain();
    const tooLarge = new AppError('file-too-large', '600 MB', { file: 'parc.csv', limitMb: 512 });
    createRegister(fake.ipcMain, APP)('file-open', () => Promise.reject(tooLarge));

    const envelope = await fake.invoke('file-open', mainFrame, openRequest);

    expect(envelope).toEqual({
      ok: false,
      error: {
        code: 'file-too-large',
        detail: '600 MB',
        params: { file: 'parc.csv', limitMb: 512 },
      },
    });
  });

  it('turns an unexpected failure into code unknown, keeping the detail for the log', async () => {
    const fake = fakeIpcMain();
    createRegister(fake.ipcMain, APP)('app-info', () => Promise.reject(new TypeError('boom')));

    const envelope = await fake.invoke('app-info', mainFrame);

    expect(envelope).toEqual({
      ok: false,
      error: { code: 'unknown', detail: 'TypeError: boom', params: {} },
    });
  });
});
